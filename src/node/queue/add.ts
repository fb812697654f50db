import { setTimeout as sleep } from 'node:timers/promises';
import type { JobsOptions } from 'bullmq';
import { loadArticles, type LoadOptions } from '../load.js';
import { checkLoadOptions } from '../options.js';
import type { FoundFiles } from '../walk.js';
import { QueueUnreachableError, addingKey, jobIdOf, redisUrl, type QueueOptions, type QueuedArticle } from './address.js';
import { openQueue, redisClient } from './connection.js';

/** Options of {@link enqueueArticles}: where the queue is, how articles are read, how hard to try each. */
export interface AddOptions extends QueueOptions, LoadOptions {
  /** Tries per article before it is kept as failed, with its reason (1 s, 2 s, 4 s… between tries). Default 3. */
  attempts?: number;
  /**
   * Articles waiting in Redis (their text is held there) at most: adding pauses until workers
   * take some, so a corpus larger than Redis's memory can be queued. Default 10,000.
   */
  maxWaiting?: number;
  /** Stop adding (Ctrl-C); what was added stays queued. */
  signal?: AbortSignal;
}

/** What {@link enqueueArticles} did. */
export interface AddTotals {
  /** Articles handed to the queue (one already queued under the same path is not queued twice). */
  queued: number;
  /** Files and records that could not be read, with why; the rest were queued. */
  failed: { path: string; reason: string; message: string }[];
  /** True when `signal` stopped it before the end. */
  stopped: boolean;
}

const BATCH = 200;

/**
 * Read articles as the CLI does (a directory, glob or file, or a `findFiles` walk) and queue
 * one job per article, carrying its text and the file's metadata. The job's id is derived from
 * the article's path, so adding the same input again, or after an interruption, queues nothing
 * twice while its job is waiting, running, or kept as failed (a finished job is removed from
 * Redis with its text, so an article added after it finished runs again, and `collect` keeps
 * one result).
 *
 * @example
 * const { queued, failed } = await enqueueArticles('corpus/', { redis: 'redis://10.0.0.5:6379' });
 */
export async function enqueueArticles(source: string | FoundFiles, options: AddOptions = {}): Promise<AddTotals> {
  checkLoadOptions(options, 'enqueueArticles');
  const attempts = options.attempts ?? 3;
  const maxWaiting = options.maxWaiting ?? 10_000;
  if (!Number.isInteger(attempts) || attempts < 1) throw new TypeError(`newsextract: enqueueArticles(): options.attempts must be a whole number ≥ 1, got ${JSON.stringify(attempts)}`);
  if (!Number.isInteger(maxWaiting) || maxWaiting < 1) throw new TypeError(`newsextract: enqueueArticles(): options.maxWaiting must be a whole number ≥ 1, got ${JSON.stringify(maxWaiting)}`);
  const queue = await openQueue(options, 'enqueueArticles()');
  const url = redisUrl(options, 'enqueueArticles()');
  const marker = redisClient(url);
  const adding = addingKey(queue.name);
  const hold = () => marker.set(adding, String(process.pid), 'EX', 30);
  const holding = setInterval(() => void hold().catch(() => {}), 10_000);
  const job: JobsOptions = { attempts, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: true, removeOnFail: false };
  const totals: AddTotals = { queued: 0, failed: [], stopped: false };
  let batch: QueuedArticle[] = [];
  const flush = async () => {
    try {
      // Backpressure: wait while Redis holds as many articles as it may.
      for (;;) {
        const counts = await queue.getJobCounts('wait', 'prioritized', 'delayed');
        if (Object.values(counts).reduce((n, v) => n + v, 0) + batch.length <= maxWaiting || options.signal?.aborted) break;
        await sleep(500);
      }
      await queue.addBulk(batch.map((data) => ({ name: 'article', data, opts: { ...job, jobId: jobIdOf(data.path) } })));
    } catch (e) {
      // Redis went away mid-run: what was queued stays, and adding the same input again continues.
      throw new QueueUnreachableError(url, (e as Error).message);
    }
    totals.queued += batch.length;
    batch = [];
  };
  try {
    await hold().catch((e: Error) => {
      throw new QueueUnreachableError(url, e.message);
    });
    for await (const article of loadArticles(source, options)) {
      if (options.signal?.aborted) {
        totals.stopped = true;
        break;
      }
      if (article.error) {
        totals.failed.push({ path: article.path, reason: article.error.reason, message: article.error.message });
        continue;
      }
      batch.push({ path: article.path, text: article.text, ...(article.meta ? { meta: article.meta as Record<string, string> } : {}) });
      if (batch.length >= Math.min(BATCH, maxWaiting)) await flush();
    }
    if (batch.length > 0 && !totals.stopped) await flush();
  } finally {
    clearInterval(holding);
    await marker.del(adding).catch(() => {});
    marker.disconnect();
    await queue.close();
  }
  return totals;
}
