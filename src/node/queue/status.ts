import type { Queue } from 'bullmq';
import type { QueueOptions } from './address.js';
import { openQueue } from './connection.js';

/** How far a queued corpus is. */
export interface QueueStatus {
  /** Articles not started yet, including those waiting for a retry. */
  waiting: number;
  /** Articles a worker holds now (a killed worker's stay here until their lock expires, then wait again). */
  active: number;
  /** Articles whose result a worker has written (counted by BullMQ's metrics: the jobs themselves are removed). */
  completed: number;
  /** Articles that failed every try; kept in Redis with their reason. */
  failed: number;
}

/** One article that failed every try. */
export interface FailedArticle {
  path: string;
  reason: string;
  attempts: number;
}

/**
 * Counts of the queue's articles by state; with `failures`, also up to that many failed
 * articles with their reasons.
 *
 * @example
 * const { waiting, active, completed, failed } = await queueStatus({ redis: 'redis://10.0.0.5:6379' });
 */
export async function queueStatus(options: QueueOptions = {}, failures = 0): Promise<QueueStatus & { failures: FailedArticle[] }> {
  const queue = await openQueue(options, 'queueStatus()');
  try {
    const failed = failures > 0 ? await queue.getFailed(0, failures - 1) : [];
    return { ...(await countsOf(queue)), failures: failed.map((j) => ({ path: j.data.path, reason: j.failedReason, attempts: j.attemptsMade })) };
  } finally {
    await queue.close();
  }
}

/** {@link QueueStatus} of an open queue. */
export async function countsOf(queue: Queue): Promise<QueueStatus> {
  const counts = await queue.getJobCounts('wait', 'prioritized', 'delayed', 'waiting-children', 'active', 'failed');
  const completed = (await queue.getMetrics('completed', 0, 0)).meta.count;
  return {
    waiting: (counts.wait ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0) + (counts['waiting-children'] ?? 0),
    active: counts.active ?? 0,
    completed,
    failed: counts.failed ?? 0,
  };
}
