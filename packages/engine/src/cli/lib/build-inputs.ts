/**
 * What a build of the site is made from, file by file, so tests can tell whether a dist/ on disk still matches the
 * checkout: the build writes the digests next to its output (STAMP_FILE), and test runs compare them with the
 * files as they are now. Keys are project-relative ("src/model/project.ts", "engine/src/charts/render.ts", "data/vintages/<id>/…"), never
 * machine paths, so two checkouts of one commit write the same stamp.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Name of the stamp inside a build's output folder. */
export const STAMP_FILE = '.build-inputs.json';

/** The report's code and configuration, relative to its root. Data and content are added per build. */
const REPORT_CODE_INPUTS = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** The engine's own sources (this package), keyed as `engine/<path>`. */
const ENGINE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const ENGINE_INPUTS = ['src', 'bin', 'package.json'];

export interface BuildInputs {
  /** sha256 of the whole set. */
  hash: string;
  /** sha256 of each file. */
  files: Record<string, string>;
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Digests of every input of a build of `dataDir` and `contentDir` (default: the project's own), keyed as
 * `<code path>`, `data/<path>` and `content/<path>`.
 */
export function buildInputs(root = process.cwd(), dataDir = resolve(root, 'data'), contentDir = resolve(root, 'content')): BuildInputs {
  const files: Record<string, string> = {};
  const add = (base: string, prefix: string, path: string) => {
    const key = `${prefix}${relative(base, path).split('\\').join('/')}`;
    files[key] = createHash('sha256').update(readFileSync(path)).digest('hex');
  };
  for (const input of REPORT_CODE_INPUTS) for (const file of filesUnder(resolve(root, input))) add(root, '', file);
  for (const input of ENGINE_INPUTS) for (const file of filesUnder(resolve(ENGINE_DIR, input))) add(ENGINE_DIR, 'engine/', file);
  for (const file of filesUnder(dataDir)) add(dataDir, 'data/', file);
  for (const file of filesUnder(contentDir)) add(contentDir, 'content/', file);
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const hash = createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
  return { hash, files: sorted };
}

/** Files added, removed or changed between two sets of inputs, sorted. */
function changedInputs(built: BuildInputs, now: BuildInputs): string[] {
  const names = new Set([...Object.keys(built.files), ...Object.keys(now.files)]);
  return [...names].filter((n) => built.files[n] !== now.files[n]).sort();
}

/**
 * Why `outDir` cannot be trusted as the build of the current checkout, or undefined when it can: it is missing,
 * has no stamp (built before stamps, or by hand), or was built from other inputs (the changed files are named).
 */
export function staleOutputReason(outDir: string, now: BuildInputs = buildInputs()): string | undefined {
  const stampPath = join(outDir, STAMP_FILE);
  if (!existsSync(join(outDir, 'index.html'))) return `${outDir}/ has no site in it`;
  if (!existsSync(stampPath)) return `${outDir}/ has no ${STAMP_FILE}, so nothing says what it was built from`;
  let built: BuildInputs;
  try {
    built = JSON.parse(readFileSync(stampPath, 'utf8')) as BuildInputs;
  } catch {
    return `${outDir}/${STAMP_FILE} is not readable JSON`;
  }
  if (built.hash === now.hash) return undefined;
  const changed = changedInputs(built, now);
  const shown = changed.slice(0, 8).join(', ') + (changed.length > 8 ? ` and ${changed.length - 8} more` : '');
  return `${outDir}/ was built from other sources than the checkout has now (changed since: ${shown || 'the set of files'})`;
}
