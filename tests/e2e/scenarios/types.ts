/** A browser-independent end-to-end scenario: one row of the README's browser × scenario matrix. */
import type { BrowserName, Driver } from '../harness/driver';

export interface Scenario {
  /** Stable key in tests/.artifacts/browser-matrix.json. */
  id: string;
  /** The matrix row label. */
  title: string;
  /** Browsers the scenario cannot apply to, each with the reason the matrix shows. */
  notApplicable?: Partial<Record<BrowserName, string>>;
  /** Self-hosted origins this scenario needs granted before it runs. */
  dcOrigins?(driver: Driver): string[];
  run(driver: Driver): Promise<void>;
}
