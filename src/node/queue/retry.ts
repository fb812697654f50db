import type { QueueOptions } from './address.js';
import { openQueue } from './connection.js';
import { countsOf } from './status.js';

/**
 * Put every failed article back in the queue, with the text it was queued with, for one more
 * try: for failures that were the machine's, not the article's (a time budget run out on an
 * overloaded worker, a thread that ran out of memory). Returns how many went back.
 *
 * @example
 * const requeued = await retryFailed({ redis: 'redis://10.0.0.5:6379' });
 */
export async function retryFailed(options: QueueOptions = {}): Promise<number> {
  const queue = await openQueue(options, 'retryFailed()');
  try {
    const { failed } = await countsOf(queue);
    await queue.retryJobs({ state: 'failed' });
    return failed - (await countsOf(queue)).failed;
  } finally {
    await queue.close();
  }
}
