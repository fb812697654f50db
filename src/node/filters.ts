import type { Extraction } from '../types.js';

/**
 * The result with only the quotes whose attribution is at least `min` sure (`Quote.confidence`;
 * a quote without a speaker has confidence 0, so any `min` above 0 drops it). Entities, dates
 * and meta are unchanged. `min` 0 returns `result` itself.
 */
export function confidentQuotes(result: Extraction, min: number): Extraction {
  if (min <= 0) return result;
  return { ...result, quotes: result.quotes.filter((q) => (q.confidence ?? 0) >= min) };
}
