import type { Extraction, ExtractOptions } from '../types.js';
import type { LoadedArticle } from './load.js';
import { TimeBudgetError } from './pool.js';

/** One article's outcome. Exactly one of `result` and `error` is set. */
export type DirectoryRecord =
  | { path: string; result: Extraction; url?: string; text?: string; error?: undefined }
  | { path: string; error: { reason: string; message: string }; result?: undefined };

/** How {@link extractArticle} runs. */
export interface ArticleRun {
  /** Options for every `extract()` call; an article's own date fills `published` when it is not set here. */
  base: ExtractOptions;
  /** Where extraction happens: a thread of a pool, or this thread. */
  extract: (text: string, options: ExtractOptions) => Promise<Extraction>;
  includeText: boolean;
}

/**
 * Extract one loaded article into the record the CLI writes: the file's own metadata (a
 * record's title, url, date and named fields, a page's title) over what extraction detected.
 * The directory run and the queue's workers both go through here, so their records agree byte
 * for byte. Nothing throws: an article that cannot be extracted (a record's date that names
 * no day, a time budget run out, a thread that died) is an error record.
 */
export async function extractArticle(article: LoadedArticle, run: ArticleRun): Promise<DirectoryRecord> {
  if (article.error) return { path: article.path, error: { reason: article.error.reason, message: article.error.message } };
  const options: ExtractOptions = { ...run.base };
  if (article.meta?.published && options.published === undefined) options.published = article.meta.published;
  let result: Extraction;
  try {
    result = await run.extract(article.text, options);
  } catch (e) {
    // A record's own `date` that is no calendar date fails here, in extract(): say where it came from.
    const message = (e as Error).message ?? String(e);
    const fromRecord = article.meta?.published !== undefined && run.base.published === undefined && /options\.published/.test(message) ? ' (the record\'s "date" field)' : '';
    const reason = e instanceof TimeBudgetError ? 'time-budget' : 'extract';
    return { path: article.path, error: { reason, message: `newsextract: ${article.path}: ${message.replace(/^newsextract: /, '')}${fromRecord}` } };
  }
  if (article.meta) {
    const { published: _anchor, ...carried } = article.meta;
    result.meta = { ...result.meta, ...carried };
  }
  return { path: article.path, result, ...(article.meta?.url ? { url: article.meta.url } : {}), ...(run.includeText ? { text: article.text } : {}) };
}
