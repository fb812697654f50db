import type { NameRule, Typed, Word } from '../document.js';
import { isAcronym, listedWithPlaces } from './classify.js';
import { fold } from '../knowledge/fold.js';
import { lookupPlace } from '../knowledge/gazetteer.js';
import type { EntityType } from '../types.js';

const MAX_NGRAM = 4;

/**
 * In a title-cased headline or caption every word is capitalized, so a run of capitals
 * is not a name. Keep only the parts with evidence of their own: gazetteer places,
 * acronyms, and names the article's body has already typed.
 */
export function refineHeadlines(typed: readonly Typed[], words: readonly Word[]): Typed[] {
  const known = new Map<string, EntityType>();
  for (const t of typed) if (t.type && !t.headline) known.set(fold(t.name), t.type);
  const out: Typed[] = [];
  for (const t of typed) {
    if (!t.headline || t.type !== null) {
      out.push(t);
      continue;
    }
    const before = out.length;
    let k = t.first;
    while (k <= t.last) {
      let found: { n: number; type: EntityType; rule: NameRule } | undefined;
      for (let n = Math.min(MAX_NGRAM, t.last - k + 1); n >= 1 && !found; n--) {
        const span = words.slice(k, k + n);
        if (!span.every((w) => /^\p{Lu}/u.test(w.text) || /^(?:of|and|the)$/.test(w.text))) continue;
        const name = span.map((w) => w.text).join(' ');
        const type = known.get(fold(name));
        if (type) found = { n, type, rule: 'headline-body' };
        else if (lookupPlace(name)) found = { n, type: 'place', rule: 'headline-gazetteer' };
        else if (n === 1 && !t.shouted && isAcronym(name)) found = { n, type: 'organization', rule: 'headline-acronym' };
      }
      if (found) {
        const first = words[k]!;
        const last = words[k + found.n - 1]!;
        const { titledStart: _t, demonym: _d, ...base } = t;
        out.push({ ...base, first: k, last: k + found.n - 1, start: first.start, end: last.end, name: words.slice(k, k + found.n).map((w) => w.text).join(' '), titles: [], type: found.type, rule: found.rule });
        k += found.n;
      } else k++;
    }
    if (out.length === before && listedWithPlaces(t, words, typed)) out.push({ ...t, type: 'place', rule: 'headline-listed' });
  }
  return out;
}
