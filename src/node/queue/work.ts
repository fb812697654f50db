import { hostname } from 'node:os';
import { join } from 'node:path';
import { MetricsTime, Queue, Worker, type Job } from 'bullmq';
import type { ExtractOptions } from '../../types.js';
import { extractArticle, type ArticleRun } from '../article.js';
import { checkShardFolder } from '../guard.js';
import { workerCount } from '../options.js';
import { OutputError, OutputStream } from '../output.js';
import { ExtractionPool } from '../pool.js';
import { FIELDS, openSink, type Field } from '../sinks.js';
import { addingKey, PREFIX, queueName, redisUrl, type QueueOptions, type QueuedArticle } from './address.js';
import { connectionOf, probe, redisClient } from './connection.js';
import { countsOf } from './status.js';

/** Options of {@link runWorker}. */
export interface WorkOptions extends QueueOptions {
  /** The folder for this worker's shards (`results-HOST-PID-TIME.jsonl`, and `failures-….jsonl` when an article fails for good). Created if missing. */
  out: string;
  /** Threads extracting at once (each with a second article taken, ready). Default, and at most: the machine's cores. */
  concurrency?: number;
  /** Return once nothing is waiting or active in the queue and no `enqueueArticles` is adding to it (else run until `signal`). */
  untilEmpty?: boolean;
  /** Seconds one article may take before its thread is stopped and the try fails. Default 300. */
  timeoutSeconds?: number;
  /**
   * Seconds after which an article held by a worker that stopped answering (killed, machine
   * down) is given to another. Default 30. The worker renews its hold every half of it.
   */
  stallSeconds?: number;
  /** Options for every `extract()` call. */
  extract?: ExtractOptions;
  /** As the CLI's `--only`, `--include-text` and `--min-confidence`. */
  only?: readonly Field[];
  includeText?: boolean;
  minConfidence?: number;
  /** Stop taking articles; those in hand are finished and written. */
  signal?: AbortSignal;
  /** Told of each article that failed for good (its last try), after it is written to the failures shard. */
  onFailure?: (failure: ShardFailure) => void;
  /** Told of connection trouble BullMQ reports (it reconnects by itself). */
  onError?: (error: Error) => void;
}

/** A line of a failures shard: an article that failed every try. */
export interface ShardFailure {
  path: string;
  reason: string;
  attempts: number;
}

/** What one worker did. */
export interface WorkTotals {
  /** The results shard it wrote. */
  shard: string;
  completed: number;
  /** Tries that failed and were put back for a retry. */
  retried: number;
  failed: number;
  /** True when `signal` stopped it. */
  stopped: boolean;
}

const SHARD_NAME = /[^\w.-]+/g;

/**
 * The worker's failures shard, opened on the first article that fails for good. Redis keeps
 * each failure and its reason too (`queue status` lists them): the file is a convenience, so a
 * write error here is reported, not fatal.
 */
class FailureShard {
  private out: OutputStream | undefined;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly path: string,
    private readonly onError: ((e: Error) => void) | undefined,
  ) {}

  record(failure: ShardFailure, then: (f: ShardFailure) => void = () => {}): void {
    const done = (async () => {
      try {
        this.out ??= OutputStream.file(this.path, { append: true });
        await this.out.write(`${JSON.stringify(failure)}\n`);
        await this.out.sync();
      } catch (e) {
        this.onError?.(e as Error);
      }
      then(failure);
    })();
    this.pending.add(done);
    void done.then(() => this.pending.delete(done));
  }

  async close(): Promise<void> {
    await Promise.all(this.pending);
    await this.out?.close();
  }
}

/**
 * A worker process's loop: take articles from the queue, extract each on a thread of this
 * machine, append its record to this worker's shard in `out` (on the disk before the job is
 * marked done), and let BullMQ remove the job. Delivery is at least once: a worker killed after
 * writing a record but before marking it done leaves the article to another worker, and
 * `collectShards` keeps one record per article. An article that throws, or runs past
 * `timeoutSeconds`, fails that try; after its last try it is kept in Redis as failed with
 * its reason and written to the failures shard. Resolves when the queue is empty
 * (`untilEmpty`) or `signal` fires; rejects with `OutputError` when the shard cannot be
 * written (the article in hand fails its try and goes to another worker).
 *
 * @example
 * const totals = await runWorker({ redis: 'redis://10.0.0.5:6379', out: 'shards/', untilEmpty: true });
 */
export async function runWorker(options: WorkOptions): Promise<WorkTotals> {
  const url = redisUrl(options, 'runWorker()');
  const name = queueName(options, 'runWorker()');
  const threads = workerCount(options.concurrency, 'runWorker()');
  const budget = options.timeoutSeconds ?? 300;
  const stall = options.stallSeconds ?? 30;
  for (const [key, v] of [['timeoutSeconds', budget], ['stallSeconds', stall]] as const) if (typeof v !== 'number' || !(v > 0)) throw new TypeError(`newsextract: runWorker(): options.${key} must be a number of seconds > 0, got ${JSON.stringify(v)}`);
  if (typeof options.out !== 'string' || options.out === '') throw new TypeError('newsextract: runWorker(): options.out must be the folder for the shards');
  checkShardFolder(options.out);
  await probe(url);

  const stem = `${hostname().replace(SHARD_NAME, '_')}-${process.pid}-${Date.now().toString(36)}`;
  const shard = join(options.out, `results-${stem}.jsonl`);
  const sink = openSink({ format: 'jsonl', out: shard, only: options.only ?? FIELDS, includeText: options.includeText === true, csvGuard: true, minConfidence: options.minConfidence ?? 0, append: true });
  const failures = new FailureShard(join(options.out, `failures-${stem}.jsonl`), options.onError);
  const pool = new ExtractionPool(threads, { warm: true });
  const run: ArticleRun = { base: options.extract ?? {}, extract: (text, o) => pool.run(text, o, budget), includeText: options.includeText === true };
  const totals: WorkTotals = { shard, completed: 0, retried: 0, failed: 0, stopped: false };
  let fatal: OutputError | undefined;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));

  const processor = async (job: Job<QueuedArticle>) => {
    const { path, text, meta } = job.data;
    const record = await extractArticle({ path, text, ...(meta ? { meta } : {}) }, run);
    // The try fails with the article's reason; BullMQ retries it, then keeps it as failed.
    if (record.error) throw new Error(record.error.message.replace(/^newsextract: /, '').replace(`${path}: `, ''));
    try {
      await sink.write(record);
      await sink.sync();
    } catch (e) {
      // The record may not be on the disk: the try fails (another worker takes the article) and this worker stops.
      if (e instanceof OutputError) {
        fatal ??= e;
        finish();
      }
      throw e;
    }
  };
  const worker = new Worker<QueuedArticle>(name, processor, {
    connection: connectionOf(url),
    prefix: PREFIX,
    // Two articles per thread: while one is written and finished in Redis, the thread already extracts the next
    // (a time budget starts only when a thread starts an article, so waiting its turn costs it nothing).
    concurrency: threads * 2,
    lockDuration: stall * 1000,
    stalledInterval: stall * 1000,
    // A job whose worker died under it three times is more likely the cause than the victim: it fails then.
    maxStalledCount: 2,
    // Counts completed jobs for `status`, since the jobs themselves are removed.
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
    removeOnComplete: { count: 0 },
  });
  worker.on('completed', () => totals.completed++);
  worker.on('failed', (job, error) => {
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) {
      totals.retried++;
      return;
    }
    totals.failed++;
    failures.record({ path: job.data.path, reason: error.message, attempts: job.attemptsMade }, options.onFailure);
  });
  worker.on('error', (e) => options.onError?.(e));

  const onAbort = () => {
    totals.stopped = true;
    finish();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();
  // --until-empty: look every second; done when nothing waits or runs and no `add` is still filling the queue.
  const watcher = options.untilEmpty ? { queue: new Queue(name, { connection: connectionOf(url), prefix: PREFIX }), redis: redisClient(url) } : undefined;
  const poll = watcher
    ? setInterval(() => {
        countsOf(watcher.queue)
          .then(async (s) => {
            if (s.waiting === 0 && s.active === 0 && (await watcher.redis.exists(addingKey(name))) === 0) finish();
          })
          .catch((e: Error) => options.onError?.(e));
      }, 1000)
    : undefined;
  try {
    await finished;
  } finally {
    clearInterval(poll);
    options.signal?.removeEventListener('abort', onAbort);
    // Finishes the articles in hand (their records are written) and takes no more.
    await worker.close();
    await watcher?.queue.close();
    watcher?.redis.disconnect();
    await pool.destroy();
    await sink.close();
    await failures.close();
  }
  if (fatal) throw fatal;
  return totals;
}
