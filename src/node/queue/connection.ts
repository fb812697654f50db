import { Queue, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { PREFIX, QueueUnreachableError, queueName, redisUrl, type QueueOptions, type QueuedArticle } from './address.js';

/** BullMQ's connection options for a URL. */
export function connectionOf(url: string): ConnectionOptions {
  return { url };
}

/**
 * Check that Redis answers before handing it to BullMQ, which would otherwise wait and retry
 * for ever: a wrong address is one line and exit 4, not a silent hang.
 */
export async function probe(url: string): Promise<void> {
  // disconnectTimeout 0: ioredis would otherwise hold the process 2 s after a refused connection.
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000, enableOfflineQueue: false, disconnectTimeout: 0 });
  // The socket's own error (`connect ECONNREFUSED 127.0.0.1:6379`) says more than connect()'s rejection.
  let cause: Error | undefined;
  client.on('error', (e: Error) => (cause ??= e));
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    throw new QueueUnreachableError(url, (cause ?? (e as Error)).message.split('\n')[0]!);
  } finally {
    client.disconnect();
  }
}

/** The queue, after {@link probe}. Close it when done. */
export async function openQueue(options: QueueOptions, fn: string): Promise<Queue<QueuedArticle>> {
  const url = redisUrl(options, fn);
  const name = queueName(options, fn);
  await probe(url);
  return new Queue<QueuedArticle>(name, { connection: connectionOf(url), prefix: PREFIX });
}

/** A plain Redis client (for the key above); BullMQ keeps its own connections. */
export function redisClient(url: string): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 3, disconnectTimeout: 0 });
  client.on('error', () => {}); // the commands' own rejections say what went wrong
  return client;
}
