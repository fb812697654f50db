import type { Writable } from 'node:stream';
import { cores } from './options.js';
import { findFiles, type FoundFiles } from './walk.js';
import { OutputConflictError } from './guard.js';
import { OutputError, isBrokenPipe } from './output.js';
import { printable } from './terminal.js';
import { FIELDS, type Field } from './sinks.js';

/**
 * What every command of the CLI shares (extraction, summary, report, queue): exit codes, the
 * streams it talks to, and how errors become one line on stderr and an exit code.
 */

/** The CLI's exit codes (see HELP). */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, output: 3, queue: 4, interrupted: 130 } as const;

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

/** The options the extraction commands and the queue's share (parseArgs' table). */
export const SHARED_OPTIONS = {
  out: { type: 'string' },
  format: { type: 'string' },
  only: { type: 'string' },
  'include-text': { type: 'boolean' },
  'min-confidence': { type: 'string' },
  meta: { type: 'string' },
  hidden: { type: 'boolean' },
  bom: { type: 'boolean' },
  'no-csv-guard': { type: 'boolean' },
  'allow-output-in-input': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A command line the CLI cannot run: exit 2, with the message and a pointer to --help. */
export class UsageError extends Error {}

/** Run a command body, turning the errors every command shares into exit codes and one line on stderr. */
export async function guarded(io: CliIO, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`newsextract: ${printable(e.message)}\nRun newsextract --help for usage.\n`);
      return EXIT.usage;
    }
    if (e instanceof OutputConflictError) {
      io.stderr.write(`${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof OutputError) {
      io.stderr.write(`${e.message}\n`);
      return EXIT.output;
    }
    // Otherwise only a broken pipe is expected: the reader of standard output went away
    // (`| head`), and the run stops quietly, as a pipeline expects.
    if (isBrokenPipe(e)) return EXIT.ok;
    throw e;
  }
}

/** `path: reason` for a file or article that failed, printable on a terminal. */
export function failureLine(path: string, message: string): string {
  return printable(`${path}: ${message.replace(/^newsextract: /, '').replace(path, '').replace(/^: /, '')}`);
}

/** List the failures on stderr; exit 1. */
export function failed(failures: string[], io: CliIO): number {
  io.stderr.write(`newsextract: ${failures.length} file(s) failed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
  return EXIT.someFailed;
}

/** A whole number ≥ `min` given as digits only (no `1e1`, `0x2`, `2.0`); undefined when not given. */
export function wholeNumber(option: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < min) throw new UsageError(`--${option} must be a whole number ≥ ${min}, got "${value}"`);
  return Number(value);
}

/** `--min-confidence`: a number from 0 to 1 written as a decimal. */
export function parseConfidence(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^(?:0|1|0?\.[0-9]+|1\.0*)$/.test(value)) throw new UsageError(`--min-confidence must be a number from 0 to 1 (such as 0.8), got "${value}"`);
  return Number(value);
}

/** `--only entities,quotes`: the result fields to write, all when not given. */
export function parseOnly(value: string | undefined): Field[] {
  const only = value ? value.split(',').map((s) => s.trim()).filter(Boolean) : [...FIELDS];
  const unknown = only.filter((f) => !(FIELDS as readonly string[]).includes(f));
  if (unknown.length) throw new UsageError(`--only takes ${FIELDS.join(',')}; unknown: ${unknown.join(',')}`);
  return only as Field[];
}

/** `--format`: jsonl (the default), json or csv. */
export function parseFormat(value: string | undefined): 'jsonl' | 'json' | 'csv' {
  const format = value ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'json' && format !== 'csv') throw new UsageError(`--format must be jsonl, json or csv, got "${value}"`);
  return format;
}

/** `--meta author,section`: record fields to carry into meta. */
export function parseMetaFields(value: string | undefined): string[] {
  if (value === undefined) return [];
  const fields = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (fields.length === 0) throw new UsageError('--meta takes field names: --meta author,section');
  if (fields.includes('published')) throw new UsageError('--meta: "published" is the ISO day extraction gives; a record\'s own date is carried as "date"');
  if (fields.includes('text')) throw new UsageError('--meta: "text" is the article itself');
  return fields;
}

/** Walk the input; when it holds no article at all, say so (and what was skipped) and return exit 2. */
export async function walkInput(options: { input: string; hidden: boolean }, io: CliIO): Promise<FoundFiles | number> {
  const found = await findFiles(options.input, { hidden: options.hidden });
  if (found.files.length > 0 || found.unreadable.length > 0) return found;
  io.stderr.write(`newsextract: no articles found at ${printable(options.input)}\n`);
  skippedNote(found, io);
  return EXIT.usage;
}

/** More workers than cores only costs memory (~400 MiB each): use the cores, and say so. */
export function capWorkers(requested: number | undefined, io: CliIO, option = 'workers'): number | undefined {
  if (requested === undefined || requested <= cores()) return requested;
  io.stderr.write(`newsextract: --${option} ${requested} is more than the ${cores()} core(s) here; using ${cores()}\n`);
  return cores();
}

/** What the walk left out on purpose, so that nothing is skipped silently. */
export function skippedNote(found: FoundFiles, io: CliIO): void {
  if (found.hidden > 0) io.stderr.write(`newsextract: skipped ${found.hidden} hidden file(s) or folder(s) (names starting with a dot); --hidden reads them\n`);
  if (found.reports > 0) io.stderr.write(`newsextract: skipped ${found.reports} folder(s) holding a newsextract report\n`);
}
