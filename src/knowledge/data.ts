/**
 * Shapes of the generated knowledge files in `.generated/knowledge/` (written by
 * `test/build/knowledge.ts` at build time from compromise, GeoNames and world-countries; imported
 * as `#generated/…` through package.json `imports`, bundled into dist/). Build output, like
 * dist/, so it lives outside src/.
 */

/** compromise's lexicon: `words[k]` holds the words (newline-separated) whose tags are `tagSets[k]`. */
export interface LexiconData {
  tagSets: string[][];
  words: string[];
  /** Newline-separated words that end organization names (`council`, `agency`). */
  orgWords: string;
  /** Newline-separated words that end geographic names (`river`, `island`). */
  placeWords: string;
}

/** The gazetteer. */
export interface PlacesData {
  /**
   * Sorted `key\tvalue` lines: a folded place name, then its kind (`c` country, `r` first-level
   * region, `t` town or city) and ISO 3166-1 alpha-2 country code (`nairobi\ttKE`).
   */
  lines: string;
  /** Country code → common English name. */
  countries: Record<string, string>;
  /** Upper-case codes used as names, with and without periods (`US`, `U.S.`) → country code. */
  codes: Record<string, string>;
  /** Folded demonym → country's common name. */
  demonyms: Record<string, string>;
  /** Folded country name, any spelling or code → common name. */
  countryNames: Record<string, string>;
}
