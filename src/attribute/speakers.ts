import type { Entity, Mention, QuoteSpeaker } from '../types.js';
import type { Word } from '../document.js';
import type { MentionIndex } from './mentions.js';
import { mentionOf } from '../span.js';
import { hasTag } from '../knowledge/lexicon.js';
import { ROLE_NOUNS } from '../knowledge/words.js';

/** A resolved speaker with how it was found. */
export interface Resolved {
  speaker: QuoteSpeaker;
  /** `name` | `pronoun` | `description`. */
  via: 'name' | 'pronoun' | 'description' | 'unresolved';
}

const MALE = /^(?:he|him|his)$/i;
const FEMALE = /^(?:she|her|hers)$/i;
const NEUTER = /^(?:it|its)$/i;
const PLURAL = /^(?:they|them|their)$/i;
const FIRST_PERSON = /^(?:i|we)$/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those)$/i;
// Day and month names are capitalized but name no speaker (`A court filing dated Thursday says`). (`May`, `March` may be names.)
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|April|June|July|August|September|October|November|December)$/;

/** What the article says about a person's gender: given names and honorifics only. */
export function genderOf(e: Entity): 'male' | 'female' | undefined {
  for (const t of e.titles) {
    if (/\b(?:mr|sir|king|prince|lord|father|brother|sheikh|ayatollah)\b/i.test(t)) return 'male';
    if (/\b(?:mrs|ms|miss|madam|madame|dame|lady|queen|princess|sister)\b/i.test(t)) return 'female';
  }
  const first = e.name.split(' ')[0] ?? '';
  if (hasTag(first, 'MaleName') && !hasTag(first, 'FemaleName')) return 'male';
  if (hasTag(first, 'FemaleName') && !hasTag(first, 'MaleName')) return 'female';
  return undefined;
}

export interface SpeakerScope {
  text: string;
  words: readonly Word[];
  mentions: MentionIndex;
  /** Speaker of the previous attributed quote, if any. */
  previous?: { speaker: QuoteSpeaker; entity?: Entity; paragraph: number };
  /** The subject of a reporting verb in the sentence before `w`, if any. */
  previousSubject?: (w: Word) => Resolved | undefined;
}

/**
 * Turn the words naming a speaker (`Mensah`, `he`, `the secretary of the … Council Amina Diallo`,
 * `an editorial in a state newspaper`) into a speaker. `prefer` chooses the first or last named person
 * in the phrase: the subject comes first before the verb (`X, the minister, said`), last after
 * a quote (`”, the minister X said`).
 */
export function resolvePhrase(scope: SpeakerScope, from: number, to: number, prefer: 'first' | 'last', beforeOffset: number): Resolved | undefined {
  const { words, mentions, text } = scope;
  if (to < from) return undefined;
  // The word next to the verb first: a pronoun (`when she said`), or a name (`As Reuters reported`).
  // The verb follows the phrase unless the phrase starts right after it (`said X`).
  const verbFirst = from > 0 && isVerbLike(words[from - 1]!);
  const next = verbFirst ? words[from]! : words[to]!;
  if (PRONOUN.test(next.text)) return resolvePronoun(scope, next, beforeOffset) ?? unresolved(text, next);
  // `She addressed supporters in an email, saying …`: a pronoun opening the clause is its subject.
  if (!verbFirst && PRONOUN.test(words[from]!.text) && !mentionsIn(mentions, from, to, 'person'))
    return resolvePronoun(scope, words[from]!, beforeOffset) ?? unresolved(text, words[from]!);
  // `voters who say …`, `Mensah, who called the plan …`: a relative pronoun stands for the
  // name or phrase right before it (and before its comma).
  if (!verbFirst && /^(?:who|which)$/i.test(words[from]!.text) && from > 0 && (from === to || /^[,—–-]$/.test(words[from - 1]!.text))) {
    const before = /^[,—–-]$/.test(words[from - 1]!.text) ? from - 2 : from - 1;
    const mention = mentionOf(text, words[from]!.start, words[from]!.end);
    const antecedent = before >= 0 ? mentions.at(before) : undefined;
    if (antecedent && (antecedent.entity.type === 'person' || antecedent.entity.type === 'organization'))
      return { via: 'pronoun', speaker: { entityId: antecedent.entity.id, name: antecedent.entity.name, mention } };
    // (`those who say`, `20% who say`, `the 40 percent who say`.)
    if (from === to && before >= 0 && /^(?:NOUN|PROPN|NUM|DET|PRON|SYM)$/.test(words[before]!.pos) && !/^[,;:]$/.test(words[before]!.text)) {
      let a = before;
      // `7 in 10 voters who say`: `in` between numbers belongs to the phrase.
      const inPhrase = (k: number) => (/^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(words[k]!.pos) && !/^[,;:]$/.test(words[k]!.text)) || (/^in$/i.test(words[k]!.text) && words[k - 1]?.pos === 'NUM');
      while (a > 0 && before - a < 5 && inPhrase(a - 1)) a--;
      return { via: 'description', speaker: { name: text.slice(words[a]!.start, words[before]!.end), mention } };
    }
    if (from === to) return undefined;
  }
  const adjacent = mentions.at(verbFirst ? from : to);
  if (adjacent && adjacent.entity.type === 'person') return { via: 'name', speaker: { entityId: adjacent.entity.id, name: adjacent.entity.name, mention: adjacent.mention } };
  // Named entities in the phrase: persons first, then organizations.
  // An organization inside a description (`a spokesman for the WHO`, `an editorial in a paper
  // owned by the ruling party`) is not the speaker; the description is.
  let person: { entity: Entity; mention: Mention } | undefined;
  let org: { entity: Entity; mention: Mention } | undefined;
  let embedded = false;
  for (let k = from; k <= to; k++) {
    if (k > from && /^(?:of|for|in|at|from|with|by|to|that|which|who|linked|close)$/i.test(words[k]!.text)) embedded = true;
    const m = mentions.at(k);
    if (!m) continue;
    if (m.entity.type === 'person' && (!person || prefer === 'last')) person = m;
    if (m.entity.type === 'organization' && !org && !(embedded && DETERMINER.test(words[from]!.text))) org = m;
    if (prefer === 'first' && person) break;
  }
  const named = person ?? org;
  if (named) return { via: 'name', speaker: { entityId: named.entity.id, name: named.entity.name, mention: named.mention } };

  const first = words[from]!;
  // `When he returned he began by saying, “…`: the nearest subject pronoun before the verb.
  if (!verbFirst) {
    for (let k = to; k >= from && to - k < 8; k--) {
      if (/^(?:he|she|they|we|i)$/i.test(words[k]!.text)) return resolvePronoun(scope, words[k]!, beforeOffset) ?? unresolved(text, words[k]!);
      if (/^[,;:]$/.test(words[k]!.text) && k < to) break;
    }
  }
  // An unrecognized capitalized name next to the verb (`Reuters`, `Okonkwo`): keep its words.
  const nameRun = capitalizedRun(words, verbFirst ? from : to, from, to, verbFirst ? 'last' : 'first');
  if (nameRun) return { via: 'name', speaker: { name: text.slice(nameRun.start, nameRun.end), mention: mentionOf(text, nameRun.start, nameRun.end) } };
  // A description: `the minister`, `a senior official`, `The publication`.
  let end = from;
  while (end <= to && !/^[,;:()]$/.test(words[end]!.text)) end++;
  const last = end - 1;
  if (last < from) return undefined;
  const phrase = text.slice(words[from]!.start, words[last]!.end);
  // A description: led by a determiner, a quantifier or a capital, and short (`Multiple outlets`).
  if (!/\p{L}/u.test(phrase)) return undefined;
  // `officials said`, `senior administration officials said`, `according to example-news.fr`: a bare plural or a web address.
  // `according to exit polls`, `according to state law`, `according to his biography`: named as the source, any noun phrase is one.
  const source = /^to$/i.test(words[from - 1]?.text ?? '') && /^according$/i.test(words[from - 2]?.text ?? '') && words.slice(from, end).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
  // `his campaign`, `sources close to the minister`, `nurses and union officials`: a possessive, or a plural noun phrase (with what qualifies it).
  let npEnd = from;
  while ((npEnd + 1 < end && /^(?:NOUN|ADJ|PROPN)$/.test(words[npEnd + 1]!.pos)) || (npEnd + 2 < end && /^and$/i.test(words[npEnd + 1]!.text) && /^(?:NOUN|ADJ)$/.test(words[npEnd + 2]!.pos))) npEnd++;
  const possessive = /^(?:his|her|their|its|our)$/i.test(first.text) && words[npEnd]!.pos === 'NOUN' && npEnd > from;
  const pluralNoun = (w: Word) => (w.pos === 'NOUN' || w.pos === 'PROPN') && (/s$/.test(w.text) || /^(?:people|men|women|children|police|staff|personnel)$/i.test(w.text));
  const plural = (/^(?:NOUN|ADJ|PROPN)$/.test(first.pos) || (first.pos === 'VERB' && /ing$/.test(first.text))) && npEnd - from < 8 && (words.slice(from, npEnd + 1).some(pluralNoun) || /\.[a-z]{2,4}$/.test(words[npEnd]!.text));
  // `…, analyst says.`, `Win or not, candidate says, …`: a headline's role noun without its article.
  const role = npEnd - from < 3 && ROLE_NOUNS.has(words[npEnd]!.text.toLowerCase()) && words[npEnd]!.pos === 'NOUN';
  const bare = source || possessive || plural || role;
  if (!bare && !DETERMINER.test(first.text) && (last - from > 8 || !/^(?:\p{Lu}|\d)/u.test(first.text)) && !/^(?:many|some|several|most|multiple|two|three|four|both|all|other|another|one|half|nearly|about|almost|roughly|only|just|more|fewer|majorities|majority|three-quarters|two-thirds|one-third)$/i.test(first.text) && first.pos !== 'NUM') return undefined;
  if (/^(?:but|and|or|so|then|when|while|as|if|because|after|before|in|on|at|for|with|from|by)$/i.test(first.text)) return undefined;
  const head = words[last]!.text.toLowerCase();
  const byTitle = scope.previous?.entity && scope.previous.entity.titles.some((t) => t.toLowerCase().split(/\s+/).includes(head)) ? scope.previous.entity : undefined;
  if (byTitle) return { via: 'description', speaker: { entityId: byTitle.id, name: byTitle.name, mention: mentionOf(text, words[from]!.start, words[last]!.end) } };
  // `The paper said` after `An editorial … said`: the same unnamed source.
  if (scope.previous && !scope.previous.speaker.entityId && /^the$/i.test(first.text))
    return { via: 'description', speaker: { name: scope.previous.speaker.name, mention: mentionOf(text, words[from]!.start, words[last]!.end) } };
  return { via: 'description', speaker: { name: phrase, mention: mentionOf(text, words[from]!.start, words[last]!.end) } };
}

function mentionsIn(mentions: MentionIndex, from: number, to: number, type: string): boolean {
  for (let k = from; k <= to; k++) if (mentions.at(k)?.entity.type === type) return true;
  return false;
}

function isVerbLike(w: Word): boolean {
  return w.pos === 'VERB' || /^(?:according|to)$/i.test(w.text);
}

const PRONOUN = /^(?:he|she|it|they|we|i)$/i;

function unresolved(text: string, w: Word): Resolved {
  return { via: 'unresolved', speaker: { name: w.text, mention: mentionOf(text, w.start, w.end) } };
}

/** Capitalized words (not sentence-initial function words) ending (or starting) at `k`. */
function capitalizedRun(words: readonly Word[], k: number, from: number, to: number, prefer: 'first' | 'last'): { start: number; end: number } | undefined {
  const isCap = (w: Word) => /^\p{Lu}/u.test(w.text) && /\p{Ll}/u.test(w.text) && !(w.sentenceStart && DETERMINER.test(w.text)) && !CALENDAR.test(w.text) && !/^(?:As|In|On|At|But|And|When|While|After|Before|Then|So|Also|However)$/.test(w.text);
  if (!isCap(words[k]!)) return undefined;
  let a = k;
  let b = k;
  if (prefer === 'first') while (a > from && isCap(words[a - 1]!)) a--;
  else while (b < to && isCap(words[b + 1]!)) b++;
  if (b - a > 3) return undefined;
  return { start: words[a]!.start, end: words[b]!.end };
}

/** he/she → the previous quote's speaker if compatible, else the nearest compatible person before; it → organization or unnamed source. */
function resolvePronoun(scope: SpeakerScope, w: Word, beforeOffset: number): Resolved | undefined {
  const p = w.text;
  const mention = mentionOf(scope.text, w.start, w.end);
  const prev = scope.previous;
  if (MALE.test(p) || FEMALE.test(p) || FIRST_PERSON.test(p)) {
    const want = MALE.test(p) ? 'male' : FEMALE.test(p) ? 'female' : undefined;
    const compatible = (e: Entity) => e.type === 'person' && (want === undefined || genderOf(e) === undefined || genderOf(e) === want);
    // `Mensah fired back: “…” he wrote`: a compatible person named earlier in the same paragraph beats the previous speaker.
    const local = nearestBefore(scope, beforeOffset, compatible, w.paragraph, true);
    if (local && !FIRST_PERSON.test(p) && local.id !== prev?.entity?.id) return { via: 'pronoun', speaker: { entityId: local.id, name: local.name, mention } };
    if (prev?.entity && compatible(prev.entity) && prev.paragraph >= w.paragraph - 1 && !FIRST_PERSON.test(p))
      return { via: 'pronoun', speaker: { entityId: prev.entity.id, name: prev.entity.name, mention } };
    if (FIRST_PERSON.test(p) && prev) return { via: 'pronoun', speaker: { ...prev.speaker, mention } };
    const e = nearestBefore(scope, beforeOffset, compatible);
    if (e) return { via: 'pronoun', speaker: { entityId: e.id, name: e.name, mention } };
    return undefined;
  }
  if (NEUTER.test(p) || PLURAL.test(p)) {
    // `An editorial … warned about X. It said …`: the subject of the previous reporting sentence.
    const subject = scope.previousSubject?.(w);
    if (subject) return { via: 'pronoun', speaker: { ...subject.speaker, mention } };
    if (prev && !prev.speaker.entityId && prev.paragraph >= w.paragraph - 1) return { via: 'pronoun', speaker: { name: prev.speaker.name, mention } };
    if (prev?.entity?.type === 'organization' && prev.paragraph >= w.paragraph - 1) return { via: 'pronoun', speaker: { entityId: prev.entity.id, name: prev.entity.name, mention } };
    const e = nearestBefore(scope, beforeOffset, (x) => x.type === 'organization');
    if (e) return { via: 'pronoun', speaker: { entityId: e.id, name: e.name, mention } };
  }
  return undefined;
}

/** The entity of the nearest mention before `offset` (within ~60 words) that passes `ok`. */
function nearestBefore(scope: SpeakerScope, offset: number, ok: (e: Entity) => boolean, paragraph?: number, subjectOnly = false): Entity | undefined {
  const k0 = scope.mentions.wordAt(offset) - 1;
  for (let k = k0; k >= 0 && k0 - k < 60; k--) {
    if (paragraph !== undefined && scope.words[k]!.paragraph !== paragraph) return undefined;
    const m = scope.mentions.at(k);
    if (m && ok(m.entity) && (!subjectOnly || isSentenceSubject(scope, k, m.mention))) return m.entity;
  }
  return undefined;
}

/** The first name in its sentence, before any verb: a rough sentence subject. */
function isSentenceSubject(scope: SpeakerScope, k: number, mention: Mention): boolean {
  const { words, mentions } = scope;
  for (let i = k - 1; i >= 0; i--) {
    const w = words[i]!;
    if (w.end <= mention.start && (w.pos === 'VERB' || (mentions.at(i) && mentions.at(i)!.mention !== mention) || /^[”"»:;]$/.test(w.text))) return false;
    if (w.sentenceStart || w.paragraph !== words[k]!.paragraph) return true;
  }
  return true;
}
