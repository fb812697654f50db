import { parseArgs } from 'node:util';
import type { ArticleResult } from '../aggregate.js';
import { EXIT, SHARED_OPTIONS, UsageError, capWorkers, failed, failureLine, guarded, parseConfidence, parseFormat, parseMetaFields, parseOnly, skippedNote, walkInput, wholeNumber, type CliIO } from './command.js';
import { core, extractDirectory } from './directory.js';
import { decodeText } from './decode.js';
import { confidentQuotes } from './filters.js';
import { checkFileOutputs, checkReportOutput } from './guard.js';
import { truncateOutput } from './output.js';
import { Progress } from './progress.js';
import { ReportWriter } from './report.js';
import { ResumeError, readEarlierRun } from './resume.js';
import { openSink, sinkFiles, type Field, type Sink } from './sinks.js';
import { readStdin } from './stdin.js';
import { formatSummary, summarizeCorpus } from './summary.js';
import { printable } from './terminal.js';
import type { FoundFiles } from './walk.js';

export { EXIT, type CliIO } from './command.js';

export const HELP = `newsextract — people, organizations, places, dates and quotes from news articles

Usage:
  newsextract <dir|glob|file|->  [--format jsonl|json|csv] [--out FILE] [--workers N] [--only LIST] [--include-text]
                                 [--resume] [--min-confidence X] [--meta LIST] [--bom]
  newsextract summary <dir|glob|file>  [--format table|csv|json] [--top N] [--speaker NAME] [--entity NAME] [--workers N]
  newsextract report <dir|glob|file> --out DIR  [--workers N]
  newsextract queue add|work|status|retry|collect …   (a run spread over machines: newsextract queue --help)

Commands:
  (none)   extract every article and write the results
  summary  the most quoted speakers and the organizations and places in the most articles,
           with entities merged across articles (table on the terminal, or csv or json)
  report   an HTML report in DIR: index.html (charts of who is quoted, for which organizations,
           on which days, and who is mentioned with whom; top speakers, organizations and
           places; every quote in a table you can sort and filter) and one page per article
           with its names, dates and quotes highlighted
  queue    the same extraction on a Redis queue, by worker processes on any number of machines

Input:
  dir      every .txt .md .html .htm .json .jsonl file below it (hidden files and folders, and
           folders holding a newsextract report, are skipped and counted on stderr)
  glob     a fast-glob pattern (quote it): 'corpus/**/*.txt'
  file     one file
  -        one article from standard input

Options:
  --format   jsonl (default): one JSON object per article: {path, meta, people, organizations, places, dates, quotes}
             json: one JSON array of those objects
             csv: five tables, FILE.entities.csv, FILE.mentions.csv, FILE.quotes.csv,
             FILE.dates.csv, FILE.affiliations.csv (needs --out FILE)
  --out      write to FILE instead of standard output (report: the folder DIR)
  --workers  worker threads (default and most: the cores of this machine)
  --only     keep only these fields: people,organizations,places,dates,quotes
  --include-text
             add "text": the text the offsets index (for HTML and JSON input, the article
             taken out of the page or record); jsonl and json only
  --resume   continue an interrupted run: skip the articles whose records are already in --out
             (a JSONL file) and append the rest; give the input as you did then
  --min-confidence X
             keep only quotes whose attribution is at least X sure (0 to 1; a quote without a
             speaker has 0); also for summary and report
  --meta     more fields of .json/.jsonl records to carry into "meta" as written
             (title, url and date always are): --meta author,section
  --bom      start CSV output with a byte-order mark, so spreadsheet programs read it as UTF-8
             (without it, Excel shows “curly quotes” as garbage)
  --speaker  summary: only the articles that quote NAME (any name or alias), with the quotes
  --entity   summary: only the articles that mention NAME
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
  newsextract corpus/ --format csv --bom --out tables/corpus
  newsextract corpus/ --out results.jsonl --resume
  cat article.txt | newsextract -
  newsextract summary corpus/ --top 20 --speaker "Ana Ruiz"
  newsextract report 'scrapes/**/*.html' --out report/

Exit codes:
  0    every file extracted (also when the reader of the output stops early, as head does)
  1    some files or folders failed (listed on stderr with path and reason); the rest were written
  2    usage error
  3    the output could not be written (stderr says where and why)
  4    the queue (Redis) could not be reached
  130  interrupted (Ctrl-C or SIGTERM); what was written is complete and valid
`;

/** Options every command shares. */
interface CommonOptions {
  input: string;
  out?: string;
  workers?: number;
  hidden: boolean;
  allowOutputInInput: boolean;
  csvGuard: boolean;
  bom: boolean;
  minConfidence: number;
  metaFields: string[];
}

interface CliOptions extends CommonOptions {
  format: 'jsonl' | 'json' | 'csv';
  only: Field[];
  includeText: boolean;
  resume: boolean;
}

const OPTIONS = {
  ...SHARED_OPTIONS,
  workers: { type: 'string' },
  top: { type: 'string' },
  resume: { type: 'boolean' },
  speaker: { type: 'string' },
  entity: { type: 'string' },
} as const;

type Option = keyof typeof OPTIONS;

/** Every option parsed at once; `notFor` lists the ones this command refuses. */
function parseWith(argv: string[], notFor: { command: string; options: Option[] }) {
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
  const workers = wholeNumber('workers', values.workers as string | undefined);
  return {
    input,
    ...(typeof values.out === 'string' ? { out: values.out } : {}),
    ...(workers ? { workers } : {}),
    hidden: values.hidden === true,
    allowOutputInInput: values['allow-output-in-input'] === true,
    csvGuard: values['no-csv-guard'] !== true,
    bom: values.bom === true,
    minConfidence: parseConfidence(values['min-confidence'] as string | undefined),
    metaFields: parseMetaFields(values.meta as string | undefined),
  };
}

function parse(argv: string[]): CliOptions | 'help' {
  const { values, positionals } = parseWith(argv, { command: 'extraction (--top, --speaker and --entity are for summary)', options: ['top', 'speaker', 'entity'] });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing input: give a directory, glob, file, or - for stdin' : `one input expected, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = parseFormat(values.format);
  if (format === 'csv' && values['include-text']) throw new UsageError('--include-text works with --format jsonl or json: CSV tables carry no article text');
  if (format === 'csv' && !values.out) throw new UsageError('--format csv writes five tables: give --out FILE (FILE.entities.csv, FILE.mentions.csv, FILE.quotes.csv, FILE.dates.csv, FILE.affiliations.csv)');
  if (values.bom && format !== 'csv') throw new UsageError('--bom is for --format csv: JSON is UTF-8 without a byte-order mark');
  if (values.resume && (format !== 'jsonl' || !values.out)) throw new UsageError('--resume continues a JSONL file: give --out FILE (and no --format, or --format jsonl)');
  if (values.resume && positionals[0] === '-') throw new UsageError('--resume reads a directory, glob or file, not standard input');
  return { ...common(values, positionals[0]!), format, only: parseOnly(values.only), includeText: values['include-text'] === true, resume: values.resume === true };
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
  // `queue` likewise only with one of its commands after it. Its code (and BullMQ) loads only then.
  if (argv[0] === 'queue' && ['add', 'work', 'status', 'retry', 'collect', '--help', '-h'].includes(argv[1] ?? '')) {
    const { queueCommand } = await import('./queue/command.js');
    return guarded(io, () => queueCommand(argv.slice(1), io, signal));
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

/**
 * `--resume`: what the interrupted run wrote. A last line it left half written is cut off
 * (the article is extracted again); the articles it holds are skipped.
 */
async function resumeFrom(out: string, found: FoundFiles, io: CliIO): Promise<Set<string>> {
  let earlier;
  try {
    earlier = await readEarlierRun(out);
  } catch (e) {
    if (e instanceof ResumeError) throw new UsageError(e.message.replace(/^newsextract: /, ''));
    throw e;
  }
  const files = new Set(found.files);
  if (earlier.done.size > 0 && ![...earlier.done].some((p) => files.has(p) || files.has(p.replace(/#[0-9]+$/, ''))))
    throw new UsageError(`--resume: none of the ${earlier.done.size} article(s) in ${out} is a file of ${found.input}: give the input as the interrupted run did (paths are as written)`);
  if (earlier.partial > 0) {
    truncateOutput(out, earlier.complete);
    io.stderr.write(`newsextract: --resume: removed an incomplete last line (${earlier.partial} bytes) from ${printable(out)}\n`);
  }
  return earlier.done;
}

/** Files, folders or a glob: walk first, check outputs against the inputs, then extract on workers. */
async function extractFiles(options: CliOptions, io: CliIO, signal?: AbortSignal): Promise<number> {
  const found = await walkInput(options, io);
  if (typeof found === 'number') return found;
  checkFileOutputs({ found, hidden: options.hidden }, sinkFiles(options), options.allowOutputInInput);
  const skip = options.resume ? await resumeFrom(options.out!, found, io) : undefined;
  const workers = capWorkers(options.workers, io);
  const sink: Sink = openSink({ ...options, append: options.resume }, io.stdout);
  const failures: string[] = [];
  let done = 0;
  const progress = io.stderr.isTTY ? new Progress(io.stderr) : undefined;
  if (progress) progress.total = found.files.length - (skip?.size ?? 0);
  const run = extractDirectory(found, { ...(workers ? { workers } : {}), includeText: options.includeText, hidden: options.hidden, metaFields: options.metaFields, ...(skip ? { skip } : {}) });
  try {
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
  if (run.totals.skipped > 0) io.stderr.write(`newsextract: --resume: ${run.totals.skipped} article(s) already in ${printable(options.out!)} skipped\n`);
  if (signal?.aborted) io.stderr.write(`newsextract: stopped after ${done} article(s); output so far is complete and valid\n`);
  if (failures.length) return failed(failures, io);
  return signal?.aborted ? EXIT.interrupted : EXIT.ok;
}

interface CorpusOptions extends CommonOptions {
  format: 'table' | 'csv' | 'json';
  top: number;
  speaker?: string;
  entity?: string;
}

function parseCorpus(command: 'summary' | 'report', argv: string[]): CorpusOptions {
  const refused: Option[] = ['only', 'include-text', 'resume', 'help', ...(command === 'report' ? (['speaker', 'entity', 'bom'] as const) : [])];
  const { values, positionals } = parseWith(argv, { command, options: refused });
  if (positionals.length !== 1) throw new UsageError(`${command}: one input expected, got ${positionals.length}`);
  if (positionals[0] === '-') throw new UsageError(`${command} reads a directory, glob or file, not standard input`);
  const format = (values.format ?? 'table') as CorpusOptions['format'];
  if (command === 'summary' && !['table', 'csv', 'json'].includes(format)) throw new UsageError(`summary --format must be table, csv or json, got "${values.format}"`);
  if (command === 'summary' && values.out !== undefined) throw new UsageError('summary writes to standard output; redirect it to a file');
  if (command === 'summary' && values.bom && format !== 'csv') throw new UsageError('--bom is for summary --format csv');
  if (command === 'report' && !values.out) throw new UsageError('report needs --out DIR (the directory for index.html and the article pages)');
  if (command === 'report' && values.format !== undefined) throw new UsageError('report writes HTML; --format is for summary');
  for (const name of ['speaker', 'entity'] as const) if (values[name] !== undefined && !values[name].trim()) throw new UsageError(`--${name} needs a name`);
  const top = wholeNumber('top', values.top) ?? 10;
  return { ...common(values, positionals[0]!), format, top, ...(values.speaker ? { speaker: values.speaker } : {}), ...(values.entity ? { entity: values.entity } : {}) };
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
  const results: ArticleResult[] = [];
  try {
    const run = extractDirectory(found, { ...(workers ? { workers } : {}), includeText: command === 'report', hidden: options.hidden, metaFields: options.metaFields });
    for await (const record of run) {
      if (record.error) failures.push(failureLine(record.path, record.error.message));
      else if (writer) writer.add({ path: record.path, result: confidentQuotes(record.result, options.minConfidence), text: record.text ?? '' });
      else results.push({ article: record.path, result: confidentQuotes(record.result, options.minConfidence) });
      if (signal?.aborted) break;
    }
    skippedNote(found, io);
    if (signal?.aborted) {
      writer?.abandon();
      io.stderr.write(`newsextract: interrupted; ${writer ? `nothing written to ${printable(options.out!)}` : 'no summary printed'}\n`);
      return EXIT.interrupted;
    }
    if (writer) io.stderr.write(`newsextract: report written to ${printable(writer.finish(Math.max(options.top, 20)))}\n`);
    else {
      const summary = summarizeCorpus(results, options.top, { ...(options.speaker ? { speaker: options.speaker } : {}), ...(options.entity ? { entity: options.entity } : {}) });
      if ((options.speaker || options.entity) && summary.articles === 0) io.stderr.write(`newsextract: no article ${options.speaker ? `quotes ${printable(options.speaker)}` : `mentions ${printable(options.entity!)}`}${options.speaker && options.entity ? ` and mentions ${printable(options.entity)}` : ''}\n`);
      io.stdout.write(formatSummary(summary, options.format, { csvGuard: options.csvGuard, bom: options.bom }));
    }
  } catch (e) {
    writer?.abandon();
    throw e;
  }
  return failures.length ? failed(failures, io) : EXIT.ok;
}

