/**
 * `npm run lint:firefox`: builds the Firefox (MV2) package and runs Mozilla's linter (`web-ext lint`, the
 * same checks addons.mozilla.org runs on upload). Fails on any lint error, and on a manifest that lost
 * what WXT's MV3 → MV2 conversion does not carry over by itself (optional host permissions, gecko id).
 * Reuses a finished build with POPS_FIREFOX_DIR.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../tests/e2e/harness/extension';

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(command, args, { cwd: REPO_ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function buildFirefox(): string {
  const outDir = process.env.WXT_OUT_DIR ?? '.output-firefox-lint';
  const build = run('npx', ['wxt', 'build', '-b', 'firefox'], { ...process.env, WXT_OUT_DIR: outDir });
  if (build.status !== 0) throw new Error(`wxt build -b firefox failed:\n${build.stdout}\n${build.stderr}`);
  return path.resolve(REPO_ROOT, outDir, 'firefox-mv2');
}

/** Problems web-ext does not flag because the keys are optional, but without which Firefox users lose features. */
function manifestProblems(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const problems: string[] = [];
  const optional: string[] = manifest.optional_permissions ?? [];
  for (const pattern of ['https://*/*', 'http://*/*']) {
    if (!optional.includes(pattern)) problems.push(`manifest.optional_permissions: missing ${pattern} (self-hosted origins cannot be requested)`);
  }
  if (!manifest.browser_specific_settings?.gecko?.id) problems.push('manifest.browser_specific_settings.gecko.id: required (managed storage and policies need a fixed id)');
  return problems;
}

const dir = process.env.POPS_FIREFOX_DIR ? path.resolve(REPO_ROOT, process.env.POPS_FIREFOX_DIR) : buildFirefox();
const lint = run('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input']);
let report: LintReport;
try {
  report = JSON.parse(lint.stdout);
} catch {
  throw new Error(`web-ext lint printed no JSON report (exit ${lint.status}):\n${lint.stdout}\n${lint.stderr}`);
}
const where = (m: LintMessage) => (m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : '');
for (const m of report.warnings) console.warn(`warning ${m.code}${where(m)}: ${m.message}`);
for (const m of report.errors) console.error(`ERROR ${m.code}${where(m)}: ${m.message}\n  ${m.description ?? ''}`);
const problems = manifestProblems(dir);
for (const problem of problems) console.error(`ERROR ${problem}`);
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint ${path.relative(REPO_ROOT, dir)}: ${errors} errors, ${warnings} warnings, ${notices} notices; manifest checks: ${problems.length} problems`);
process.exit(errors > 0 || problems.length > 0 ? 1 : 0);
