import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import micromatch from 'micromatch';
import { printable } from './terminal.js';
import { DEFAULT_EXTENSIONS, REPORT_MARKER, extensionGlob, type FoundFiles } from './walk.js';

/**
 * Outputs never touch inputs. Checked before any work, on real paths (symlinks resolved), so an
 * output cannot truncate an article before it is read, a report cannot overwrite the corpus it
 * reports on, and a run's output is not read back as an article by the next run.
 */

/** An output that would destroy or be read as an input, or a report folder that is not ours to replace: a usage error. */
export class OutputConflictError extends Error {
  constructor(message: string) {
    super(`newsextract: ${message}`);
    this.name = 'OutputConflictError';
  }
}

/** What the inputs are, as the guard needs them. */
export interface InputSide {
  found: FoundFiles;
  extensions?: readonly string[];
  hidden?: boolean;
}

/** Where `path` is or would be created, with every symlink on the way resolved. */
export function realTarget(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync.native(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realTarget(parent), basename(abs));
  }
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
const show = (p: string) => `"${printable(p)}"`;

/** Real path of each input file → the path as the user wrote it. */
function realInputs(found: FoundFiles): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of found.files) out.set(realTarget(f), f);
  return out;
}

/**
 * The folders the input reads and the pattern (relative to each) it reads them with: a
 * directory reads `**\/*.{extensions}` below itself, a glob what it matches below its static
 * base; a single file reads nothing else.
 */
function readRoots(input: InputSide): { root: string; pattern: string; shown: string }[] {
  const given = input.found.input;
  const info = statSync(given, { throwIfNoEntry: false });
  if (info?.isFile()) return [];
  if (info?.isDirectory()) return [{ root: realTarget(given), pattern: extensionGlob(input.extensions ?? DEFAULT_EXTENSIONS), shown: given }];
  return fg.generateTasks([given]).flatMap((task) =>
    task.patterns.map((p) => ({ root: realTarget(task.base), pattern: task.base === '.' ? p : p.slice(task.base.length + 1), shown: given })),
  );
}

/** Would a run over these inputs read `real` (a real path) as an article? */
function wouldRead(real: string, input: InputSide): string | undefined {
  for (const { root, pattern, shown } of readRoots(input)) {
    if (!inside(real, root) || real === root) continue;
    const rel = relative(root, real).split(sep).join('/');
    if (micromatch.isMatch(rel, pattern, { dot: input.hidden === true })) return shown;
  }
  return undefined;
}

/**
 * Files the CLI is about to write (`--out` for JSONL and JSON, the three CSV tables): none may
 * be an input file (never allowed), and none may be where a run over the same input reads
 * articles, unless `allowInside` (`--allow-output-in-input`).
 */
export function checkFileOutputs(input: InputSide, outputs: readonly string[], allowInside: boolean): void {
  const inputs = realInputs(input.found);
  for (const out of outputs) {
    const real = realTarget(out);
    const same = inputs.get(real);
    if (same !== undefined) throw new OutputConflictError(`--out ${show(out)} is the input file ${show(same)}: writing it would destroy the article before it is read. Write the output elsewhere.`);
    const reader = allowInside ? undefined : wouldRead(real, input);
    if (reader !== undefined)
      throw new OutputConflictError(`--out ${show(out)} lies where the input ${show(reader)} reads articles: the next run would read the output as an article. Write it elsewhere, or pass --allow-output-in-input.`);
  }
}

/**
 * The folder `report` is about to replace: it may hold no input file, may not lie inside an input
 * folder (unless `allowInside`), and, when it exists, must be an empty folder or an earlier
 * report (it holds the marker file); anything else is never overwritten.
 */
export function checkReportOutput(input: InputSide, out: string, allowInside: boolean): void {
  const real = realTarget(out);
  for (const [file, given] of realInputs(input.found)) {
    if (inside(file, real)) throw new OutputConflictError(`--out ${show(out)} holds the input file ${show(given)}: the report replaces that folder. Write the report elsewhere.`);
  }
  if (!allowInside) {
    for (const { root, shown } of readRoots(input)) {
      if (inside(real, root))
        throw new OutputConflictError(`--out ${show(out)} lies inside the input folder ${show(shown)}: its pages would be read as articles. Write the report elsewhere, or pass --allow-output-in-input.`);
    }
  }
  const info = statSync(real, { throwIfNoEntry: false });
  if (!info) return;
  if (!info.isDirectory()) throw new OutputConflictError(`--out ${show(out)} is a file; report writes a folder`);
  let entries: string[];
  try {
    entries = readdirSync(real);
  } catch {
    return; // unreadable: the write will say why, as exit 3
  }
  if (entries.length > 0 && !entries.includes(REPORT_MARKER))
    throw new OutputConflictError(`--out ${show(out)} is a folder that is neither empty nor an earlier newsextract report (no ${REPORT_MARKER} file): it is never overwritten. Choose a new or empty folder.`);
}

/**
 * The folder `queue work` writes its shards into: a folder, or a path where one can be made,
 * never a file. Each worker writes files with names of its own (host, process, time), appending,
 * so nothing already in the folder is overwritten.
 */
export function checkShardFolder(dir: string): void {
  const info = statSync(realTarget(dir), { throwIfNoEntry: false });
  if (info && !info.isDirectory()) throw new OutputConflictError(`--out ${show(dir)} is a file; queue work writes its shards into a folder`);
}
