import type { EntityType } from '../types.js';
import type { Candidate, NameRule, Typed, Word } from '../document.js';
import { isAllCaps } from './words.js';
import type { AcronymDefinition } from './acronyms.js';
import { fold, isCompass } from '../knowledge/fold.js';
import { lookupPlace } from '../knowledge/gazetteer.js';
import { isDemonym, isFirstName, isOrgWord, isCommonWord, hasTag, isActorNoun, lexiconTags } from '../knowledge/lexicon.js';
import { HONORIFICS, ORG_HEADS, ORG_STARTS, PLACE_HEADS, PLACE_INTROS, REPORTING, ROLE_NOUNS } from '../knowledge/words.js';

type Decision = { type: EntityType | null; rule: NameRule };

/**
 * How much a rule's typing counts when mentions of one name disagree (`documentConsistency`):
 * acronyms most, then titles and speech, then the gazetteer.
 */
const STRENGTH: Record<NameRule, number> = {
  'acronym': 4, 'acronym-definition': 4, 'defined-acronym': 4, 'headline-acronym': 4,
  'title': 3, 'reporting-verb': 3, 'appositive': 3,
  'gazetteer': 2, 'headline-gazetteer': 2,
  'tagger': 1, 'same-name': 1, 'not-a-name': 1, 'headline': 1, 'org-head': 1, 'org-start': 1, 'lexicon': 1, 'no-evidence': 1, 'given-name': 1, 'place-head': 1,
  'place-intro': 1, 'place-suffix': 1, 'common-noun': 1, 'role-before': 1, 'listed-with-places': 1, 'shares-surname': 1, 'surname': 1,
  'headline-body': 1, 'headline-listed': 1,
};

/**
 * Type every candidate from its own words (gazetteer, organization and place head words,
 * titles, given names), then from its context (a reporting verb after it, a role noun
 * before it, a list of places around it), then from the rest of the article (a name typed
 * once keeps its type; a surname takes its full name's type).
 */
export function classify(words: readonly Word[], candidates: readonly Candidate[], acronyms: readonly AcronymDefinition[]): Typed[] {
  const typed: Typed[] = candidates.map((c) => ({ ...c, ...intrinsic(c, words) }));
  for (const t of typed) if (t.type === null && !t.headline && t.rule !== 'not-a-name') Object.assign(t, contextual(t, words, typed));
  // Acronyms share their long form's type.
  for (const def of acronyms) {
    const long = typed[def.long]!;
    if (long.type === 'person') continue;
    if (long.type === null) {
      long.type = 'organization';
      long.rule = 'acronym-definition';
    }
    for (const s of def.short) {
      typed[s]!.type = long.type;
      typed[s]!.rule = 'defined-acronym';
    }
  }
  documentConsistency(typed);
  return typed;
}

function intrinsic(c: Candidate, words: readonly Word[]): Decision {
  const parts = c.name.split(' ');
  const lowerParts = parts.map((p) => p.toLowerCase());
  const last = lowerParts[lowerParts.length - 1]!;
  const firstWord = lowerParts[0]!;
  if (parts.length === 1 && (isDemonym(c.name) || isDemonym(c.name.replace(/s$/, '')) || isCompass(c.name))) return { type: null, rule: 'not-a-name' };
  if (lowerParts.every((p) => ROLE_NOUNS.has(p) || HONORIFICS.has(p.replace(/\.$/, '')))) return { type: null, rule: 'not-a-name' };
  // `Vice Presidential`, `Western`, `Islamist`: a lone adjective is not a name.
  if (parts.length === 1 && !c.headline && (hasTag(lowerParts[0]!, 'Adjective') || /(?:ist|ic|al)$/.test(lowerParts[0]!)) && !lookupPlace(c.name) && !isFirstName(c.name))
    return { type: null, rule: 'not-a-name' };
  const place = lookupPlace(c.name);
  // A small town that shares a surname (`Mensah said`, for a town of that name) speaks as a person; big cities that
  // compromise knows (`Paris said`) are metonyms for governments and stay places.
  const next = words[c.last + 1]?.text.toLowerCase() ?? '';
  if (place && place.kind === 'city' && parts.length === 1 && REPORTING.has(next) && !hasTag(c.name, 'City', 'Place', 'Country', 'Region'))
    return { type: 'person', rule: 'reporting-verb' };
  if (place) return { type: 'place', rule: 'gazetteer' };
  if (c.headline) return { type: null, rule: 'headline' };
  if (c.titles.length > 0) return { type: 'person', rule: 'title' };
  if (parts.length > 1 && PLACE_HEADS.has(last) && !ORG_HEADS.has(last) && !isOrgWord(last)) return { type: 'place', rule: 'place-head' };
  if (parts.length > 1 && (isOrgWord(last) || ORG_HEADS.has(last))) return { type: 'organization', rule: 'org-head' };
  if (parts.length > 2 && ORG_STARTS.has(firstWord) && lowerParts.includes('of')) return { type: 'organization', rule: 'org-start' };
  if (parts.length === 1 && !c.shouted && isAcronym(c.name)) return { type: 'organization', rule: 'acronym' };
  if (parts.length >= 2 && parts.length <= 4 && isFirstName(parts[0]!) && !lowerParts.includes('of')) return { type: 'person', rule: 'given-name' };
  if (parts.length === 1 && isFirstName(parts[0]!) && !c.sentenceStart) return { type: 'person', rule: 'given-name' };
  if (hasTag(c.name, 'Organization', 'SportsTeam')) return { type: 'organization', rule: 'lexicon' };
  if (hasTag(c.name, 'Place', 'Country', 'City', 'Region')) return { type: 'place', rule: 'lexicon' };
  return { type: null, rule: 'no-evidence' };
}

function contextual(c: Typed, words: readonly Word[], typed: readonly Typed[]): Decision {
  const parts = c.name.split(' ');
  // Look back past bracket marks: `[The Kenyan town of] Mbale`.
  const back: Word[] = [];
  for (let k = c.first - 1; k >= 0 && back.length < 3; k--) if (!/^[\[\]]$/.test(words[k]!.text)) back.push(words[k]!);
  const before = (n: number) => back[n - 1];
  const after = (n: number) => words[c.last + n];
  const b1 = before(1)?.text ?? '';
  const b2 = before(2)?.text ?? '';
  const a1 = after(1)?.text ?? '';
  const a2 = after(2)?.text ?? '';
  // Place contexts: "the city of X", "X province", "in X, <place>".
  if (b1 === 'of' && PLACE_INTROS.has(b2.toLowerCase())) return { type: 'place', rule: 'place-intro' };
  if (/^(?:province|city|region|district|county)$/i.test(a1)) return { type: 'place', rule: 'place-suffix' };
  // A plain common noun with a capital ("Regime", "Mullahs") is not a name.
  if (parts.length === 1 && isCommonNoun(c.name)) return { type: null, rule: 'common-noun' };
  // Person contexts: "X said", "X, a figure close to Y, stated", "minister X".
  if (REPORTING.has(a1.toLowerCase()) && !isPluralOrOrg(parts[parts.length - 1]!)) return { type: 'person', rule: 'reporting-verb' };
  if (a1 === ',' && /^(?:a|an|the|who)$/i.test(a2)) {
    const head = words.slice(c.last + 3, c.last + 7).map((w) => w.text.toLowerCase());
    if (a2.toLowerCase() === 'who' || head.some((h) => ROLE_NOUNS.has(h))) return { type: 'person', rule: 'appositive' };
  }
  // `minister X`, `head of judiciary X`: a lower-case role noun just before the name.
  if (parts.length <= 4 && roleNounBefore(words, c.first)) return { type: 'person', rule: 'role-before' };
  if (listedWithPlaces(c, words, typed)) return { type: 'place', rule: 'listed-with-places' };
  return { type: null, rule: 'no-evidence' };
}

/** An unknown name coordinated with places (`Nairobi, Mombasa, X and Kisumu`, `X, Y Province`) is a place. */
export function listedWithPlaces(c: Typed, words: readonly Word[], typed: readonly Typed[]): boolean {
  const neighbours = placesNear(typed, c);
  for (const n of neighbours) {
    const between = n.first > c.last ? words.slice(c.last + 1, n.first) : words.slice(n.last + 1, c.first);
    if (between.length > 0 && between.length <= 2 && between.every((w) => w.text === ',' || w.text === 'and') && !isCompass(c.name))
      return true;
  }
  return false;
}

/** Typed places within six words of `c` (candidates are sorted by position). */
function placesNear(typed: readonly Typed[], c: Typed): Typed[] {
  let lo = 0;
  let hi = typed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (typed[mid]!.first < c.first - 6) lo = mid + 1;
    else hi = mid;
  }
  const out: Typed[] = [];
  for (let k = lo; k < typed.length && typed[k]!.first <= c.first + 6; k++) {
    const t = typed[k]!;
    if (t !== c && t.type === 'place') out.push(t);
  }
  return out;
}

/** `NUT`, `WHO`, `U.N.`: all capitals, short, and not a shouted English word (`GOOD`, `VOTERS`). */
export function isAcronym(word: string): boolean {
  if (!isAllCaps(word) || !/^[\p{Lu}\p{N}.&]+$/u.test(word) || word.replace(/\./g, '').length > 6 || isCompass(word)) return false;
  const lower = word.toLowerCase();
  if (hasTag(lower, 'Organization')) return true;
  return !lexiconTags(lower) && !lexiconTags(lower.replace(/s$/, ''));
}

function isPluralOrOrg(word: string): boolean {
  const lower = word.toLowerCase();
  return isOrgWord(lower) || ORG_HEADS.has(lower) || ORG_HEADS.has(lower.replace(/s$/, '')) || hasTag(lower, 'Plural');
}


function roleNounBefore(words: readonly Word[], first: number): boolean {
  // `member of Parliament`: the object of `of` is the body, not the person.
  if (/^(?:of|for)$/.test(words[first - 1]?.text ?? '')) return false;
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const w = words[k]!;
    if (!/^\p{Ll}/u.test(w.text) || /^(?:the|a|an|and|or|but|to|in|on|at|by|with)$/.test(w.text)) return false;
    if (ROLE_NOUNS.has(w.text) || (isActorNoun(w.text) && w.pos === 'NOUN')) return true;
    if (w.text !== 'of' && w.pos !== 'NOUN' && w.pos !== 'ADJ') return false;
  }
  return false;
}

function isCommonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return isCommonWord(lower) || hasTag(lower, 'Noun', 'Singular', 'Plural', 'Uncountable', 'Actor', 'Month', 'WeekDay', 'Date', 'Holiday') || hasTag(lower.replace(/s$/, ''), 'Singular', 'Actor');
}

/**
 * A name typed once keeps its type across the article; an untyped single word that is
 * the surname of a person in the article is that person; headline words that repeat a
 * name from the body take its type.
 */
function documentConsistency(typed: Typed[]): void {
  const votes = new Map<string, Map<EntityType, number>>();
  const surnames = new Set<string>();
  for (const t of typed) {
    if (!t.type) continue;
    const key = fold(t.name);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(t.type, (v.get(t.type) ?? 0) + STRENGTH[t.rule]);
    votes.set(key, v);
    if (t.type === 'person') {
      const parts = t.name.split(' ');
      if (parts.length > 1) surnames.add(fold(parts[parts.length - 1]!));
    }
  }
  for (const t of typed) {
    const key = fold(t.name);
    const parts = t.name.split(' ');
    // `Kofi Mensah` beside `Ama Mensah`: an unknown name ending in a known surname is a relative.
    if (t.type === null && !t.headline && parts.length >= 2 && parts.length <= 3 && surnames.has(fold(parts[parts.length - 1]!)) && t.rule !== 'not-a-name') {
      t.type = 'person';
      t.rule = 'shares-surname';
      continue;
    }
    if (parts.length === 1 && surnames.has(key) && t.rule !== 'defined-acronym' && !isAllCaps(t.name)) {
      t.type = 'person';
      t.rule = 'surname';
      continue;
    }
    const v = votes.get(key);
    if (!v) continue;
    let best: EntityType | null = null;
    let bestScore = 0;
    for (const [type, score] of v) if (score > bestScore) [best, bestScore] = [type, score];
    if (best && best !== t.type) {
      t.type = best;
      t.rule = 'same-name';
    }
  }
}
