import Piscina from 'piscina';
import type { Extraction, ExtractOptions } from '../types.js';
import { loadArticles, type LoadedArticle, type LoadOptions } from './load.js';
import { checkLoadOptions, workerCount } from './options.js';
import type { FoundFiles } from './walk.js';

/** One article's outcome. Exactly one of `result` and `error` is set. */
export type DirectoryRecord =
  | { path: string; result: Extraction; url?: string; text?: string; error?: undefined }
  | { path: string; error: { reason: string; message: string }; result?: undefined };

export interface DirectoryOptions extends LoadOptions {
  /** Worker threads. Default, and at most: the machine's available cores. 1 runs in this thread. */
  workers?: number;
  /** Options passed to every `extract()` call. */
  extract?: ExtractOptions;
  /**
   * Put the text that was extracted, which the result's offsets index, into each record as
   * `text`. For HTML and JSON files that is the article text taken out of the page or record,
   * not the file. Default false.
   */
  includeText?: boolean;
}

/** Counts for a finished (or stopped) run. */
export interface Totals {
  read: number;
  extracted: number;
  failed: number;
}

/** An async iterable of records, in file order, with running totals. */
export interface DirectoryRun extends AsyncIterable<DirectoryRecord> {
  readonly totals: Totals;
}

/**
 * Extract every article under a directory, glob or file (or the files a `findFiles` walk
 * found) on a pool of worker threads.
 * Records come in a stable (sorted path) order whatever the number of workers; at most a
 * few articles per worker are in memory at once, so memory stays flat on any corpus size.
 *
 * @example
 * const run = extractDirectory('corpus/', { workers: 2 });
 * for await (const r of run) if (r.result) console.log(r.path, r.result.people.length);
 * console.log(run.totals); // { read, extracted, failed }
 */
export function extractDirectory(source: string | FoundFiles, options: DirectoryOptions = {}): DirectoryRun {
  checkLoadOptions(options, 'extractDirectory');
  const workers = workerCount(options.workers, 'extractDirectory');
  if (options.includeText !== undefined && typeof options.includeText !== 'boolean') throw new TypeError(`newsextract: extractDirectory(): options.includeText must be a boolean, got ${typeof options.includeText}`);
  if (options.extract !== undefined && (options.extract === null || typeof options.extract !== 'object')) throw new TypeError('newsextract: extractDirectory(): options.extract must be an object of extract() options');
  const totals: Totals = { read: 0, extracted: 0, failed: 0 };
  return {
    totals,
    async *[Symbol.asyncIterator]() {
      const pool = workers > 1 ? new Piscina({ filename: new URL('./worker.js', import.meta.url).href, minThreads: workers, maxThreads: workers }) : undefined;
      const inFlight: Promise<DirectoryRecord>[] = [];
      const window = workers * 16;
      try {
        for await (const article of loadArticles(source, options)) {
          totals.read++;
          inFlight.push(extractOne(article, options.extract ?? {}, pool, options.includeText === true));
          if (inFlight.length >= window) yield count(await inFlight.shift()!, totals);
        }
        while (inFlight.length > 0) yield count(await inFlight.shift()!, totals);
      } finally {
        await Promise.allSettled(inFlight);
        await pool?.destroy();
      }
    },
  };
}

let coreModule: Promise<typeof import('../extract.js')> | undefined;

/**
 * The extraction core (gazetteer, lexicons, tagger weights), loaded on first use: with worker
 * threads only the workers load it, and this thread reads files and hands out results.
 */
export function core(): Promise<typeof import('../extract.js')> {
  return (coreModule ??= import('../extract.js'));
}

function count(r: DirectoryRecord, totals: Totals): DirectoryRecord {
  if (r.error) totals.failed++;
  else totals.extracted++;
  return r;
}

async function extractOne(article: LoadedArticle, base: ExtractOptions, pool: Piscina | undefined, includeText: boolean): Promise<DirectoryRecord> {
  if (article.error) return { path: article.path, error: { reason: article.error.reason, message: article.error.message } };
  const options: ExtractOptions = { ...base };
  if (article.meta?.published && options.published === undefined) options.published = article.meta.published;
  try {
    const result = pool ? ((await pool.run({ text: article.text, options })) as Extraction) : (await core()).extract(article.text, options);
    if (article.meta?.title && !result.meta.title) result.meta.title = article.meta.title;
    return { path: article.path, result, ...(article.meta?.url ? { url: article.meta.url } : {}), ...(includeText ? { text: article.text } : {}) };
  } catch (e) {
    // A record's own `date` that is no calendar date fails here, in extract(): say where it came from.
    const fromRecord = article.meta?.published !== undefined && base.published === undefined && /options\.published/.test((e as Error).message) ? ' (the record\'s "date" field)' : '';
    return { path: article.path, error: { reason: 'extract', message: `newsextract: ${article.path}: ${(e as Error).message.replace(/^newsextract: /, '')}${fromRecord}` } };
  }
}
