import { createHash } from 'node:crypto';

/**
 * Where a queue is and what its jobs hold: checked addresses, names and keys, without loading
 * BullMQ or a Redis client (so the CLI checks a command line before it loads them).
 */

/** Where the queue lives: the Redis server and the queue's name on it. */
export interface QueueOptions {
  /** `redis://[user:password@]host:port[/db]` (or `rediss://` for TLS). Default: `$NEWSEXTRACT_REDIS`, else `redis://127.0.0.1:6379`. */
  redis?: string;
  /** The queue's name, so that several corpora can share one Redis. Default `newsextract`. */
  queue?: string;
}

/** The job one article becomes: everything a worker on another machine needs to extract it as the CLI would. */
export interface QueuedArticle {
  /** The path as `queue add` was given it (`corpus/a.txt`, `corpus/b.jsonl#3`): the record's `path`, and its id in the queue. */
  path: string;
  text: string;
  /** What the file said about the article (see `LoadedArticle.meta`). */
  meta?: Record<string, string>;
}

/** Redis could not be reached (or refused us): exit 4, one line. */
export class QueueUnreachableError extends Error {
  constructor(url: string, reason: string) {
    super(`newsextract: cannot reach the queue at ${shownUrl(url)}: ${reason}`);
    this.name = 'QueueUnreachableError';
  }
}

export const DEFAULT_QUEUE = 'newsextract';
// Keys `newsextract:<queue>:…`, apart from other BullMQ users of the same Redis.
export const PREFIX = 'newsextract';

/** The Redis URL to use, checked. */
export function redisUrl(options: QueueOptions, fn: string): string {
  const url = options.redis ?? process.env.NEWSEXTRACT_REDIS ?? 'redis://127.0.0.1:6379';
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !['redis:', 'rediss:'].includes(parsed.protocol) || !parsed.hostname) throw new TypeError(`newsextract: ${fn}: options.redis must be a redis:// or rediss:// URL with a host, got ${JSON.stringify(url)}`);
  return url;
}

/** The queue's name, checked. */
export function queueName(options: QueueOptions, fn: string): string {
  const name = options.queue ?? DEFAULT_QUEUE;
  if (typeof name !== 'string' || !/^[\w.-]{1,100}$/.test(name)) throw new TypeError(`newsextract: ${fn}: options.queue must be a name of letters, digits, '.', '_' or '-', got ${JSON.stringify(name)}`);
  return name;
}

/** The URL with its password hidden, for messages. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return url;
  }
}

/**
 * The key `queue add` holds while it runs (refreshed, so a killed add lets go within 30 s):
 * `work --until-empty` does not take a queue that add is still filling, and found empty for a
 * moment, for finished.
 */
export function addingKey(name: string): string {
  return `${PREFIX}:${name}:newsextract-adding`;
}

/**
 * An article's job id: a hash of its path, so adding the same article again finds its job
 * (BullMQ ignores a job whose id is queued already) and ids never hold `:` (which BullMQ refuses).
 */
export function jobIdOf(path: string): string {
  return `a-${createHash('sha256').update(path).digest('hex').slice(0, 40)}`;
}
