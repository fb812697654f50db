import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { toRows, type Rows } from '../rows.js';
import type { Extraction } from '../types.js';
import { core, extractDirectory, type DirectoryRecord } from './directory.js';
import { listFiles } from './load.js';
import { decodeText } from './decode.js';
import { OutputError, isBrokenPipe, openOutput } from './output.js';
import { ReportWriter, summarize, type CorpusSummary } from './report.js';
import { aggregate } from '../aggregate.js';

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
  dir      every .txt .md .html .htm .json .jsonl file below it
  glob     a fast-glob pattern (quote it): 'corpus/**/*.txt'
  file     one file
  -        one article from standard input

Options:
  --format   jsonl (default): one JSON object per article: {path, meta, people, organizations, places, dates, quotes}
             json: one JSON array of those objects
             csv: three tables, FILE.entities.csv, FILE.mentions.csv, FILE.quotes.csv (needs --out FILE)
  --out      write to FILE instead of standard output
  --workers  worker threads (default: all cores)
  --only     keep only these fields: people,organizations,places,dates,quotes
  --include-text
             add "text": the text the offsets index (for HTML and JSON input, the article
             taken out of the page or record); jsonl and json only
  --help     this text

Paths in the output are as you wrote the input: relative stays relative.

Examples:
  newsextract examples/articles > results.jsonl
  newsextract 'scrapes/**/*.html' --workers 2 --only people,quotes --out people.jsonl
  newsextract corpus/ --format csv --out tables/corpus
  cat article.txt | newsextract -
  newsextract summary corpus/ --top 20
  newsextract report 'scrapes/**/*.html' --out report/

Exit codes:
  0    every file extracted (also when the reader of the output stops early, as head does)
  1    some files failed (listed on stderr with path and reason); the rest were written
  2    usage error
  3    the output could not be written (stderr says where and why)
  130  interrupted (Ctrl-C); what was written is complete and valid
`;

/** The CLI's exit codes (see HELP). */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, output: 3, interrupted: 130 } as const;

const FIELDS = ['people', 'organizations', 'places', 'dates', 'quotes'] as const;
type Field = (typeof FIELDS)[number];

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

class UsageError extends Error {}

interface CliOptions {
  input: string;
  format: 'jsonl' | 'json' | 'csv';
  out?: string;
  workers?: number;
  only: Field[];
  includeText: boolean;
}

function parse(argv: string[]): CliOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string' }, out: { type: 'string' }, workers: { type: 'string' }, only: { type: 'string' }, 'include-text': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing input: give a directory, glob, file, or - for stdin' : `one input expected, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = (values.format ?? 'jsonl') as CliOptions['format'];
  if (!['jsonl', 'json', 'csv'].includes(format)) throw new UsageError(`--format must be jsonl, json or csv, got "${values.format}"`);
  if (format === 'csv' && values['include-text']) throw new UsageError('--include-text works with --format jsonl or json: CSV tables carry no article text');
  if (format === 'csv' && !values.out) throw new UsageError('--format csv writes three tables: give --out FILE (FILE.entities.csv, FILE.mentions.csv, FILE.quotes.csv)');
  const workers = parseWorkers(values.workers);
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : [...FIELDS];
  const unknown = only.filter((f) => !(FIELDS as readonly string[]).includes(f));
  if (unknown.length) throw new UsageError(`--only takes ${FIELDS.join(',')}; unknown: ${unknown.join(',')}`);
  return { input: positionals[0]!, format, ...(values.out ? { out: values.out } : {}), ...(workers ? { workers } : {}), only: only as Field[], includeText: values['include-text'] === true };
}

/** Parse arguments; a usage error is reported on stderr and becomes exit code 2. */
function parsedOrExit<T>(parse: () => T, io: CliIO): T | typeof EXIT.usage {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`newsextract: ${e.message}\nRun newsextract --help for usage.\n`);
    return EXIT.usage;
  }
}

/** `--workers`: a whole number ≥ 1, or undefined when not given. */
function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers must be a whole number ≥ 1, got "${value}"`);
  return workers;
}

/** The CLI as a function: returns the exit code ({@link EXIT}). */
export async function main(argv: string[], io: CliIO, signal?: AbortSignal): Promise<number> {
  // `summary` and `report` are commands only with an input after them (a directory may be called `report`).
  if ((argv[0] === 'summary' || argv[0] === 'report') && argv.slice(1).some((a) => a === '-' || !a.startsWith('-'))) return corpusCommand(argv[0], argv.slice(1), io, signal);
  const p = parsedOrExit(() => parse(argv), io);
  if (typeof p === 'number') return p;
  if (p === 'help') {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const options = p;
  // Write errors arrive through each write's callback; without a listener the stream's 'error' event would crash the process.
  io.stdout.on('error', () => {});

  let sink: Sink;
  try {
    sink = openSink(options, io);
  } catch (e) {
    if (e instanceof OutputError) return reportOutputError(e, io);
    throw e;
  }
  const failures: string[] = [];
  let done = 0;
  const progress = io.stderr.isTTY ? new Progress(io.stderr) : undefined;
  try {
    if (options.input === '-') {
      const text = await readStdin(io.stdin, failures);
      if (text !== undefined) await sink.write({ path: '-', result: (await core()).extract(text), text });
      done++;
    } else {
      if (progress) progress.total = (await listFiles(options.input)).length;
      const run = extractDirectory(options.input, { ...(options.workers ? { workers: options.workers } : {}), includeText: options.includeText });
      let any = false;
      for await (const record of run) {
        any = true;
        if (record.error) failures.push(`${record.path}: ${record.error.message.replace(/^newsextract: [^:]*: /, '')}`);
        else await sink.write(record);
        done++;
        progress?.tick(done);
        if (signal?.aborted) break;
      }
      if (!any && !signal?.aborted) {
        io.stderr.write(`newsextract: no articles found at ${options.input}\n`);
        await sink.close();
        return EXIT.usage;
      }
    }
    await sink.close();
  } catch (e) {
    if (e instanceof OutputError) return reportOutputError(e, io);
    // Otherwise only a broken pipe is expected: the reader of standard output went away
    // (`| head`), and the run stops quietly, as a pipeline expects.
    if (!isBrokenPipe(e)) throw e;
  } finally {
    progress?.clear();
  }
  if (signal?.aborted) io.stderr.write(`newsextract: stopped after ${done} article(s); output so far is complete and valid\n`);
  if (failures.length) {
    io.stderr.write(`newsextract: ${failures.length} file(s) failed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
    return EXIT.someFailed;
  }
  return signal?.aborted ? EXIT.interrupted : EXIT.ok;
}

interface CorpusOptions {
  input: string;
  format: 'table' | 'csv' | 'json';
  top: number;
  out?: string;
  workers?: number;
}

function parseCorpus(command: 'summary' | 'report', argv: string[]): CorpusOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: 'string' }, top: { type: 'string' }, out: { type: 'string' }, workers: { type: 'string' } } });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`${command}: one input expected, got ${positionals.length}`);
  if (positionals[0] === '-') throw new UsageError(`${command} reads a directory, glob or file, not standard input`);
  const format = (values.format ?? 'table') as CorpusOptions['format'];
  if (command === 'summary' && !['table', 'csv', 'json'].includes(format)) throw new UsageError(`summary --format must be table, csv or json, got "${values.format}"`);
  if (command === 'summary' && values.out !== undefined) throw new UsageError('summary writes to standard output; redirect it to a file');
  if (command === 'report' && !values.out) throw new UsageError('report needs --out DIR (the directory for index.html and the article pages)');
  if (command === 'report' && values.format !== undefined) throw new UsageError('report writes HTML; --format is for summary');
  const top = values.top === undefined ? 10 : Number(values.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top must be a whole number ≥ 1, got "${values.top}"`);
  const workers = parseWorkers(values.workers);
  return { input: positionals[0]!, format, top, ...(values.out ? { out: values.out } : {}), ...(workers ? { workers } : {}) };
}

/** `summary` and `report`: extract the corpus, merge entities across articles, print or write. */
async function corpusCommand(command: 'summary' | 'report', argv: string[], io: CliIO, signal?: AbortSignal): Promise<number> {
  const options = parsedOrExit(() => parseCorpus(command, argv), io);
  if (typeof options === 'number') return options;
  io.stdout.on('error', () => {});
  let writer: ReportWriter | undefined;
  try {
    if (command === 'report') writer = new ReportWriter(options.out!);
  } catch (e) {
    io.stderr.write(`newsextract: cannot write the report to ${options.out}: ${(e as Error).message}\n`);
    return EXIT.output;
  }
  const failures: string[] = [];
  const results: { article: string; result: Extraction }[] = [];
  const run = extractDirectory(options.input, { ...(options.workers ? { workers: options.workers } : {}), includeText: command === 'report' });
  for await (const record of run) {
    if (record.error) failures.push(`${record.path}: ${record.error.message.replace(/^newsextract: [^:]*: /, '')}`);
    else if (writer) writer.add({ path: record.path, result: record.result, text: record.text ?? '' });
    else results.push({ article: record.path, result: record.result });
    if (signal?.aborted) break;
  }
  if (run.totals.read === 0) {
    io.stderr.write(`newsextract: no articles found at ${options.input}\n`);
    return EXIT.usage;
  }
  try {
    if (writer) io.stderr.write(`newsextract: report written to ${writer.finish(Math.max(options.top, 20))}\n`);
    else io.stdout.write(formatSummary(summarize(aggregate(results), options.top), options.format));
  } catch (e) {
    if (isBrokenPipe(e)) return EXIT.ok;
    io.stderr.write(`newsextract: ${(e as Error).message}\n`);
    return EXIT.output;
  }
  if (failures.length) {
    io.stderr.write(`newsextract: ${failures.length} file(s) failed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
    return EXIT.someFailed;
  }
  return signal?.aborted ? EXIT.interrupted : EXIT.ok;
}

/** The summary as an aligned table, CSV (one row per entity, `table` column first) or JSON. */
export function formatSummary(summary: CorpusSummary, format: CorpusOptions['format']): string {
  if (format === 'json') return `${JSON.stringify(summary, null, 2)}\n`;
  const rows: (string | number)[][] = [
    ...summary.speakers.map((s) => ['speakers', s.name, s.id, s.articles, '', s.quotes, s.organizations.join('; '), s.titles.join('; ')]),
    ...summary.organizations.map((o) => ['organizations', o.name, o.id, o.articles, o.mentions, o.quotes, '', '']),
    ...summary.places.map((p) => ['places', p.name, p.id, p.articles, p.mentions, '', '', '']),
  ];
  if (format === 'csv') return [['table', 'name', 'id', 'articles', 'mentions', 'quotes', 'organizations', 'titles'], ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
  const section = (title: string, head: string[], body: (string | number)[][]) => {
    const cells = [head, ...body.map((r) => r.map(String))];
    const widths = head.map((_, c) => Math.min(48, Math.max(...cells.map((r) => r[c]!.length))));
    const line = (r: string[]) => `  ${r.map((v, c) => (v.length > widths[c]! ? `${v.slice(0, widths[c]! - 1)}…` : v.padEnd(widths[c]!))).join('  ')}`.trimEnd();
    return `${title}\n${cells.map(line).join('\n')}\n${body.length ? '' : '  (none)\n'}`;
  };
  return [
    `${summary.articles} articles\n`,
    section('Top speakers', ['quotes', 'articles', 'speaker', 'affiliation / titles'], summary.speakers.map((s) => [s.quotes, s.articles, s.name, (s.organizations.length ? s.organizations : s.titles).join('; ')])),
    section('Top organizations (by articles)', ['articles', 'mentions', 'organization'], summary.organizations.map((o) => [o.articles, o.mentions, o.name])),
    section('Top places (by articles)', ['articles', 'mentions', 'place'], summary.places.map((p) => [p.articles, p.mentions, p.name])),
  ].join('\n');
}

function reportOutputError(e: OutputError, io: CliIO): number {
  io.stderr.write(`${e.message}\n`);
  return EXIT.output;
}

/** Standard input as one article, with the same binary and encoding checks as a file. */
async function readStdin(stream: NodeJS.ReadableStream, failures: string[]): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  try {
    return decodeText('-', Buffer.concat(chunks));
  } catch (e) {
    failures.push(`-: ${(e as Error).message.replace(/^newsextract: -: /, '')}`);
    return undefined;
  }
}

interface Sink {
  write(record: Extract<DirectoryRecord, { result: Extraction }>): Promise<void>;
  close(): Promise<void>;
}

function project(record: { path: string; result: Extraction; text?: string }, options: CliOptions): Record<string, unknown> {
  const out: Record<string, unknown> = { path: record.path, meta: record.result.meta };
  for (const f of options.only) out[f] = record.result[f];
  if (options.includeText) out.text = record.text ?? '';
  return out;
}

const STDOUT = 'standard output';

/** An output file, opened now so that a bad path fails before any work; errors name the file. */
function fileStream(path: string): { path: string; stream: Writable } {
  const stream = createWriteStream('', { fd: openOutput(path) });
  stream.on('error', () => {}); // reported through the write callbacks
  return { path, stream };
}

function openSink(options: CliOptions, io: CliIO): Sink {
  if (options.format === 'csv') {
    const tables = (['entities', 'mentions', 'quotes'] as const).map((t) => ({ t, ...fileStream(`${options.out}.${t}.csv`), header: false }));
    return {
      async write(record) {
        const rows: Rows = toRows(record.result, record.path);
        for (const table of tables) {
          const list = rows[table.t] as unknown as Record<string, unknown>[];
          if (!table.header) {
            const columns = Object.keys(toRowsTemplate[table.t]);
            await put(table, `${columns.join(',')}\n`);
            table.header = true;
          }
          for (const row of list) await put(table, `${Object.values(row).map(csvCell).join(',')}\n`);
        }
      },
      async close() {
        for (const table of tables) {
          if (!table.header) await put(table, `${Object.keys(toRowsTemplate[table.t]).join(',')}\n`);
          await end(table);
        }
      },
    };
  }
  const target = options.out ? fileStream(options.out) : { path: STDOUT, stream: io.stdout };
  let first = true;
  return {
    async write(record) {
      const json = JSON.stringify(project(record, options));
      if (options.format === 'jsonl') await put(target, `${json}\n`);
      else {
        await put(target, `${first ? '[\n' : ',\n'}${json}`);
        first = false;
      }
    },
    async close() {
      if (options.format === 'json') await put(target, first ? '[]\n' : '\n]\n');
      if (options.out) await end(target);
    },
  };
}

// Column order for CSV headers, matching toRows().
const toRowsTemplate = {
  entities: { path: 0, id: 0, type: 0, name: 0, aliases: 0, titles: 0, mentions: 0 },
  mentions: { path: 0, entityId: 0, type: 0, name: 0, start: 0, end: 0, text: 0 },
  quotes: { path: 0, start: 0, end: 0, kind: 0, text: 0, speaker: 0, speakerEntityId: 0, cue: 0, confidence: 0 },
};

function csvCell(v: unknown): string {
  const s = String(v ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Write one chunk; a failure becomes an OutputError naming the target (EPIPE on stdout stays itself). */
function put(target: { path: string; stream: Writable }, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    target.stream.write(chunk, (err?: NodeJS.ErrnoException | null) => {
      if (!err) resolve();
      else reject(err.code === 'EPIPE' && target.path === STDOUT ? err : new OutputError(target.path, err));
    });
  });
}

function end(target: { path: string; stream: Writable }): Promise<void> {
  return new Promise((resolve, reject) => {
    target.stream.once('error', (err: NodeJS.ErrnoException) => reject(new OutputError(target.path, err)));
    target.stream.end(() => resolve());
  });
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
