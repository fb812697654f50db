import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import type { Extraction } from '../types.js';
import { aggregate } from '../aggregate.js';
import { core, extractDirectory } from './directory.js';
import { decodeText } from './decode.js';
import { OutputConflictError, checkFileOutputs, checkReportOutput } from './guard.js';
import { cores } from './options.js';
import { OutputError, isBrokenPipe } from './output.js';
import { ReportWriter, genderLine, summarize, type CorpusSummary } from './report.js';
import { FIELDS, csvCell, openSink, sinkFiles, type Field, type Sink } from './sinks.js';
import { printable } from './terminal.js';
import { findFiles, type FoundFiles } from './walk.js';

export const HELP = `newsextract — people, organizations, places, dates and quotes from news articles

Usage:
  newsextract <dir|glob|file|->  [--format jsonl|json|csv] [--out FILE] [--workers N] [--only LIST] [--include-text]
  newsextract summary <dir|glob|file>  [--format table|csv|json] [--top N] [--workers N]
  newsextract report <dir|glob|file> --out DIR  [--workers N]

Commands:
  (none)   extract every article and write the results
  summary  the most quoted speakers and the organizations and places in the most articles,
           with entities merged across articles (table on the terminal, or csv or json)
  report   an HTML report in DIR: index.html (top speakers, organizations and places, every
           quote in a table you can sort and filter) and one page per article with its names,
           dates and quotes highlighted

Input:
  dir      every .txt .md .html .htm .json .jsonl file below it (hidden files and folders, and
           folders holding a newsextract report, are skipped and counted on stderr)
  glob     a fast-glob pattern (quote it): 'corpus/**/*.txt'
  file     one file
  -        one article from standard input

Options:
  --format   jsonl (default): one JSON object per article: {path, meta, people, organizations, places, dates, quotes}
             json: one JSON array of those objects
             csv: three tables, FILE.entities.csv, FILE.mentions.csv, FILE.quotes.csv (needs --out FILE)
  --out      write to FILE instead of standard output (report: the folder DIR)
  --workers  worker threads (default and most: the cores of this machine)
  --only     keep only these fields: people,organizations,places,dates,quotes
  --include-text
             add "text": the text the offsets index (for HTML and JSON input, the article
             taken out of the page or record); jsonl and json only
  --hidden   also read hidden files and folders (names starting with a dot)
  --allow-output-in-input
             let --out lie inside an input folder or match the input pattern: this run does not
             read it, the next run over the same input will. An output that IS an input file is
             refused even so.
  --no-csv-guard
             write CSV cells exactly; by default a text cell starting with = + - @ gets a leading '
             so spreadsheets do not run it as a formula
  --help     this text

Paths in the output are as you wrote the input: relative stays relative.
Outputs never touch inputs: an --out that is an input file, or where the input reads articles,
is a usage error. report writes DIR anew and replaces it only when done; an existing DIR must
be empty or an earlier report.

Examples:
  newsextract examples/articles > results.jsonl
  newsextract 'scrapes/**/*.html' --workers 2 --only people,quotes --out people.jsonl
  newsextract corpus/ --format csv --out tables/corpus
  cat article.txt | newsextract -
  newsextract summary corpus/ --top 20
  newsextract report 'scrapes/**/*.html' --out report/

Exit codes:
  0    every file extracted (also when the reader of the output stops early, as head does)
  1    some files or folders failed (listed on stderr with path and reason); the rest were written
  2    usage error
  3    the output could not be written (stderr says where and why)
  130  interrupted (Ctrl-C or SIGTERM); what was written is complete and valid
`;

/** The CLI's exit codes (see HELP). */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, output: 3, interrupted: 130 } as const;

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

class UsageError extends Error {}

/** Options every command shares. */
interface CommonOptions {
  input: string;
  out?: string;
  workers?: number;
  hidden: boolean;
  allowOutputInInput: boolean;
  csvGuard: boolean;
}

interface CliOptions extends CommonOptions {
  format: 'jsonl' | 'json' | 'csv';
  only: Field[];
  includeText: boolean;
}

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  workers: { type: 'string' },
  only: { type: 'string' },
  top: { type: 'string' },
  'include-text': { type: 'boolean' },
  hidden: { type: 'boolean' },
  'allow-output-in-input': { type: 'boolean' },
  'no-csv-guard': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Every option parsed at once; `notFor` lists the ones this command refuses. */
function parseWith(argv: string[], notFor: { command: string; options: (keyof typeof OPTIONS)[] }) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  for (const o of notFor.options) if (parsed.values[o] !== undefined) throw new UsageError(`--${o} does not apply to ${notFor.command}`);
  return parsed;
}

function common(values: Record<string, unknown>, input: string): CommonOptions {
  const workers = parseWorkers(values.workers as string | undefined);
  return {
    input,
    ...(typeof values.out === 'string' ? { out: values.out } : {}),
    ...(workers ? { workers } : {}),
    hidden: values.hidden === true,
    allowOutputInInput: values['allow-output-in-input'] === true,
    csvGuard: values['no-csv-guard'] !== true,
  };
}

function parse(argv: string[]): CliOptions | 'help' {
  const { values, positionals } = parseWith(argv, { command: 'extraction (--top is for summary and report)', options: ['top'] });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing input: give a directory, glob, file, or - for stdin' : `one input expected, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = (values.format ?? 'jsonl') as CliOptions['format'];
  if (!['jsonl', 'json', 'csv'].includes(format)) throw new UsageError(`--format must be jsonl, json or csv, got "${values.format}"`);
  if (format === 'csv' && values['include-text']) throw new UsageError('--include-text works with --format jsonl or json: CSV tables carry no article text');
  if (format === 'csv' && !values.out) throw new UsageError('--format csv writes three tables: give --out FILE (FILE.entities.csv, FILE.mentions.csv, FILE.quotes.csv)');
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : [...FIELDS];
  const unknown = only.filter((f) => !(FIELDS as readonly string[]).includes(f));
  if (unknown.length) throw new UsageError(`--only takes ${FIELDS.join(',')}; unknown: ${unknown.join(',')}`);
  return { ...common(values, positionals[0]!), format, only: only as Field[], includeText: values['include-text'] === true };
}

/** `--workers`: digits only (no `1e1`, `0x2`, `2.0`), at least 1; undefined when not given. */
function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) throw new UsageError(`--workers must be a whole number ≥ 1, got "${value}"`);
  return Number(value);
}

/** Run a command body, turning the errors every command shares into exit codes and one line on stderr. */
async function guarded(io: CliIO, body: () => Promise<number>): Promise<number> {
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

/** The CLI as a function: returns the exit code ({@link EXIT}). `signal` is Ctrl-C (or SIGTERM). */
export async function main(argv: string[], io: CliIO, signal?: AbortSignal): Promise<number> {
  // Write errors arrive through each write's callback; without a listener the stream's 'error' event would crash the process.
  io.stdout.on('error', () => {});
  // `summary` and `report` are commands only with an input after them (a directory may be called `report`).
  if ((argv[0] === 'summary' || argv[0] === 'report') && argv.slice(1).some((a) => a === '-' || !a.startsWith('-'))) {
    const command = argv[0];
    return guarded(io, () => corpusCommand(command, argv.slice(1), io, signal));
  }
  return guarded(io, async () => {
    const options = parse(argv);
    if (options === 'help') {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    return options.input === '-' ? extractStdin(options, io, signal) : extractFiles(options, io, signal);
  });
}

/** One article from standard input. Ctrl-C while it is read stops at once: nothing is extracted from part of an article. */
async function extractStdin(options: CliOptions, io: CliIO, signal?: AbortSignal): Promise<number> {
  const sink = openSink(options, io.stdout);
  const bytes = await readStdin(io.stdin, signal);
  if (bytes === undefined) {
    await sink.close();
    io.stderr.write('newsextract: interrupted while reading standard input; nothing extracted\n');
    return EXIT.interrupted;
  }
  let text: string;
  try {
    text = decodeText('-', bytes);
  } catch (e) {
    await sink.close();
    return failed([`-: ${(e as Error).message.replace(/^newsextract: -: /, '')}`], io);
  }
  await sink.write({ path: '-', result: (await core()).extract(text), text });
  await sink.close();
  return EXIT.ok;
}

/** Files, folders or a glob: walk first, check outputs against the inputs, then extract on workers. */
async function extractFiles(options: CliOptions, io: CliIO, signal?: AbortSignal): Promise<number> {
  const found = await walkInput(options, io);
  if (typeof found === 'number') return found;
  checkFileOutputs({ found, hidden: options.hidden }, sinkFiles(options), options.allowOutputInInput);
  const workers = capWorkers(options.workers, io);
  const sink: Sink = openSink(options, io.stdout);
  const failures: string[] = [];
  let done = 0;
  const progress = io.stderr.isTTY ? new Progress(io.stderr) : undefined;
  if (progress) progress.total = found.files.length;
  try {
    const run = extractDirectory(found, { ...(workers ? { workers } : {}), includeText: options.includeText, hidden: options.hidden });
    for await (const record of run) {
      if (record.error) failures.push(failureLine(record.path, record.error.message));
      else await sink.write(record);
      done++;
      progress?.tick(done);
      if (signal?.aborted) break;
    }
    await sink.close();
  } finally {
    progress?.clear();
  }
  skippedNote(found, io);
  if (signal?.aborted) io.stderr.write(`newsextract: stopped after ${done} article(s); output so far is complete and valid\n`);
  if (failures.length) return failed(failures, io);
  return signal?.aborted ? EXIT.interrupted : EXIT.ok;
}

interface CorpusOptions extends CommonOptions {
  format: 'table' | 'csv' | 'json';
  top: number;
}

function parseCorpus(command: 'summary' | 'report', argv: string[]): CorpusOptions {
  const { values, positionals } = parseWith(argv, { command, options: ['only', 'include-text', 'help'] });
  if (positionals.length !== 1) throw new UsageError(`${command}: one input expected, got ${positionals.length}`);
  if (positionals[0] === '-') throw new UsageError(`${command} reads a directory, glob or file, not standard input`);
  const format = (values.format ?? 'table') as CorpusOptions['format'];
  if (command === 'summary' && !['table', 'csv', 'json'].includes(format)) throw new UsageError(`summary --format must be table, csv or json, got "${values.format}"`);
  if (command === 'summary' && values.out !== undefined) throw new UsageError('summary writes to standard output; redirect it to a file');
  if (command === 'report' && !values.out) throw new UsageError('report needs --out DIR (the directory for index.html and the article pages)');
  if (command === 'report' && values.format !== undefined) throw new UsageError('report writes HTML; --format is for summary');
  if (values.top !== undefined && !/^[0-9]+$/.test(values.top)) throw new UsageError(`--top must be a whole number ≥ 1, got "${values.top}"`);
  const top = values.top === undefined ? 10 : Number(values.top);
  if (top < 1) throw new UsageError(`--top must be a whole number ≥ 1, got "${values.top}"`);
  return { ...common(values, positionals[0]!), format, top };
}

/** `summary` and `report`: extract the corpus, merge entities across articles, print or write. */
async function corpusCommand(command: 'summary' | 'report', argv: string[], io: CliIO, signal?: AbortSignal): Promise<number> {
  const options = parseCorpus(command, argv);
  const found = await walkInput(options, io);
  if (typeof found === 'number') return found;
  if (command === 'report') checkReportOutput({ found, hidden: options.hidden }, options.out!, options.allowOutputInInput);
  const workers = capWorkers(options.workers, io);
  const writer = command === 'report' ? new ReportWriter(options.out!) : undefined;
  const failures: string[] = [];
  const results: { article: string; result: Extraction }[] = [];
  try {
    const run = extractDirectory(found, { ...(workers ? { workers } : {}), includeText: command === 'report', hidden: options.hidden });
    for await (const record of run) {
      if (record.error) failures.push(failureLine(record.path, record.error.message));
      else if (writer) writer.add({ path: record.path, result: record.result, text: record.text ?? '' });
      else results.push({ article: record.path, result: record.result });
      if (signal?.aborted) break;
    }
    skippedNote(found, io);
    if (signal?.aborted) {
      writer?.abandon();
      io.stderr.write(`newsextract: interrupted; ${writer ? `nothing written to ${printable(options.out!)}` : 'no summary printed'}\n`);
      return EXIT.interrupted;
    }
    if (writer) io.stderr.write(`newsextract: report written to ${printable(writer.finish(Math.max(options.top, 20)))}\n`);
    else io.stdout.write(formatSummary(summarize(aggregate(results), options.top), options.format, options.csvGuard));
  } catch (e) {
    writer?.abandon();
    throw e;
  }
  return failures.length ? failed(failures, io) : EXIT.ok;
}

/** Walk the input; when it holds no article at all, say so (and what was skipped) and return exit 2. */
async function walkInput(options: CommonOptions, io: CliIO): Promise<FoundFiles | number> {
  const found = await findFiles(options.input, { hidden: options.hidden });
  if (found.files.length > 0 || found.unreadable.length > 0) return found;
  io.stderr.write(`newsextract: no articles found at ${printable(options.input)}\n`);
  skippedNote(found, io);
  return EXIT.usage;
}

/** More workers than cores only costs memory (~400 MiB each): use the cores, and say so. */
function capWorkers(requested: number | undefined, io: CliIO): number | undefined {
  if (requested === undefined || requested <= cores()) return requested;
  io.stderr.write(`newsextract: --workers ${requested} is more than the ${cores()} core(s) here; using ${cores()}\n`);
  return cores();
}

/** What the walk left out on purpose, so that nothing is skipped silently. */
function skippedNote(found: FoundFiles, io: CliIO): void {
  if (found.hidden > 0) io.stderr.write(`newsextract: skipped ${found.hidden} hidden file(s) or folder(s) (names starting with a dot); --hidden reads them\n`);
  if (found.reports > 0) io.stderr.write(`newsextract: skipped ${found.reports} folder(s) holding a newsextract report\n`);
}

function failureLine(path: string, message: string): string {
  return printable(`${path}: ${message.replace(/^newsextract: /, '').replace(path, '').replace(/^: /, '')}`);
}

function failed(failures: string[], io: CliIO): number {
  io.stderr.write(`newsextract: ${failures.length} file(s) failed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
  return EXIT.someFailed;
}

/** Standard input, whole; undefined when `signal` fires first (the stream is then let go, so the process can exit). */
function readStdin(stream: NodeJS.ReadableStream, signal?: AbortSignal): Promise<Buffer | undefined> {
  if (signal?.aborted) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const onData = (c: Buffer | string) => chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
    const done = (value: Buffer | undefined, error?: Error) => {
      stream.off('data', onData);
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve(value);
    };
    const onAbort = () => {
      stream.pause();
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      done(undefined);
    };
    stream.on('data', onData);
    stream.once('end', () => done(Buffer.concat(chunks)));
    stream.once('error', (e: Error) => done(undefined, e));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The summary as an aligned table, CSV (one row per entity, `table` column first) or JSON. */
export function formatSummary(summary: CorpusSummary, format: CorpusOptions['format'], csvGuard = true): string {
  if (format === 'json') return `${JSON.stringify(summary, null, 2)}\n`;
  const rows: (string | number)[][] = [
    ...summary.speakers.map((s) => ['speakers', s.name, s.id, s.articles, '', s.quotes, s.organizations.join('; '), s.titles.join('; '), s.gender ?? '']),
    ...summary.organizations.map((o) => ['organizations', o.name, o.id, o.articles, o.mentions, o.quotes, '', '', '']),
    ...summary.places.map((p) => ['places', p.name, p.id, p.articles, p.mentions, '', '', '', '']),
  ];
  if (format === 'csv') return [['table', 'name', 'id', 'articles', 'mentions', 'quotes', 'organizations', 'titles', 'gender'], ...rows].map((r) => r.map((c) => csvCell(c, csvGuard)).join(',')).join('\n') + '\n';
  const section = (title: string, head: string[], body: (string | number)[][]) => {
    const cells = [head, ...body.map((r) => r.map((c) => printable(String(c))))];
    const widths = head.map((_, c) => Math.min(48, Math.max(...cells.map((r) => r[c]!.length))));
    const line = (r: string[]) => `  ${r.map((v, c) => (v.length > widths[c]! ? `${v.slice(0, widths[c]! - 1)}…` : v.padEnd(widths[c]!))).join('  ')}`.trimEnd();
    return `${title}\n${cells.map(line).join('\n')}\n${body.length ? '' : '  (none)\n'}`;
  };
  return [
    `${summary.articles} articles\n`,
    `${genderLine(summary.quotesByGender)}\n`,
    section('Top speakers', ['quotes', 'articles', 'speaker', 'gender', 'affiliation / titles'], summary.speakers.map((s) => [s.quotes, s.articles, s.name, s.gender ?? '', (s.organizations.length ? s.organizations : s.titles).join('; ')])),
    section('Top organizations (by articles)', ['articles', 'mentions', 'organization'], summary.organizations.map((o) => [o.articles, o.mentions, o.name])),
    section('Top places (by articles)', ['articles', 'mentions', 'place'], summary.places.map((p) => [p.articles, p.mentions, p.name])),
  ].join('\n');
}

/** A one-line progress bar on a terminal: files done, files/s, ETA. */
class Progress {
  total = 0;
  private readonly started = Date.now();
  private last = 0;
  constructor(private readonly out: Writable) {}
  tick(done: number): void {
    const now = Date.now();
    if (now - this.last < 100 && done !== this.total) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = done / Math.max(secs, 0.001);
    const eta = this.total && rate ? Math.max(0, (this.total - done) / rate) : 0;
    const width = 24;
    const filled = this.total ? Math.round((width * done) / this.total) : 0;
    this.out.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total || '?'}  ${rate.toFixed(1)} files/s  ETA ${eta.toFixed(0)} s `);
  }
  clear(): void {
    this.out.write('\r\x1b[K');
  }
}
