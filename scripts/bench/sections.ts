/** Every bench section, in print order. Add a section: write a BenchSection and list it here. */
import { sizeSection } from '../bench-size';
import type { BenchSection } from './report';

export const benchSections: BenchSection[] = [sizeSection];
