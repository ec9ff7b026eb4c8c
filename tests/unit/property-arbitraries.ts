/**
 * Shared fast-check pieces for the property suites: inputs that are either arbitrary JSON or a valid
 * example with one thing broken (deep paths are where path-precise errors matter), and the check that
 * an error message really is "one problem per line, each at its exact path".
 */
import fc from 'fast-check';
import { expect } from 'vitest';

type Json = unknown;
type Path = (string | number)[];

/** Every path into a JSON value, the root included. */
export function pathsOf(value: Json, at: Path = []): Path[] {
  const children =
    Array.isArray(value) ? value.flatMap((v, i) => pathsOf(v, [...at, i]))
    : typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))
    : [];
  return [at, ...children];
}

const REMOVE = Symbol('remove');

function updateAt(value: Json, path: Path, change: (old: Json) => Json | typeof REMOVE): Json {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const next = updateAt(copy[head as number], rest, change);
    if (next === REMOVE) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  const next = updateAt(copy[head as string], rest, change);
  if (next === REMOVE) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}
/** Values that trip type checks: wrong types, edge numbers, hostile strings, prototype keys. */
export const nastyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, '', ' ', -1, 0, 1.5, 1e21, -0, true, [], {}, '__proto__', 'constructor', '<img src=x onerror=alert(1)>', '\u0000', 'x'.repeat(5000)),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/**
 * A valid example with one mutation: a value replaced, a key or array item removed, an unknown key
 * added, or the whole input replaced. Most results are invalid somewhere deep; some stay valid.
 */
export function mutated(valid: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(valid);
  const objectPaths = paths.filter((p) => {
    let v: Json = valid;
    for (const k of p) v = (v as Record<string | number, Json>)[k];
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  });
  const nonRoot = paths.filter((p) => p.length > 0);
  return fc.oneof(
    { arbitrary: fc.constant(valid), weight: 1 },
    { arbitrary: nastyValue, weight: 2 },
    { arbitrary: fc.tuple(fc.constantFrom(...paths), nastyValue).map(([p, v]) => updateAt(valid, p, () => v)), weight: 6 },
    ...(nonRoot.length ? [{ arbitrary: fc.constantFrom(...nonRoot).map((p) => updateAt(valid, p, () => REMOVE)), weight: 3 }] : []),
    ...(objectPaths.length
      ? [{ arbitrary: fc.tuple(fc.constantFrom(...objectPaths), fc.string({ minLength: 1, maxLength: 12 }), nastyValue).map(([p, k, v]) =>
          updateAt(valid, p, (old) => ({ ...(old as object), [k]: v }))), weight: 2 }]
      : []),
  );
}

/** `root.a[0]["odd key"]: what is wrong` (errors.ts formatPath), or `(root)` / `(file)` for a problem with the whole input. */
const PATH_LINE = /^(?:\((?:root|file)\)|[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*: \S/;

/** Asserts a non-empty list of problems, each naming its path first and starting at `root`. */
export function expectPathPrecise(lines: readonly string[], root?: string): void {
  expect(lines.length, 'at least one problem is listed').toBeGreaterThan(0);
  for (const line of lines) {
    expect(line, 'problem line names its path first').toMatch(PATH_LINE);
    if (root) expect(line.startsWith(root), `"${line}" starts at ${root}`).toBe(true);
  }
}

/** Runs per property; FC_RUNS scales the whole suite (e.g. FC_RUNS=1000 for a long local soak). */
export const RUNS = Number(process.env.FC_RUNS ?? 100);
