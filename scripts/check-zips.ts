/**
 * Checks the store packages `npm run zip` wrote into the folder given as argument (default .output):
 * a Chrome and a Firefox zip, each with manifest.json at the root naming the package version, every file
 * the manifest points at, and nothing a store reviewer should not get: source maps, tests, fixtures,
 * TypeScript sources, dotfiles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** Central directory of a zip (no zip64: store packages are far below 4 GB). */
function readEntries(zip: Buffer): Entry[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    entries.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

function readEntry(zip: Buffer, entry: Entry): Buffer {
  const start = entry.localOffset + 30 + zip.readUInt16LE(entry.localOffset + 26) + zip.readUInt16LE(entry.localOffset + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return entry.method === 0 ? data : inflateRawSync(data);
}

const FORBIDDEN: [RegExp, string][] = [
  [/\.map$/, 'source map'],
  [/(^|\/)tests?\//, 'test file'],
  [/(^|\/)fixtures?\//, 'test fixture'],
  [/\.(test|spec|e2e)\.[cm]?[jt]sx?$/, 'test file'],
  [/\.tsx?$/, 'TypeScript source'],
  [/(^|\/)\./, 'dotfile'],
  [/(^|\/)node_modules\//, 'node_modules'],
];

/** Files the manifest names; each must be in the package. */
function referencedFiles(manifest: Record<string, any>): string[] {
  const files = [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    (manifest.action ?? manifest.browser_action)?.default_popup,
    manifest.options_ui?.page,
    manifest.storage?.managed_schema,
    ...(manifest.content_scripts ?? []).flatMap((script: { js?: string[]; css?: string[] }) => [...(script.js ?? []), ...(script.css ?? [])]),
  ];
  return files.filter((file): file is string => typeof file === 'string');
}

function checkZip(file: string, browser: string, version: string): string[] {
  const zip = readFileSync(file);
  const entries = readEntries(zip);
  const names = new Set(entries.map((e) => e.name));
  const problems: string[] = [];
  for (const name of names) {
    const reason = FORBIDDEN.find(([pattern]) => pattern.test(name))?.[1];
    if (reason) problems.push(`${name}: ${reason} in a store package`);
  }
  const manifestEntry = entries.find((e) => e.name === 'manifest.json');
  if (!manifestEntry) return [...problems, 'manifest.json: not at the root of the zip'];
  const manifest = JSON.parse(readEntry(zip, manifestEntry).toString('utf8'));
  if (manifest.version !== version) problems.push(`manifest.json version: ${manifest.version}, package.json says ${version}`);
  const expectedMv = browser === 'firefox' ? 2 : 3;
  if (manifest.manifest_version !== expectedMv) problems.push(`manifest.json manifest_version: ${manifest.manifest_version}, expected ${expectedMv}`);
  for (const ref of referencedFiles(manifest)) if (!names.has(ref)) problems.push(`${ref}: named in manifest.json but missing`);
  console.log(`${path.basename(file)}: ${names.size} entries, ${(zip.length / 1024).toFixed(0)} KB, manifest v${manifest.manifest_version} ${manifest.version}`);
  return problems;
}

const dir = path.resolve(process.argv[2] ?? '.output');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const problems: string[] = [];
for (const browser of ['chrome', 'firefox']) {
  const name = `${pkg.name}-${pkg.version}-${browser}.zip`;
  if (!readdirSync(dir).includes(name)) {
    problems.push(`${name}: not found in ${dir} (run npm run zip)`);
    continue;
  }
  problems.push(...checkZip(path.join(dir, name), browser, pkg.version).map((p) => `${name} ${p}`));
}
for (const problem of problems) console.error(`ERROR ${problem}`);
process.exit(problems.length ? 1 : 0);
