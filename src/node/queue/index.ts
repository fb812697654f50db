/**
 * newsextract/queue: one corpus extracted by worker processes on any number of machines, over a
 * Redis queue (BullMQ). `enqueueArticles` reads and queues, `runWorker` extracts and writes
 * shards, `queueStatus` counts, `retryFailed` gives failed articles another try,
 * `collectShards` merges the shards into the CLI's output.
 * Everything here touches the network and the disk: Node only.
 */
export { enqueueArticles, type AddOptions, type AddTotals } from './add.js';
export { runWorker, type WorkOptions, type WorkTotals, type ShardFailure } from './work.js';
export { queueStatus, type QueueStatus, type FailedArticle } from './status.js';
export { retryFailed } from './retry.js';
export { collectShards, type CollectOptions, type CollectTotals } from './collect.js';
export { QueueUnreachableError, type QueueOptions, type QueuedArticle } from './address.js';
export { TimeBudgetError } from '../pool.js';
export { OutputError } from '../output.js';
export { OutputConflictError } from '../guard.js';
