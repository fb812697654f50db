import type { Extraction } from './types.js';

/** An Extraction with nothing in it: the documented result for empty or blank input. */
export function emptyExtraction(): Extraction {
  return { meta: {}, people: [], organizations: [], places: [], dates: [], quotes: [] };
}
