import type { Extraction, ExtractOptions } from './types.js';
import { runPipeline } from './pipeline.js';
import { WINDOW_CHARS, extractInWindows } from './windows.js';
import { emptyExtraction } from './empty.js';
import { describe } from './validate.js';
import { isoPublished } from './recognize/dates.js';

export { emptyExtraction };

/**
 * Read one news article and return its people, organizations, places, dates and quotes,
 * each grounded by character offsets into `text`.
 *
 * Pure: no file system, no network; runs in Node, Deno, browsers and notebooks.
 * Linear in the length of the text; texts over 250,000 characters are read in windows, so
 * memory stays bounded (see docs/robustness.md).
 *
 * @param text - The article as plain text (scraped boilerplate is tolerated).
 * @param options - Publication date override, date-resolution choices, and whether to use the name tagger.
 * @returns A plain JSON-serializable {@link Extraction}; empty for empty or blank text.
 * @throws TypeError when `text` is not a string, or `options` is not an object.
 * @throws NerModelError when the bundled name-tagger weights are damaged (on the first call that uses them).
 *
 * @example
 * ```ts
 * import { extract } from 'newsextract';
 * const result = extract('Amina Diallo, the chair of the teachers’ union, said: “We will strike.”');
 * result.people[0].name; // 'Amina Diallo'
 * ```
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  if (typeof text !== 'string') {
    throw new TypeError(`newsextract: extract() expects the article text as a string, got ${describe(text)}`);
  }
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`newsextract: extract() options must be an object, got ${describe(options)}`);
  }
  if (options.published !== undefined && typeof options.published !== 'string') {
    throw new TypeError(`newsextract: options.published must be a date string, got ${describe(options.published)}`);
  }
  for (const flag of ['tagger', 'dayFirst', 'inferYearFromText'] as const) {
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean') throw new TypeError(`newsextract: options.${flag} must be a boolean, got ${describe(options[flag])}`);
  }
  if (options.published !== undefined && isoPublished(options.published) === undefined) {
    throw new TypeError(`newsextract: options.published is not a calendar date: ${JSON.stringify(options.published.slice(0, 60))} (give YYYY-MM-DD or a date such as "March 3, 2021")`);
  }
  if (text.trim().length === 0) return emptyExtraction();
  return text.length <= WINDOW_CHARS ? runPipeline(text, options) : extractInWindows(text, options);
}
