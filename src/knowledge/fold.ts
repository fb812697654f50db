/**
 * Spelling-insensitive keys and the word classes the gazetteer is built around. Kept apart from
 * the gazetteer's data so the build step that generates that data can use them too.
 */

/** Case-, accent- and apostrophe-insensitive key: `Gorgān` and `gorgan` meet. */
export function fold(s: string): string {
  // Plain ASCII words (most lookups) need only lower-casing.
  if (PLAIN.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʼʻ`´']/g, '')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|central|[NSEW]{1,3})$/i;

export const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** `Western Province`, `Rift Valley region`: a first-level region named with its kind. */
export const REGION_SUFFIX = /\s+(?:province|region|state|governorate|oblast|prefecture|district|county)$/i;

/** `North`, `SW`, `Northeast`: directions, not places. */
export function isCompass(word: string): boolean {
  return COMPASS.test(word);
}
