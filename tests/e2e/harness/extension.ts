/**
 * The extension under test: `POPS_EXT_DIR` (a prebuilt chrome-mv3 folder) or a fresh
 * `wxt build` into WXT_OUT_DIR (default .output-e2e), built at most once per process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function buildExtension(outDir = process.env.WXT_OUT_DIR ?? '.output-e2e'): string {
  const started = Date.now();
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: REPO_ROOT,
    env: { ...process.env, WXT_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`wxt build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  const dir = path.resolve(REPO_ROOT, outDir, 'chrome-mv3');
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`wxt build produced no manifest in ${dir}`);
  console.log(`[harness] built extension into ${path.relative(REPO_ROOT, dir)} in ${Date.now() - started} ms`);
  return dir;
}

/** Resolves the unpacked extension folder, building it if POPS_EXT_DIR is not set. */
export function extensionDir(): string {
  const preset = process.env.POPS_EXT_DIR;
  if (preset) {
    const dir = path.resolve(REPO_ROOT, preset);
    if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`POPS_EXT_DIR=${preset} has no manifest.json`);
    return dir;
  }
  const dir = buildExtension();
  process.env.POPS_EXT_DIR = dir;
  return dir;
}
