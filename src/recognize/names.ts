import type { EntityType } from '../types.js';
import type { Candidate, TaggedName, Typed, Word } from '../document.js';
import { nameOf } from './candidates.js';
import { findTermAbbreviations, type AcronymDefinition } from './acronyms.js';
import { fold, isCompass } from '../knowledge/fold.js';
import { lookupPlace } from '../knowledge/gazetteer.js';
import { hasTag, isDemonym, isFirstName, isOrgWord } from '../knowledge/lexicon.js';
import { inVocabulary } from '../nlp/wink.js';
import { fixBoundaries } from './orgBoundaries.js';
import { LIST_JOIN, NAME_PARTICLES, ORG_HEADS, ORG_STARTS, PARTY_STATE, isTitleWord } from '../knowledge/words.js';

/**
 * Names as the statistical tagger reads them. The tagger decides which words are names and of
 * which type (its features carry the gazetteers, lexicons, title and role words, context words,
 * headline lines and the document's other mentions); then only certain rules apply (the same
 * list, with examples, is in docs/pipeline.md):
 * 1. names in boilerplate, bylines and datelines are not mined;
 * 2. on title-cased headline lines, where every word has a capital, a name made mostly of ordinary
 *    English words (`Farmers Demand Fair Prices`) is not taken: such lines go to
 *    `refineHeadlines` (names from the body, gazetteer, acronyms);
 * 3. a lone demonym, compass point or party-state tag, or titles alone, are not a name; where a
 *    name starts and ends follows `orgBoundaries.ts` (coordination, `X of the Y`, roads, …);
 * 4. a defined acronym and its long form share a type, wherever the short form is used (an
 *    organization if the tagger left the long form out, nothing if it called it another kind of
 *    name: `Annual Budget Statement (ABS)`);
 * 5. a lone abstract noun used as a common one is emphasis (`the Reform movement`), and an
 *    abbreviation of lower-case words or of a title is no name (`gross domestic product (GDP)`);
 * 6. the items of a list share a type: a "person" among places is a place (`Nairobi, X and Kisumu`, `X, Kenya.`);
 * 7. two person names with only a name particle between are one (`Dave le Roux Smith`); the last
 *    word of a person's full name alone is that person (unless it is a country), and one name keeps
 *    one type across the article when the tagger called it a person in one place and something
 *    else in another (the type it was surest of overall); a place's name may name its team or
 *    government elsewhere (`in Detroit` and `Detroit beat Texas`), so places and organizations keep theirs.
 * The rule candidates lend what the tagger does not decide: titles peeled off the front, demonyms.
 */
export function recognizeNames(words: readonly Word[], candidates: readonly Candidate[], acronyms: readonly AcronymDefinition[], tagged: readonly TaggedName[], skipParagraph: (p: number) => boolean): Typed[] {
  const byWords = new Map(candidates.map((c) => [`${c.first}:${c.last}`, c]));
  const covering = coveringCandidate(candidates);
  const names: Typed[] = [];
  for (const t of fixBoundaries(tagged, words)) {
    if (skipParagraph(words[t.first]!.paragraph) || !isEntity(t)) continue;
    const around = covering(t.first);
    const name = fromTagged(words, t, byWords, around);
    if (!name || notAName(name) || (around?.headline && mostlyOrdinaryWords(name.name))) continue;
    names.push(name);
  }
  // What the tagger left on headline lines goes to `refineHeadlines` untyped.
  const taken = new Set(names.flatMap((n) => range(n.first, n.last)));
  for (const c of candidates) {
    if (!c.headline || range(c.first, c.last).some((k) => taken.has(k))) continue;
    names.push(lookupPlace(c.name) ? { ...c, type: 'place', rule: 'gazetteer' } : { ...c, type: null, rule: 'headline' });
  }
  const misc = new Set(tagged.filter((t) => t.type === 'misc').flatMap((t) => range(t.first, t.last)));
  const terms = findTermAbbreviations(words);
  const defining = (d: AcronymDefinition) => !misc.has(candidates[d.long]!.first) && !misc.has(candidates[d.long]!.last) && !d.short.some((k) => terms.has(candidates[k]!.name));
  withAcronyms(names, candidates, acronyms.filter(defining), skipParagraph, words);
  names.sort((a, b) => a.start - b.start);
  const lowered = new Set(words.filter((w) => !w.sentenceStart && /^\p{Ll}+$/u.test(w.text)).map((w) => w.text));
  const kept = names.filter((n) => !emphasis(n, words, lowered) && !terms.has(n.name));
  const joined = withParticles(kept, words);
  listsOfPlaces(joined, words);
  oneTypePerName(joined);
  return joined;
}

/**
 * `Dave le Roux Smith`: two person names with only a lower-case name particle (`le`, `van der`,
 * `bin`) between them are one name, the particle included.
 */
function withParticles(names: Typed[], words: readonly Word[]): Typed[] {
  const out: Typed[] = [];
  for (const n of names) {
    const prev = out[out.length - 1];
    const between = prev ? words.slice(prev.last + 1, n.first) : [];
    if (prev && prev.type === 'person' && n.type === 'person' && n.rule === 'tagger' && between.length >= 1 && between.length <= 2 && between.every((w) => NAME_PARTICLES.has(w.text)) && prev.end === words[prev.last]!.end && n.start === words[n.first]!.start) {
      out[out.length - 1] = { ...prev, last: n.last, end: n.end, name: nameOf(words, prev.first, n.last) };
      continue;
    }
    out.push(n);
  }
  return out;
}

type EntityName = TaggedName & { type: EntityType };

const isEntity = (t: TaggedName): t is EntityName => t.type !== 'misc';

/** A tagged span as a name; a person's titles and party label at its front peeled (`President`, `Brig. Gen.`, `Democrat`). */
function fromTagged(words: readonly Word[], tagged: EntityName, byWords: ReadonlyMap<string, Candidate>, around: Candidate | undefined): Typed | undefined {
  const t = wholeLetters(words, tagged);
  const margin = Number.isFinite(t.margin) ? t.margin : 1e6;
  const base = { type: t.type, rule: 'tagger' as const, margin, headline: around?.headline ?? false, shouted: around?.shouted ?? false, titles: [] as string[] };
  // A possessive the tagger's span leaves out of the word (`Amina` of `Amina's`).
  const lastWord = words[t.last]!;
  if (t.start === words[t.first]!.start && t.end < lastWord.end && /^['’]s?$/.test(lastWord.text.slice(t.end - lastWord.start))) {
    const whole = fromTagged(words, { ...t, end: lastWord.end }, byWords, around);
    return whole && { ...whole, end: t.end, name: whole.name.replace(/['’]s?$/, '') };
  }
  // Part of a compound word (`Kenya` in `pro-Kenya`).
  if (t.start !== words[t.first]!.start || t.end !== words[t.last]!.end) {
    const name = surface(words, t);
    return /\p{L}/u.test(name) ? { ...base, first: t.first, last: t.last, start: t.start, end: t.end, name, sentenceStart: false } : undefined;
  }
  let first = t.first;
  const titles: string[] = [];
  if (t.type === 'person') while (first < t.last && (isTitleWord(words[first]!.text) || PARTY_MEMBER.test(words[first]!.text))) titles.push(words[first++]!.text);
  // `Can Mensah win?`: an auxiliary opening a question is not part of a name.
  if (first < t.last && words[first]!.sentenceStart && words[first]!.pos === 'AUX' && endsWithQuestionMark(words, first)) first++;
  const last = t.last;
  const titled = titles.length ? { titles: [titles.join(' ')], titledStart: words[t.first]!.start } : undefined;
  const same = byWords.get(`${first}:${last}`);
  if (same) {
    const ownTitles = titled && !same.titles.length ? titled : undefined;
    return { ...same, ...base, titles: ownTitles?.titles ?? same.titles, ...(ownTitles ? { titledStart: ownTitles.titledStart } : {}) };
  }
  const name = nameOf(words, first, last);
  if (!/\p{L}/u.test(name)) return undefined;
  const inherits = around && around.first === first && around.titledStart !== undefined;
  return {
    ...base,
    first,
    last,
    start: words[first]!.start,
    end: words[last]!.end,
    name,
    titles: titled?.titles ?? (inherits ? around.titles : []),
    ...(titled ? { titledStart: titled.titledStart } : inherits ? { titledStart: around.titledStart! } : {}),
    sentenceStart: words[first]!.sentenceStart,
  };
}

/**
 * A name starts or ends inside a compound only at a part of two or more letters (`Kenya` in
 * `pro-Kenya`); a one-letter part (`Kuh-E`) belongs to the word, and the name takes it whole.
 * A trailing compass letter (`Kivu province W`) is not part of the name.
 */
function wholeLetters(words: readonly Word[], t: EntityName): EntityName {
  const partAt = (k: number, offset: number) => words[k]!.parts?.find((p) => p.start <= offset && offset < p.end);
  let { start, end, last } = t;
  if (start !== words[t.first]!.start && ((partAt(t.first, start)?.text.length ?? 2) < 2 || DOTTED.test(words[t.first]!.text))) start = words[t.first]!.start;
  if (end !== words[last]!.end && ((partAt(last, end - 1)?.text.length ?? 2) < 2 || DOTTED.test(words[last]!.text))) end = words[last]!.end;
  if (last > t.first && end === words[last]!.end && /^[NSEW]{1,2}$/.test(words[last]!.text)) end = words[--last]!.end;
  return { ...t, start, end, last };
}

/** `A.B.C.-D.E.F.`: dotted acronyms joined by a hyphen are one name, never part of one. */
const DOTTED = /^(?:\p{Lu}\.)+(?:-(?:\p{Lu}\.)+)+$/u;

/** The text of a name that starts or ends inside a compound word: its parts within the span, words spaced as written. */
function surface(words: readonly Word[], t: EntityName): string {
  let out = '';
  for (let k = t.first; k <= t.last; k++) {
    const w = words[k]!;
    const piece = (w.parts ?? [w]).filter((p) => p.start >= t.start && p.end <= t.end).map((p) => p.text).join('');
    out += (k > t.first && w.spaceBefore ? ' ' : '') + piece;
  }
  return out;
}

/** `Democrat Jane Doe`: a party label before a person's name is said of them, like a title. */
const PARTY_MEMBER = /^(?:Democrat|Republican|Conservative|Liberal|Labour|Tory|Socialist|Communist)$/;

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);

/**
 * More than half the words are in the English vocabulary and are no known place, given name or
 * surname: on a line where every word is capitalized, nothing marks them as a name
 * (`Kenya Tea Growers Demand Fair Prices` is a headline, not an organization).
 */
function mostlyOrdinaryWords(name: string): boolean {
  const parts = name.split(/[\s\-’']+/).filter(Boolean);
  const ordinary = parts.filter((w) => {
    const bare = w.replace(/['’]s?$/, '');
    // An institution's word (`Bank`, `Committee`) marks a name as much as a place does.
    return /^\p{L}+$/u.test(bare) && (inVocabulary(bare) || inVocabulary(bare.replace(/s$/, ''))) && !lookupPlace(bare) && !isFirstName(bare) && !hasTag(bare.toLowerCase(), 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization') && !ORG_HEADS.has(bare.toLowerCase()) && !ORG_STARTS.has(bare.toLowerCase());
  });
  return ordinary.length * 2 > parts.length;
}

function endsWithQuestionMark(words: readonly Word[], k: number): boolean {
  const sentence = words[k]!.sentence;
  let last = k;
  while (last + 1 < words.length && words[last + 1]!.sentence === sentence && last - k < 80) last++;
  return words[last]!.text === '?';
}


/** The rule candidate whose words include word `k`, if any (candidates are sorted and disjoint). */
function coveringCandidate(candidates: readonly Candidate[]): (k: number) => Candidate | undefined {
  return (k) => {
    let lo = 0;
    let hi = candidates.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = candidates[mid]!;
      if (c.last < k) lo = mid + 1;
      else if (c.first > k) hi = mid - 1;
      else return c;
    }
    return undefined;
  };
}

/** Certain: a lone demonym or compass point, a party-state tag (`R-Ky.`), or a name made only of titles and role words. */
function notAName(t: Typed): boolean {
  if (PARTY_STATE.test(t.name)) return true;
  const parts = t.name.split(' ');
  if (parts.length === 1 && (isDemonym(t.name) || isDemonym(t.name.replace(/s$/, '')) || isCompass(t.name))) return true;
  return t.name.split(/[\s-]+/).every((p) => isTitleWord(p));
}

/**
 * `National Union of Teachers (NUT)`: the short forms take the long form's type, here and
 * wherever the article uses them, and a long form the tagger left out is an organization. A
 * person's name in front of parentheses defines nothing.
 */
function withAcronyms(names: Typed[], candidates: readonly Candidate[], acronyms: readonly AcronymDefinition[], skipParagraph: (p: number) => boolean, words: readonly Word[]): void {
  const byWords = new Map(names.map((n) => [`${n.first}:${n.last}`, n]));
  const atWord = new Map(names.flatMap((n) => range(n.first, n.last).map((k) => [k, n] as const)));
  const removed = new Set<Typed>();
  const place = (c: Candidate, type: EntityType, rule: Typed['rule']) => {
    // The tagger's name may run further left than the rule's long form (`European | Options Exchange (EOE)`): it is the long form.
    const covering = atWord.get(c.last);
    const known = byWords.get(`${c.first}:${c.last}`) ?? (covering && covering.first < c.first && covering.last === c.last && covering.type === type ? covering : undefined);
    if (known && !removed.has(known)) {
      known.type = type;
      if (known.rule === 'tagger') known.rule = rule;
      return;
    }
    // The tagger's name over part of these words gives way to the defined form.
    for (let k = c.first; k <= c.last; k++) {
      const other = atWord.get(k);
      if (other) removed.add(other);
    }
    const added: Typed = { ...c, type, rule, margin: 0 };
    names.push(added);
    byWords.set(`${c.first}:${c.last}`, added);
    for (let k = c.first; k <= c.last; k++) atWord.set(k, added);
  };
  const defined = new Map<string, EntityType>();
  for (const def of acronyms) {
    const long = candidates[def.long]!;
    const type = byWords.get(`${long.first}:${long.last}`)?.type ?? 'organization';
    if (type === 'person') continue;
    place(long, type, 'acronym-definition');
    for (const s of def.short) {
      place(candidates[s]!, type, 'defined-acronym');
      defined.set(candidates[s]!.name, type);
    }
  }
  // Once defined, the short form is that name wherever the article uses it.
  if (defined.size) {
    for (const c of candidates) {
      const type = defined.get(c.name);
      if (type && !skipParagraph(words[c.first]!.paragraph) && byWords.get(`${c.first}:${c.last}`)?.type !== type) place(c, type, 'defined-acronym');
    }
  }
  let kept = 0;
  for (const n of names) if (!removed.has(n)) names[kept++] = n;
  names.length = kept;
}

/**
 * A lone capitalized abstract noun used as a common one: written in lower case elsewhere in the
 * article (`the Opposition … a weak opposition`), or modifying the lower-case noun
 * after it (`the Reform movement`).
 */
function emphasis(n: Typed, words: readonly Word[], lowered: ReadonlySet<string>): boolean {
  if (n.rule !== 'tagger' || n.type === 'place' || n.first !== n.last) return false;
  const last = words[n.last]!.text;
  const lower = last.toLowerCase();
  // Institutions are names however the article writes them (`Parliament … parliament's rules`).
  if (!ABSTRACT.test(lower) || !inVocabulary(lower) || n.end !== words[n.last]!.end || ORG_HEADS.has(lower) || isOrgWord(lower)) return false;
  const next = words[n.last + 1];
  return lowered.has(lower) || (next !== undefined && next.pos === 'NOUN' && /^\p{Ll}+$/u.test(next.text));
}

const ABSTRACT = /(?:ance|ence|ment|ness|tion|sion|ity|ism|ship|hood)$/;

/**
 * Items of one list share a type. A name the tagger called a person is a place when the list
 * holds two or more places and no other person (`Nairobi, Mombasa, X and Kisumu`), or when it is
 * `X, <country>` closing a clause (`X, Kenya.`), the way datelines and captions name towns.
 */
function listsOfPlaces(names: Typed[], words: readonly Word[]): void {
  let chain: Typed[] = [];
  const close = () => {
    const people = chain.filter((n) => n.type === 'person');
    const places = chain.filter((n) => n.type === 'place').length;
    if (people.length === 1 && people[0]!.rule === 'tagger') {
      const p = people[0]!;
      const j = chain.indexOf(p);
      const next = chain[j + 1];
      const after = next && words[next.last + 1];
      // A list's last item comes after `and`/`or`; `in Nakuru, Rift Valley, X went …` is no list.
      const inList = j > 0 && j < chain.length - 1 ? true : j === 0 ? chain.length >= 3 : words.slice(chain[j - 1]!.last + 1, p.first).some((w) => w.text !== ',');
      const townOf = chain.length === 2 && j === 0 && next?.type === 'place' && lookupPlace(next.name)?.kind === 'country' && (!after || after.paragraph !== words[next.last]!.paragraph || /^[.;]$/.test(after.text));
      if ((places >= 2 && inList) || townOf) {
        p.type = 'place';
        p.rule = 'listed-with-places';
      }
    }
    chain = [];
  };
  for (const n of names) {
    const prev = chain[chain.length - 1];
    const between = prev ? words.slice(prev.last + 1, n.first) : [];
    if (!prev || between.length === 0 || between.length > 2 || !between.every((w) => LIST_JOIN.test(w.text)) || prev.last >= n.first) close();
    if (n.type) chain.push(n);
  }
  close();
}

/**
 * A name written the same way keeps one type across the article: the type whose mentions the
 * tagger was surest of in sum. Defined acronyms keep theirs.
 */
function oneTypePerName(names: Typed[]): void {
  // `Kofi Mensah … Mensah's birthday`: the last word of a person's full name is that person.
  const surnames = new Set(names.filter((n) => n.type === 'person' && n.name.includes(' ')).map((n) => fold(n.name.split(' ').pop()!)));
  for (const n of names) {
    if (n.type === 'person' || n.rule !== 'tagger' || n.name.includes(' ') || !surnames.has(fold(n.name)) || lookupPlace(n.name)?.kind === 'country') continue;
    n.type = 'person';
    n.rule = 'same-name';
  }
  const votes = new Map<string, Map<EntityType, number>>();
  for (const n of names) {
    if (!n.type) continue;
    const key = fold(n.name);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(n.type, (v.get(n.type) ?? 0) + (n.rule === 'tagger' ? Math.min(n.margin ?? 0, MARGIN_CAP) : MARGIN_CAP * 4));
    votes.set(key, v);
  }
  for (const n of names) {
    const v = votes.get(fold(n.name));
    // A place's name also names its team or government (`in Detroit`, `Detroit beat Texas`): only a person against another type is an error.
    if (!v || v.size < 2 || n.rule !== 'tagger' || (n.type !== 'person' && !v.has('person'))) continue;
    let best: EntityType | null = null;
    let score = -1;
    for (const [type, s] of v) if (s > score) [best, score] = [type, s];
    if (best && best !== n.type) {
      n.type = best;
      n.rule = 'same-name';
    }
  }
}

/** A sure mention counts once; an endless margin (a forced label) no more than a sure one. */
const MARGIN_CAP = 50;
