import type { ExtractOptions } from '../types.js';
import { extractArticle, type ArticleRun, type DirectoryRecord } from './article.js';
import { loadArticles, type LoadOptions } from './load.js';
import { checkLoadOptions, workerCount } from './options.js';
import { ExtractionPool } from './pool.js';
import type { FoundFiles } from './walk.js';

export type { DirectoryRecord } from './article.js';

let coreModule: Promise<typeof import('../extract.js')> | undefined;

/**
 * The extraction core (gazetteer, lexicons, tagger weights), loaded on first use: with worker
 * threads only the workers load it, and this thread reads files and hands out results.
 */
export function core(): Promise<typeof import('../extract.js')> {
  return (coreModule ??= import('../extract.js'));
}

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
  /**
   * Article paths not to extract (`a.txt`, `b.jsonl#3`), such as those an earlier run already
   * wrote: their files are not read (a JSONL file is, for its other lines), and they yield no
   * record. Counted in `totals.skipped`.
   */
  skip?: ReadonlySet<string>;
}

/** Counts for a finished (or stopped) run. */
export interface Totals {
  read: number;
  extracted: number;
  failed: number;
  /** Articles left out because `skip` named them. */
  skipped: number;
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
 * console.log(run.totals); // { read, extracted, failed, skipped }
 */
export function extractDirectory(source: string | FoundFiles, options: DirectoryOptions = {}): DirectoryRun {
  checkLoadOptions(options, 'extractDirectory');
  const workers = workerCount(options.workers, 'extractDirectory');
  if (options.includeText !== undefined && typeof options.includeText !== 'boolean') throw new TypeError(`newsextract: extractDirectory(): options.includeText must be a boolean, got ${typeof options.includeText}`);
  if (options.extract !== undefined && (options.extract === null || typeof options.extract !== 'object')) throw new TypeError('newsextract: extractDirectory(): options.extract must be an object of extract() options');
  if (options.skip !== undefined && !(options.skip instanceof Set)) throw new TypeError('newsextract: extractDirectory(): options.skip must be a Set of article paths');
  const skip = options.skip ?? new Set<string>();
  const totals: Totals = { read: 0, extracted: 0, failed: 0, skipped: 0 };
  return {
    totals,
    async *[Symbol.asyncIterator]() {
      let input = source;
      if (typeof source !== 'string' && skip.size > 0) {
        const files = source.files.filter((f) => !skip.has(f));
        totals.skipped += source.files.length - files.length;
        input = { ...source, files };
      }
      const pool = workers > 1 ? new ExtractionPool(workers) : undefined;
      const run: ArticleRun = {
        base: options.extract ?? {},
        extract: pool ? (text, o) => pool.run(text, o) : async (text, o) => (await core()).extract(text, o),
        includeText: options.includeText === true,
      };
      const inFlight: Promise<DirectoryRecord>[] = [];
      const window = workers * 16;
      try {
        for await (const article of loadArticles(input, options)) {
          if (skip.has(article.path)) {
            totals.skipped++;
            continue;
          }
          totals.read++;
          inFlight.push(extractArticle(article, run));
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

function count(r: DirectoryRecord, totals: Totals): DirectoryRecord {
  if (r.error) totals.failed++;
  else totals.extracted++;
  return r;
}
