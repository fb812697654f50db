import { parseArgs } from 'node:util';
import { EXIT, SHARED_OPTIONS, UsageError, capWorkers, failed, failureLine, parseConfidence, parseFormat, parseMetaFields, parseOnly, skippedNote, walkInput, wholeNumber, type CliIO } from '../command.js';
import { printable } from '../terminal.js';
import { QueueUnreachableError, queueName, redisUrl, shownUrl } from './address.js';

export const QUEUE_HELP = `newsextract queue — one corpus, extracted by worker processes on any number of machines

Usage:
  newsextract queue add <dir|glob|file>  [--redis URL] [--queue NAME] [--meta LIST] [--hidden] [--attempts N] [--max-waiting N]
  newsextract queue work --out DIR  [--redis URL] [--queue NAME] [--concurrency N] [--until-empty]
                                    [--timeout SECONDS] [--stall-timeout SECONDS] [--only LIST] [--include-text] [--min-confidence X]
  newsextract queue status  [--redis URL] [--queue NAME] [--json]
  newsextract queue retry   [--redis URL] [--queue NAME]
  newsextract queue collect DIR --out FILE  [--format jsonl|json|csv] [--bom] [--no-csv-guard] [--allow-output-in-input]

Commands:
  add      read articles as newsextract does and queue one job per article (its text and the
           file's metadata), under an id made from its path: adding the same input again
           queues nothing twice while its jobs are waiting, running or failed. Pauses while
           --max-waiting articles (default 10000) wait, so Redis never holds the whole corpus.
  work     take articles from the queue and extract them on --concurrency threads (default:
           the cores here), appending each record to this worker's shard in DIR
           (results-HOST-PID-TIME.jsonl) before the job is done; the job is then removed from
           Redis. Run one per machine, as many machines as you like. An article that fails or
           runs past --timeout (default 300 s) is tried --attempts times (set by add), then
           kept as failed with its reason (also in DIR/failures-….jsonl). A killed worker's
           articles go to another after --stall-timeout (default 30 s).
  status   waiting, active, completed and failed articles (--json: one object with those
           keys), and the first failed articles with their reasons
  retry    put every failed article back in the queue for one more try (for failures of the
           machine, not the article: a time budget run out on an overloaded worker)
  collect  merge the shards below DIR (copy each machine's folder in) into FILE: one record per
           article, sorted, byte for byte what newsextract over the same input writes

Options:
  --redis    the Redis server: redis://[user:password@]host:port[/db] (default: $NEWSEXTRACT_REDIS,
             else redis://127.0.0.1:6379); every machine must reach it
  --queue    the queue's name (default newsextract): several corpora can share one Redis
  --until-empty
             work: exit 0 once nothing is waiting or active (start it after add has finished)
  --json     status: one JSON object {waiting, active, completed, failed}
  (the others as for newsextract itself: newsextract --help)

Exit codes: 0 done; 1 some files (add) or articles (collect) failed; 2 usage error; 3 the output
could not be written; 4 Redis could not be reached; 130 interrupted (work finishes the articles
in hand first).

Example (one Redis at 10.0.0.5; shards copied to one place before collect):
  newsextract queue add corpus/ --redis redis://10.0.0.5:6379
  newsextract queue work --redis redis://10.0.0.5:6379 --out shards/ --until-empty   # on each machine
  newsextract queue status --redis redis://10.0.0.5:6379
  newsextract queue collect shards/ --out results.jsonl
`;

const OPTIONS = {
  ...SHARED_OPTIONS,
  redis: { type: 'string' },
  queue: { type: 'string' },
  attempts: { type: 'string' },
  'max-waiting': { type: 'string' },
  concurrency: { type: 'string' },
  'until-empty': { type: 'boolean' },
  timeout: { type: 'string' },
  'stall-timeout': { type: 'string' },
  json: { type: 'boolean' },
} as const;

type Option = keyof typeof OPTIONS;

// The options each command takes (besides --help).
const TAKES: Record<'add' | 'work' | 'status' | 'retry' | 'collect', Option[]> = {
  add: ['redis', 'queue', 'meta', 'hidden', 'attempts', 'max-waiting'],
  work: ['redis', 'queue', 'out', 'concurrency', 'until-empty', 'timeout', 'stall-timeout', 'only', 'include-text', 'min-confidence'],
  status: ['redis', 'queue', 'json'],
  retry: ['redis', 'queue'],
  collect: ['out', 'format', 'bom', 'no-csv-guard', 'allow-output-in-input'],
};

/** Seconds, a positive number written as a decimal. */
function seconds(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$/.test(value) || Number(value) <= 0) throw new UsageError(`--${option} takes seconds (a number > 0), got "${value}"`);
  return Number(value);
}

/** `newsextract queue …`: returns the exit code. The commands' code (and BullMQ with it) loads once the command line is checked. */
export async function queueCommand(argv: string[], io: CliIO, signal?: AbortSignal): Promise<number> {
  const command = argv[0] as keyof typeof TAKES | '--help' | '-h';
  if (command === '--help' || command === '-h') {
    io.stdout.write(QUEUE_HELP);
    return EXIT.ok;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv.slice(1), allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(`queue ${command}: ${(e as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(QUEUE_HELP);
    return EXIT.ok;
  }
  for (const o of Object.keys(values) as Option[]) if (o !== 'help' && !TAKES[command].includes(o)) throw new UsageError(`--${o} does not apply to queue ${command}`);
  const expected = command === 'add' || command === 'collect' ? 1 : 0;
  if (positionals.length !== expected) throw new UsageError(expected ? `queue ${command}: one ${command === 'add' ? 'input' : 'folder of shards'} expected, got ${positionals.length}` : `queue ${command} takes no input, got ${positionals.join(' ')}`);
  // Redis options are checked here, so a bad URL is a usage error rather than a TypeError.
  const where = { ...(values.redis !== undefined ? { redis: values.redis } : {}), ...(values.queue !== undefined ? { queue: values.queue } : {}) };
  if (command !== 'collect') {
    try {
      redisUrl(where, 'queue');
      queueName(where, 'queue');
    } catch (e) {
      throw new UsageError((e as Error).message.replace(/^newsextract: queue: options\./, '--'));
    }
  }
  try {
    if (command === 'add') return await add(positionals[0]!, values, where, io, signal);
    if (command === 'work') return await work(values, where, io, signal);
    if (command === 'status') return await status(values.json === true, where, io);
    if (command === 'retry') {
      const { retryFailed } = await import('./retry.js');
      io.stderr.write(`newsextract: ${await retryFailed(where)} failed article(s) queued again\n`);
      return EXIT.ok;
    }
    return await collect(positionals[0]!, values, io, signal);
  } catch (e) {
    if (!(e instanceof QueueUnreachableError)) throw e;
    io.stderr.write(`${printable(e.message)}\n`);
    return EXIT.queue;
  }
}

type Values = { [K in Option]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };
type Where = { redis?: string; queue?: string };

async function add(input: string, values: Values, where: Where, io: CliIO, signal?: AbortSignal): Promise<number> {
  const hidden = values.hidden === true;
  const attempts = wholeNumber('attempts', values.attempts);
  const maxWaiting = wholeNumber('max-waiting', values['max-waiting']);
  const metaFields = parseMetaFields(values.meta);
  if (input === '-') throw new UsageError('queue add reads a directory, glob or file, not standard input');
  const found = await walkInput({ input, hidden }, io);
  if (typeof found === 'number') return found;
  const { enqueueArticles } = await import('./add.js');
  const totals = await enqueueArticles(found, { ...where, hidden, metaFields, ...(attempts ? { attempts } : {}), ...(maxWaiting ? { maxWaiting } : {}), ...(signal ? { signal } : {}) });
  skippedNote(found, io);
  io.stderr.write(`newsextract: queued ${totals.queued} article(s) on "${printable(where.queue ?? 'newsextract')}" at ${printable(shownUrl(redisUrl(where, 'queue')))}\n`);
  if (totals.stopped) {
    io.stderr.write('newsextract: interrupted; the articles queued so far stay queued (add the same input again to queue the rest)\n');
    return EXIT.interrupted;
  }
  return totals.failed.length ? failed(totals.failed.map((f) => failureLine(f.path, f.message)), io) : EXIT.ok;
}

async function work(values: Values, where: Where, io: CliIO, signal?: AbortSignal): Promise<number> {
  if (!values.out) throw new UsageError('queue work needs --out DIR (the folder for this worker\'s shards)');
  const requested = wholeNumber('concurrency', values.concurrency);
  const concurrency = capWorkers(requested, io, 'concurrency');
  const timeoutSeconds = seconds('timeout', values.timeout);
  const stallSeconds = seconds('stall-timeout', values['stall-timeout']);
  const only = parseOnly(values.only);
  const errors = new Set<string>();
  const { runWorker } = await import('./work.js');
  const totals = await runWorker({
    ...where,
    out: values.out,
    ...(concurrency ? { concurrency } : {}),
    untilEmpty: values['until-empty'] === true,
    ...(timeoutSeconds ? { timeoutSeconds } : {}),
    ...(stallSeconds ? { stallSeconds } : {}),
    only,
    includeText: values['include-text'] === true,
    minConfidence: parseConfidence(values['min-confidence']),
    ...(signal ? { signal } : {}),
    onFailure: (f) => io.stderr.write(`newsextract: failed after ${f.attempts} tries: ${failureLine(f.path, f.reason)}\n`),
    // Connection trouble repeats while Redis is away: say each kind once.
    onError: (e) => {
      if (errors.has(e.message)) return;
      errors.add(e.message);
      io.stderr.write(`newsextract: queue: ${printable(e.message)}\n`);
    },
  });
  io.stderr.write(`newsextract: worker ${totals.stopped ? 'stopped' : 'done'}: ${totals.completed} article(s) written to ${printable(totals.shard)}, ${totals.failed} failed${totals.retried ? ` (and ${totals.retried} failed tr${totals.retried === 1 ? 'y' : 'ies'} put back for a retry)` : ''}\n`);
  return totals.stopped ? EXIT.interrupted : EXIT.ok;
}

async function status(json: boolean, where: Where, io: CliIO): Promise<number> {
  const { queueStatus } = await import('./status.js');
  const s = await queueStatus(where, json ? 0 : 20);
  if (json) {
    io.stdout.write(`${JSON.stringify({ waiting: s.waiting, active: s.active, completed: s.completed, failed: s.failed })}\n`);
    return EXIT.ok;
  }
  const rows = (['waiting', 'active', 'completed', 'failed'] as const).map((k) => `${k.padEnd(10)} ${s[k]}`);
  const listed = s.failures.map((f) => `  ${failureLine(f.path, f.reason)} (${f.attempts} tries)`);
  io.stdout.write(`${rows.join('\n')}\n${listed.length ? `failed articles${s.failed > listed.length ? ` (first ${listed.length})` : ''}:\n${listed.join('\n')}\n` : ''}`);
  return EXIT.ok;
}

async function collect(dir: string, values: Values, io: CliIO, signal?: AbortSignal): Promise<number> {
  if (!values.out) throw new UsageError('queue collect needs --out FILE');
  const format = parseFormat(values.format);
  if (values.bom && format !== 'csv') throw new UsageError('--bom is for --format csv');
  const { collectShards } = await import('./collect.js');
  const totals = await collectShards(dir, { out: values.out, format, bom: values.bom === true, csvGuard: values['no-csv-guard'] !== true, allowOutputInInput: values['allow-output-in-input'] === true, ...(signal ? { signal } : {}) });
  if (totals.shards === 0) {
    io.stderr.write(`newsextract: no shards (results-*.jsonl) below ${printable(dir)}\n`);
    return EXIT.usage;
  }
  if (totals.stopped) {
    io.stderr.write(`newsextract: interrupted; ${printable(values.out)} is incomplete (run collect again)\n`);
    return EXIT.interrupted;
  }
  const notes = [
    `${totals.records} article(s) from ${totals.shards} shard(s) written to ${printable(values.out)}`,
    totals.duplicates ? `${totals.duplicates} duplicate(s) from retried jobs dropped${totals.differing ? ` (${totals.differing} differed from the record kept)` : ''}` : '',
    totals.incomplete ? `${totals.incomplete} half-written last line(s) of killed workers skipped` : '',
  ].filter(Boolean);
  io.stderr.write(`newsextract: ${notes.join('; ')}\n`);
  const problems = [...totals.failed.map((f) => failureLine(f.path, f.reason)), ...totals.skipped.map((c) => `${printable(c)}; left out`)];
  return problems.length ? failed(problems, io) : EXIT.ok;
}
