import type { Entity, Mention, QuoteSpeaker } from '../types.js';
import type { Word } from '../document.js';
import type { MentionIndex } from '../resolve/mentions.js';
import { mentionOf } from '../span.js';
import { ROLE_NOUNS, ORG_HEADS } from '../knowledge/words.js';
import { genderOfDescription } from '../resolve/gender.js';
import { sentenceBounds, skipFraming } from '../grammar/clauses.js';

/**
 * From the words that name a speaker to the speaker: an entity (person or organization), or a
 * description when the text names no one. The steps, in order:
 * 1. a pronoun next to the verb → its antecedent, by gender, number and salience ({@link resolvePronoun});
 * 2. a relative pronoun (`Mensah, who said …`) → the name before it;
 * 3. the phrase's head: a person named in it — not one named only as a possessive or a modifier
 *    (`Mensah’s spokeswoman, Ana Ruiz` → Ana Ruiz; `Mensah aides` → a description) nor inside a
 *    prepositional phrase of a description (`two members of the House`) —, else an organization
 *    in that position;
 * 4. a definite description whose head is a role or an organization word (`the senator`, `the
 *    board`, `the company`) → the one entity it fits, named before;
 * 5. otherwise the description itself, trimmed to its noun phrase (`members who spoke with
 *    reporters` → `members`); words that are no noun phrase give no speaker.
 */

/** A resolved speaker with how it was found (the confidence table is keyed by this). */
export interface Resolved {
  speaker: QuoteSpeaker;
  /**
   * `name`: the phrase names the entity; `role`: a definite description fitted to one entity;
   * `pronoun`: a pronoun resolved by agreement and salience; `pronoun-weak`: resolved, but to a
   * person of unknown gender among others; `description`: no entity, the description as written.
   */
  via: 'name' | 'role' | 'pronoun' | 'pronoun-weak' | 'description';
  /**
   * The confidence of an earlier attribution this one copies (a carry-over): it is right only
   * if that one is, so its confidence is the product of both.
   */
  given?: number;
}

/** Words that point at a speaker the text does not let us resolve (`he` with no antecedent that agrees). */
export interface Unresolved {
  unresolved: Mention;
}

export interface SpeakerScope {
  text: string;
  words: readonly Word[];
  mentions: MentionIndex;
  /** Every person and organization of the article, by id. */
  entities: ReadonlyMap<string, Entity>;
  /** Speaker of the previous attributed quote, if any. */
  previous?: { speaker: QuoteSpeaker; entity?: Entity; paragraph: number };
  /** The subject of a reporting verb in the sentence before `w`, if any. */
  previousSubject?: (w: Word) => Resolved | undefined;
  /** Is this offset inside someone's quoted words (not a quoted name or scare quote)? */
  inQuote?: (offset: number) => boolean;
}

const PRONOUN = /^(?:he|she|it|they|we|i)$/i;
const MALE = /^(?:he|him|his)$/i;
const FEMALE = /^(?:she|her|hers)$/i;
const NEUTER = /^(?:it|its)$/i;
const PLURAL = /^(?:they|them|their)$/i;
const FIRST_PERSON = /^(?:i|we)$/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those)$/i;
const DEFINITE = /^(?:the|this|that)$/i;
const POSSESSIVE_MARK = /^(?:’s|'s|’|')$/;
// Words after which a name belongs to a phrase about something else (`a spokesman for the WHO`, `members of the House`).
const EMBEDDING = /^(?:of|for|in|at|from|with|by|to|on|near|within|inside|linked|close|under|behind|against|about|including|like|among)$/i;
// Heads that describe a group of people rather than name one: after a name they make it a modifier (`Ferreira aides`).
const GROUP_HEADS = /^(?:aides?|advisers?|advisors?|ally|allies|officials?|staff(?:ers)?|supporters?|surrogates|backers|critics|opponents|members?|lawyers?|attorneys?|sources|insiders|associates|spokes(?:man|woman|person|people)|representatives?|officers?|leaders?|loyalists|voters|donors|operatives|strategists?|campaign|administration|team|people|employees|executives|investigators|analysts|economists|researchers|scientists|experts|historians|negotiators|diplomats|lawmakers|legislators|senators|delegates|activists|protesters|fans|followers|friends|relatives|family|camp|allies|colleagues|counterparts|partisans|campaigners)$/i;
// What someone said, as a noun: after a possessive the owner is the speaker (`Mensah’s remarks`).
const SPOKEN_WORDS = /^(?:remarks?|comments?|words|statements?|speech|speeches|tweets?|testimony|message|letter|interview|answer|response|reply|announcement|op-ed)$/i;
// Organization words a definite description can name an organization by (`the board`, `the company`).
const ORG_DESCRIPTION = new Set([...ORG_HEADS, 'company', 'firm', 'group', 'organization', 'organisation', 'agency', 'campaign', 'administration', 'government', 'newspaper', 'paper', 'editorial', 'daily', 'weekly', 'magazine', 'network', 'station', 'outlet', 'site', 'website', 'publication', 'corporation', 'business', 'charity', 'nonprofit', 'non-profit', 'union', 'party', 'court', 'panel', 'regime', 'ministry', 'bank', 'team', 'club', 'school', 'hospital', 'center', 'centre', 'lab', 'laboratory', 'think-tank', 'tank', 'watchdog', 'insurer', 'retailer', 'manufacturer', 'carrier', 'airline', 'automaker', 'publisher', 'broadcaster', 'channel', 'service', 'office', 'department', 'bureau']);
// A newspaper and what it publishes (`the paper said`, `the editorial read`) name the outlet named before.
const PRESS = /^(?:newspaper|paper|editorial|publication|daily|weekly|magazine)$/i;
// Words newspapers are named with (`The Daily Times`, `The Valley Courier`, `Le Monde`).
const OUTLET_NAME = /\b(?:times|post|journal|tribune|herald|daily|news|gazette|guardian|telegraph|advocate|observer|chronicle|sun|star|review|press|register|inquirer|examiner|courier|dispatch|mirror|express|standard|record|bulletin|monitor|independent|globe|mail|weekly|magazine|monde|zeitung|pa[ií]s)\b/i;
// Organization words that fit any organization (`the group said` after naming one).
const ANY_ORG = /^(?:group|organization|organisation|company|firm|agency|outfit|coalition|movement|network|body|institution|corporation|business|charity|nonprofit|non-profit)$/i;
// Abbreviated titles and the role nouns they stand for.
const ROLE_OF_ABBREVIATION: Record<string, string> = { sen: 'senator', rep: 'representative', gov: 'governor', pres: 'president', sec: 'secretary', gen: 'general', amb: 'ambassador', atty: 'attorney', supt: 'superintendent', insp: 'inspector', lt: 'lieutenant', col: 'colonel', capt: 'captain', adm: 'admiral', cmdr: 'commander', prof: 'professor', dr: 'doctor' };
const ROLE_SYNONYMS: Record<string, string[]> = { representative: ['congressman', 'congresswoman', 'lawmaker'], congressman: ['representative', 'lawmaker'], congresswoman: ['representative', 'lawmaker'], senator: ['lawmaker'], chairman: ['chair'], chairwoman: ['chair'], chair: ['chairman', 'chairwoman'] };

/**
 * Turn the words naming a speaker (`Mensah`, `he`, `the secretary of the … Council Amina Diallo`,
 * `an editorial in a state newspaper`) into a speaker. `prefer` chooses the first or last named
 * person in the phrase: the subject comes first before the verb (`X, the minister, said`), last
 * after a quote (`”, the minister X said`).
 */
export function resolvePhrase(scope: SpeakerScope, from: number, to: number, prefer: 'first' | 'last', beforeOffset: number): Resolved | Unresolved | undefined {
  const { words, mentions, text } = scope;
  if (to < from) return undefined;
  // The word next to the verb first: a pronoun (`when she said`), or a name (`As Reuters reported`).
  // The verb follows the phrase unless the phrase starts right after it (`said X`).
  const verbFirst = from > 0 && isVerbLike(words[from - 1]!);
  const next = verbFirst ? words[from]! : words[to]!;
  if (PRONOUN.test(next.text)) return resolvePronoun(scope, next, beforeOffset);
  // `You could argue …`: a generic you names no one.
  if (/^(?:you|one)$/i.test(next.text) && (verbFirst ? from : to) === (verbFirst ? to : from)) return { unresolved: mentionOf(text, next.start, next.end) };
  // `his suggestion that …`: a possessive pronoun stands for its owner.
  if (from === to && /^(?:his|her|their|its)$/i.test(words[from]!.text)) return resolvePronoun(scope, words[from]!, beforeOffset);
  // `She addressed supporters in an email, saying …`: a pronoun opening the clause is its subject.
  if (!verbFirst && PRONOUN.test(words[from]!.text) && !headMention(scope, from, to, prefer, 'person')) return resolvePronoun(scope, words[from]!, beforeOffset);
  const relative = relativeAntecedent(scope, from, to, verbFirst);
  if (relative !== null) return relative;

  const person = headMention(scope, from, to, prefer, 'person');
  if (person) return named(person.entity, person.mention);
  const org = headMention(scope, from, to, prefer, 'organization');
  if (org) return named(org.entity, org.mention);

  // `When he returned he began by saying, “…`: the nearest subject pronoun before the verb.
  if (!verbFirst) {
    for (let k = to; k >= from && to - k < 8; k--) {
      if (/^(?:he|she|they|we|i)$/i.test(words[k]!.text)) return resolvePronoun(scope, words[k]!, beforeOffset);
      if (/^[,;:]$/.test(words[k]!.text) && k < to) break;
    }
  }
  // An unrecognized capitalized name next to the verb (`Reuters`, `Okonkwo`): keep its words.
  const nameRun = capitalizedRun(words, verbFirst ? from : to, from, to, verbFirst ? 'last' : 'first');
  let before = nameRun ? nameRun.first - 1 : -1;
  while (before > from && DETERMINER.test(words[before]!.text)) before--;
  if (nameRun && !modifiesHead(words, nameRun.last, to) && !(before > from && EMBEDDING.test(words[before]!.text) && isCommonNounHead(words, from, before - 1))) {
    const written = text.slice(nameRun.start, nameRun.end);
    const mention = mentionOf(text, nameRun.start, nameRun.end);
    // A mention the recognizer missed of a person or organization it found elsewhere (`Mensah`).
    const known = byForm(scope, written);
    if (known) return named(known, mention);
    return { via: 'name', speaker: { kind: 'description', name: written, mention } };
  }
  return describe(scope, from, to, beforeOffset);
}

/**
 * The one person or organization whose name or alias is `written` (case aside); else, for one
 * word, the one person whose surname it is (`Israel said` after `Rep. Dana Israel`: a surname
 * the recognizer read as a place where it stood).
 */
function byForm(scope: SpeakerScope, written: string): Entity | undefined {
  const lower = written.toLowerCase();
  const entities = [...scope.entities.values()];
  const fits = entities.filter((e) => (e.type === 'person' || e.type === 'organization') && (e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower)));
  if (fits.length) return fits.length === 1 ? fits[0] : undefined;
  if (/\s/.test(written)) return undefined;
  const bySurname = entities.filter((e) => e.type === 'person' && /\s/.test(e.name) && e.name.toLowerCase().split(/\s+/).pop() === lower);
  return bySurname.length === 1 ? bySurname[0] : undefined;
}

/** The speaker `entity`, named here by `mention`, found `via` that way. */
export function named(entity: Entity, mention: Mention, via: Resolved['via'] = 'name'): Resolved {
  return { via, speaker: { entityId: entity.id, kind: entity.type === 'organization' ? 'organization' : 'person', name: entity.name, mention } };
}

function isVerbLike(w: Word): boolean {
  return w.pos === 'VERB' || /^(?:according|to)$/i.test(w.text);
}

/**
 * `voters who say …`, `Mensah, who called the plan …`: a relative pronoun stands for the name or
 * phrase right before it (and before its comma). `null` when the phrase is no relative pronoun.
 */
function relativeAntecedent(scope: SpeakerScope, from: number, to: number, verbFirst: boolean): Resolved | undefined | null {
  const { words, mentions, text } = scope;
  if (verbFirst || !/^(?:who|which)$/i.test(words[from]!.text) || from === 0 || !(from === to || /^[,—–-]$/.test(words[from - 1]!.text))) return null;
  const before = /^[,—–-]$/.test(words[from - 1]!.text) ? from - 2 : from - 1;
  const mention = mentionOf(text, words[from]!.start, words[from]!.end);
  const antecedent = before >= 0 ? mentions.at(before) : undefined;
  if (antecedent && (antecedent.entity.type === 'person' || antecedent.entity.type === 'organization'))
    return named(antecedent.entity, mention, 'pronoun');
  // (`those who say`, `20% who say`, `the 40 percent who say`.)
  if (from === to && before >= 0 && /^(?:NOUN|PROPN|NUM|DET|PRON|SYM)$/.test(words[before]!.pos) && !/^[,;:]$/.test(words[before]!.text)) {
    let a = before;
    // `7 in 10 voters who say`: `in` between numbers belongs to the phrase.
    const inPhrase = (k: number) => (/^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(words[k]!.pos) && !/^[,;:]$/.test(words[k]!.text)) || (/^in$/i.test(words[k]!.text) && words[k - 1]?.pos === 'NUM');
    while (a > 0 && before - a < 5 && inPhrase(a - 1)) a--;
    return { via: 'description', speaker: { kind: 'description', name: text.slice(words[a]!.start, words[before]!.end), mention } };
  }
  return from === to ? undefined : null;
}

/**
 * The entity of `type` that heads the phrase: the first (or last) mention in it that is not a
 * possessive (`Mensah’s`), not a modifier of a group noun after it (`Mensah aides`), and not inside a
 * prepositional phrase of a description (`a spokesman for the union`, `members of the House`).
 * Inside a party-state tag or brackets nothing heads.
 */
function headMention(scope: SpeakerScope, from: number, to: number, prefer: 'first' | 'last', type: 'person' | 'organization'): { entity: Entity; mention: Mention } | undefined {
  const { words, mentions } = scope;
  let found: { entity: Entity; mention: Mention } | undefined;
  let embedded = false;
  let embedAt = -1;
  let depth = 0;
  for (let k = from; k <= to; k++) {
    const w = words[k]!;
    if (w.text === '(') depth++;
    else if (w.text === ')') depth = Math.max(0, depth - 1);
    // A prepositional phrase after a common noun (`a spokesman for`) embeds what follows; after a name (`Mensah of the NUT`) it does not.
    if (k > from && EMBEDDING.test(w.text) && !mentions.at(k - 1)) {
      embedded = true;
      embedAt = k;
    }
    if (w.text === ',') embedded = false;
    const m = mentions.at(k);
    if (!m || depth > 0) continue;
    // Skip to the mention's last word.
    let end = k;
    while (end + 1 <= to && mentions.at(end + 1)?.mention === m.mention) end++;
    const start = k;
    k = end;
    if (m.entity.type !== type) continue;
    // A person is the preposition's own object (`a spokesman for Mensah`), not a name after a titled
    // phrase (`the secretary of the Security Council Kofi Mensah`).
    if (embedded && (type === 'organization' ? true : onlyDeterminers(words, embedAt + 1, start - 1) && (DETERMINER.test(words[from]!.text) || isCommonNounHead(words, from, embedAt - 1)))) continue;
    // A possessive modifies the head (`Mensah’s spokeswoman`), unless the head is the words themselves (`Mensah’s remarks`).
    const possessive = POSSESSIVE_MARK.test(words[end + 1]?.text ?? '') ? end + 2 : /(?:’s|'s)$/.test(words[end]!.text) ? end + 1 : -1;
    if (possessive >= 0 && !(possessive <= to && SPOKEN_WORDS.test(words[possessive]!.text))) continue;
    if (modifiesHead(words, end, to)) continue;
    // `the Ferreira slate`, `a Mensah rally`: a person's name after an article modifies the noun after it.
    if (type === 'person' && /^(?:the|a|an)$/i.test(words[start - 1]?.text ?? '') && end + 1 <= to && words[end + 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(words[end + 1]!.text)) continue;
    found = m;
    if (prefer === 'first') break;
  }
  return found;
}

function onlyDeterminers(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!/^(?:the|a|an|his|her|their|its|this|that)$/i.test(words[k]!.text)) return false;
  return true;
}

/** Does a common noun (not a name, not a pronoun) end the words `from..to`? (`a spokesman` before `for`.) */
function isCommonNounHead(words: readonly Word[], from: number, to: number): boolean {
  return to >= from && words[to]!.pos === 'NOUN' && /^\p{Ll}/u.test(words[to]!.text);
}

/** The name ending at `end` modifies a group noun after it (`Ferreira aides`, `City Hall officials`), which heads the phrase. */
function modifiesHead(words: readonly Word[], end: number, to: number): boolean {
  let k = end + 1;
  // `Ferreira campaign officials`, `Senate Labour aides`: a noun or two before the head.
  while (k <= to && k - end <= 3 && /^\p{Ll}/u.test(words[k]!.text) && (words[k]!.pos === 'NOUN' || words[k]!.pos === 'ADJ')) {
    if (GROUP_HEADS.test(words[k]!.text) && !startsName(words, k + 1, to)) return true;
    k++;
  }
  return false;
}

/** A capitalized name follows at `k` (`Ferreira spokesman Kofi Mensah`: the name is the speaker, not the group). */
function startsName(words: readonly Word[], k: number, to: number): boolean {
  return k <= to && /^\p{Lu}/u.test(words[k]!.text) && words[k]!.pos === 'PROPN';
}

const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|April|June|July|August|September|October|November|December)$/;

/** Capitalized words (not sentence-initial function words) ending (or starting) at `k`. */
function capitalizedRun(words: readonly Word[], k: number, from: number, to: number, prefer: 'first' | 'last'): { start: number; end: number; first: number; last: number } | undefined {
  const isCap = (w: Word) => /^\p{Lu}/u.test(w.text) && /\p{Ll}/u.test(w.text) && !(w.sentenceStart && DETERMINER.test(w.text)) && !DAY_OR_MONTH.test(w.text) && !/^(?:As|In|On|At|But|And|When|While|After|Before|Then|So|Also|However)$/.test(w.text);
  if (!isCap(words[k]!)) return undefined;
  let a = k;
  let b = k;
  if (prefer === 'first') while (a > from && isCap(words[a - 1]!)) a--;
  else while (b < to && isCap(words[b + 1]!)) b++;
  if (b - a > 3) return undefined;
  return { start: words[a]!.start, end: words[b]!.end, first: a, last: b };
}

/**
 * A speaker known by a description: `the minister`, `a senior official`, `The publication`,
 * `officials`, `his campaign`. A definite one whose head is a role or an organization word is
 * fitted to the one entity it describes (`the senator` → the senator named before); the rest
 * stay descriptions, trimmed to their noun phrase.
 */
function describe(scope: SpeakerScope, start: number, to: number, beforeOffset: number): Resolved | undefined {
  let from = start;
  const { words, text } = scope;
  // `according to exit polls`: named as the source, any noun phrase is one.
  const source = /^to$/i.test(words[from - 1]?.text ?? '') && /^according$/i.test(words[from - 2]?.text ?? '');
  let np = nounPhrase(words, from, to) ?? (source ? lastNoun(words, from, to) : undefined);
  // `Among likely primary voters, about two-thirds, 67 percent,`: the noun phrase after a framing comma.
  for (let c = from; !np && c < to; c++) {
    if (words[c]!.text !== ',' || c + 1 > to) continue;
    np = nounPhrase(words, c + 1, to);
    if (np) from = c + 1;
  }
  if (!np) return undefined;
  from = np.start;
  const mention = mentionOf(text, words[from]!.start, words[np.end]!.end);
  const first = words[from]!;
  const head = words[np.head]!.text.toLowerCase();
  if (DEFINITE.test(first.text) && !/s$/.test(head)) {
    const fitted = fitDescription(scope, head, words.slice(from + 1, np.head).map((w) => w.text.toLowerCase()), beforeOffset);
    if (fitted) return named(fitted, mention, 'role');
  }
  // `A cashier was shaken. … “…,” said the woman`: a plain person noun refers back to the person just introduced.
  if (DEFINITE.test(first.text) && PLAIN_PERSON.test(head) && np.head === from + 1) {
    const intro = introducedBefore(words, from);
    const gender = genderOfDescription(head);
    if (intro) {
      const name = text.slice(words[intro.from]!.start, words[intro.to]!.end);
      const introGender = genderOfDescription(name);
      if (!gender || !introGender || gender === introGender) return { via: 'description', speaker: { kind: 'description', name, mention } };
    }
  }
  // `The paper said` after `An editorial … said`: the same unnamed source.
  if (scope.previous && !scope.previous.speaker.entityId && DEFINITE.test(first.text) && scope.previous.speaker.kind === 'description')
    return { via: 'description', speaker: { kind: 'description', name: scope.previous.speaker.name, mention } };
  // `The Ferreira administration`: a description that is a name but for its article is named without it.
  let nameFrom = /^the$/i.test(first.text) && /^\p{Lu}/u.test(words[from + 1]?.text ?? '') && from < np.head ? from + 1 : from;
  // A description is named in at most five words, as a reader would cite it: past five, the hedge
  // goes first (`at least a dozen members of Congress` → `a dozen members of Congress`), then
  // what follows the head (`two senior members of the House` → `two senior members`).
  let end = np.end;
  const long = () => !/^\p{Lu}/u.test(words[nameFrom]!.text) && words.slice(nameFrom, end + 1).filter((w) => /[\p{L}\p{N}]/u.test(w.text)).length > 5;
  if (long() && /^(?:at|as|up|more|fewer|less)$/i.test(words[nameFrom]!.text) && /^(?:least|most|many|much|to|than)$/i.test(words[nameFrom + 1]?.text ?? '')) nameFrom += /^as$/i.test(words[nameFrom]!.text) && /^as$/i.test(words[nameFrom + 2]?.text ?? '') ? 3 : 2;
  if (nameFrom > np.head) nameFrom = from;
  if (long()) end = np.head;
  return { via: 'description', speaker: { kind: 'description', name: text.slice(words[nameFrom]!.start, words[end]!.end), mention } };
}

/** Nouns that say no more than that someone is a person (`the woman said`). */
const PLAIN_PERSON = /^(?:man|woman|person|boy|girl|lady|gentleman|teenager|teen)$/i;
/** A noun that names someone by what they do (`cashier`, `organizer`, `activist`, `resident`). */
const AGENT_NOUN = /^\p{Ll}+(?:er|or|ist|ian|ant|ent|man|woman)$/u;

/**
 * The indefinite description that opens one of the last sentences before `k` as its subject
 * (`a middle-aged cashier was shaken`), nearest first, within the paragraph or the one before.
 */
function introducedBefore(words: readonly Word[], k: number): { from: number; to: number } | undefined {
  const paragraph = words[k]!.paragraph;
  for (let i = k - 1; i >= 0 && k - i < 120 && words[i]!.paragraph >= paragraph - 1; i--) {
    if (!/^(?:a|an)$/i.test(words[i]!.text)) continue;
    // At a sentence start, or after a framing phrase and its comma (`At a drugstore near the mosque, a cashier …`).
    if (!words[i]!.sentenceStart && words[i - 1]?.text !== ',') continue;
    let h = i + 1;
    while (h < k && h - i <= 4 && (words[h]!.pos === 'ADJ' || /-/.test(words[h]!.text)) && /^\p{Ll}/u.test(words[h]!.text)) h++;
    if (!AGENT_NOUN.test(words[h]?.text ?? '') || words[h]!.pos !== 'NOUN') continue;
    if (/^(?:VERB|AUX)$/.test(words[h + 1]?.pos ?? '')) return { from: i, to: h };
  }
  return undefined;
}

const POSSESSIVE_DETERMINER = /^(?:his|her|their|its|our|my|your)$/i;
const QUANTIFIER = /^(?:many|some|several|most|multiple|two|three|four|five|both|all|other|others|another|one|half|nearly|about|almost|roughly|only|just|more|fewer|majorities|majority|three-quarters|two-thirds|one-third|few|no|each|every)$/i;

/** The last noun of a short phrase, before any punctuation: the head of a source named after `according to`. */
function lastNoun(words: readonly Word[], from: number, to: number): { start: number; head: number; end: number } | undefined {
  let head = -1;
  for (let k = from; k <= to && k - from < 8 && !/^[,;:()]$/.test(words[k]!.text); k++) if (words[k]!.pos === 'NOUN' || words[k]!.pos === 'PROPN') head = k;
  return head >= 0 ? { start: from, head, end: head } : undefined;
}

/**
 * The noun phrase a description is: determiner or quantifier, modifiers, a head noun, and at most
 * one short prepositional phrase (`a spokesman for the union`, `two senior members of the
 * House`); a relative clause or anything after is left out. Undefined when the words are no noun
 * phrase (a clause fragment, a verb, a bare adverb).
 */
function nounPhrase(words: readonly Word[], start: number, to: number): { start: number; head: number; end: number } | undefined {
  // `at least a dozen members`, `as many as three-fourths of them`, `more than 4 in 10`: a quantity first.
  let from = start;
  // `even a top strategist`, `also the mayor`: a focusing adverb before the phrase.
  if (from < to && /^(?:even|also|only|just|still|then)$/i.test(words[from]!.text) && (DETERMINER.test(words[from + 1]!.text) || QUANTIFIER.test(words[from + 1]!.text))) from++;
  // (The hedge stays part of the phrase: `more than 4 in 10` is who answered.)
  const phraseStart = from;
  if (/^(?:at|as|up|more|fewer|less)$/i.test(words[from]!.text) && /^(?:least|most|many|much|to|than)$/i.test(words[from + 1]?.text ?? '')) from += /^as$/i.test(words[from]!.text) && /^as$/i.test(words[from + 2]?.text ?? '') ? 3 : 2;
  if (from > to) return undefined;
  const first = words[from]!;
  if (/^(?:but|and|or|so|then|when|while|as|if|because|after|before|in|on|at|for|with|from|by|among|during|that|this|these|those|there|here|what|which|who|it|you|me|us|him|them)$/i.test(first.text) && !(/^(?:this|that|these|those)$/i.test(first.text) && words[from + 1]?.pos === 'NOUN') && !(/^those$/i.test(first.text) && from < to)) return undefined;
  let k = from;
  // `Virtually all analysts`: an adverb before a quantifier.
  if (/ly$/i.test(first.text) && first.pos === 'ADV' && QUANTIFIER.test(words[from + 1]?.text ?? '')) k++;
  // Determiner, quantifier or possessive.
  if (DETERMINER.test(words[k]!.text) || QUANTIFIER.test(words[k]!.text) || POSSESSIVE_DETERMINER.test(words[k]!.text) || words[k]!.pos === 'NUM') k++;
  // `Only 24 percent`, `nearly half`, `some of the`: a second quantifier word.
  if (k <= to && k > from && (QUANTIFIER.test(words[k]!.text) || words[k]!.pos === 'NUM') && !DETERMINER.test(words[k - 1]!.text)) k++;
  // `7 in 10 voters`, `more than 4 in 10`, `half of voters`.
  // The share itself heads the phrase when nothing follows it (`Thirty-one percent of those surveyed`).
  let share = k > from && words[k - 1]!.pos === 'NUM' ? k - 1 : -1;
  while (k <= to && (words[k]!.pos === 'NUM' || /^(?:in|than|of|percent|%|them|us)$/i.test(words[k]!.text)) && k - from < 6) {
    if (words[k]!.pos === 'NUM' || /^(?:percent|%)$/.test(words[k]!.text)) share = k;
    k++;
  }
  // `one of the 25 delegates`, `some of the lawyers`: a partitive's determiner.
  if (k > from && /^of$/i.test(words[k - 1]!.text) && (words[k]?.pos === 'DET' || POSSESSIVE_DETERMINER.test(words[k]?.text ?? ''))) k++;
  let head = -1;
  for (; k <= to && k - from < 10; k++) {
    const w = words[k]!;
    // (A capitalized word is a name, whatever part of speech the tagger gave it: `Kofi/VERB Mensah’s associates`.)
    const name = /^\p{Lu}/u.test(w.text) && !/^(?:ADP|DET|ADV|CCONJ|SCONJ|PRON|AUX|PART)$/.test(w.pos);
    if (name || /^(?:NOUN|PROPN|ADJ|NUM)$/.test(w.pos) || /^(?:-|’s|'s|&)$/.test(w.text) || (w.pos === 'VERB' && /(?:ing|ed)$/.test(w.text) && words[k + 1]?.pos === 'NOUN')) {
      if (w.pos === 'NOUN' || w.pos === 'PROPN' || name || (w.pos === 'NUM' && k > from)) head = k;
      continue;
    }
    break;
  }
  if (head < 0) {
    // `three in 10`, `21 percent`, `many`, `most of them`: a bare share or quantity of people.
    const last = words[k - 1];
    if (k > from && last && (last.pos === 'NUM' || /^(?:percent|%|them|us|many|some|most|several|few|both|all|others?|one|two|three|half|majority|majorities|third|quarter)$/i.test(last.text))) head = k - 1;
    else if (share >= 0) head = share;
    // `Many in the crowd`, `Those over 60`: a quantifier or `those` and what qualifies it.
    else if (QUANTIFIER.test(first.text) || /^those$/i.test(first.text)) head = from;
    else return undefined;
  }
  let end = head;
  // One short prepositional phrase: `for the union`, `of the House`, `close to the minister`.
  const p = head + 1;
  if (p <= to && /^(?:of|for|at|from|with|in|by|over|under|among|aged|across|close|near|familiar|linked|on)$/i.test(words[p]!.text)) {
    let q = /^(?:close|near|familiar|linked)$/i.test(words[p]!.text) && /^(?:to|with)$/i.test(words[p + 1]?.text ?? '') ? p + 2 : p + 1;
    const start = q;
    while (q <= to && q - start < 6 && (/^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(words[q]!.pos) || /^\p{Lu}/u.test(words[q]!.text) || POSSESSIVE_DETERMINER.test(words[q]!.text) || /^(?:’s|'s|&|-|and)$/.test(words[q]!.text)) && !/^(?:who|which|that)$/i.test(words[q]!.text)) q++;
    if (q > start) end = q - 1;
    while (end > head && /^(?:and|&|-)$/i.test(words[end]!.text)) end--;
  }
  // A bare lower-case phrase must be a plural or a role (`officials`, `analyst`), or a web address.
  if (k === from || (k > from && !/^\p{Lu}/u.test(first.text) && !DETERMINER.test(first.text) && first.pos !== 'NUM' && !QUANTIFIER.test(first.text) && !POSSESSIVE_DETERMINER.test(first.text))) {
    const h = words[head]!;
    const plural = /s$/.test(h.text) || /^(?:people|men|women|children|police|staff|personnel)$/i.test(h.text) || /\.[a-z]{2,4}$/.test(h.text);
    if (!plural && !ROLE_NOUNS.has(h.text.toLowerCase()) && !/^\p{Lu}/u.test(h.text)) return undefined;
  }
  return { start: phraseStart, head, end };
}

/**
 * The entity a definite description names: `the senator` → the one person titled senator (`Sen.`),
 * `the board` → the one organization with `Board` in its name, `the company` → the organization
 * named last before. When several fit, the one named most recently before the quote; none
 * when none was named before.
 */
function fitDescription(scope: SpeakerScope, head: string, modifiers: readonly string[], beforeOffset: number): Entity | undefined {
  const roles = new Set([head, ...(ROLE_SYNONYMS[head] ?? [])]);
  // `said the 46-year-old`: an age names someone already introduced, as a role with no title does.
  const isAge = /^(?:\d+-)?year-old$/.test(head);
  const isRole = ROLE_NOUNS.has(head) || head in ROLE_SYNONYMS || isAge;
  const isOrg = ORG_DESCRIPTION.has(head);
  if (!isRole && !isOrg) return undefined;
  const fits = (e: Entity): boolean => {
    if (e.type === 'person' && isRole) return e.titles.some((t) => titleWords(t).some((w) => roles.has(w)) && modifiers.every((m) => /^(?:former|current|two-term|first-term|longtime|then|new|top|senior|incumbent|outgoing|embattled|presumptive|likely|republican|democratic)$/.test(m) || titleWords(t).includes(m) || /^\d/.test(m)));
    if (e.type === 'organization' && isOrg) return ANY_ORG.test(head) || titleWords(e.name).includes(head) || (PRESS.test(head) && OUTLET_NAME.test(e.name));
    return false;
  };
  const titled = isAge ? undefined : mostRecent(scope, beforeOffset, fits, 400);
  if (titled || !isRole || INTRODUCING_ROLES.has(head)) return titled;
  // `“…,” the former governor said` where the article gave him no title: the person the passage is
  // about — the last speaker, when near — is who a role refers back to.
  const prev = scope.previous;
  const paragraph = scope.words[scope.mentions.wordAt(beforeOffset)]?.paragraph ?? 0;
  if (prev?.entity?.type === 'person' && prev.paragraph >= paragraph - 1) return prev.entity;
  return isAge ? nearestBefore(scope, beforeOffset, (e) => e.type === 'person', undefined, false, 80) : undefined;
}

// Roles that introduce someone new rather than refer back (`the spokesman said`, `an aide said`).
const INTRODUCING_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'official', 'lawyer', 'attorney', 'analyst', 'expert', 'economist', 'researcher', 'strategist', 'pollster', 'member', 'delegate', 'organizer', 'organiser', 'consultant', 'professor', 'historian', 'scholar', 'specialist', 'correspondent', 'reporter', 'journalist', 'editor', 'columnist', 'author', 'activist', 'campaigner', 'diplomat', 'negotiator', 'deputy', 'officer', 'coordinator', 'manager', 'director', 'executive', 'lecturer']);

/** Lower-case words of a title or name, abbreviations spelled out (`Sen.` → senator). */
function titleWords(t: string): string[] {
  return t
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/\.$/, ''))
    .map((w) => ROLE_OF_ABBREVIATION[w] ?? w);
}

/** The entity of the mention nearest before `offset` (within `reach` words) that passes `ok`. */
function mostRecent(scope: SpeakerScope, offset: number, ok: (e: Entity) => boolean, reach: number): Entity | undefined {
  const k0 = scope.mentions.wordAt(offset) - 1;
  for (let k = k0; k >= 0 && k0 - k < reach; k--) {
    const m = scope.mentions.at(k);
    if (m && ok(m.entity)) return m.entity;
  }
  return undefined;
}

/**
 * A pronoun's antecedent. `he`/`she`: the person the discourse is about who agrees in gender —
 * the previous quote's speaker when near, else the subject of a sentence in this paragraph, else
 * the nearest person named before; a person of unknown gender only when no one agrees for sure.
 * `it`: an organization or an unnamed source; `they`: an organization, a group, or a
 * description. `I`/`we`: the previous speaker. None that fits: unresolved (no speaker).
 */
export function resolvePronoun(scope: SpeakerScope, w: Word, beforeOffset: number): Resolved | Unresolved {
  const p = w.text;
  const mention = mentionOf(scope.text, w.start, w.end);
  const prev = scope.previous;
  const near = (paragraph: number) => paragraph >= w.paragraph - 1;
  const speakerOf = (e: Entity, via: Resolved['via']): Resolved => named(e, mention, via);
  if (FIRST_PERSON.test(p)) {
    if (prev && near(prev.paragraph)) return { via: 'pronoun', speaker: { ...prev.speaker, mention } };
    return { unresolved: mention };
  }
  if (MALE.test(p) || FEMALE.test(p)) {
    const want = MALE.test(p) ? 'male' : 'female';
    const sure = (e: Entity) => e.type === 'person' && e.gender === want;
    const maybe = (e: Entity) => e.type === 'person' && e.gender === null;
    // `“…,” said the woman. “…,” she said`: the unnamed speaker just quoted, unless someone who agrees was named since.
    if (prev && !prev.entity && prev.speaker.kind === 'description' && near(prev.paragraph) && (genderOfDescription(prev.speaker.name) ?? genderOfDescription(prev.speaker.mention?.text ?? '')) === want) {
      const rival = nearestBefore(scope, beforeOffset, sure, undefined, false, 150);
      const since = prev.speaker.mention?.start ?? -1;
      if (!rival || lastMentionBefore(scope, rival, beforeOffset) < since) return { via: 'description', speaker: { ...prev.speaker, mention } };
    }
    // `Mensah fired back: “…” he wrote`: a person who agrees, named as a sentence subject earlier in this paragraph.
    const local = nearestBefore(scope, beforeOffset, sure, w.paragraph, true);
    if (local) return speakerOf(local, 'pronoun');
    if (prev?.entity && sure(prev.entity) && near(prev.paragraph)) return speakerOf(prev.entity, 'pronoun');
    const lead = previousParagraphSubject(scope, w, beforeOffset, sure);
    if (lead) return speakerOf(lead, 'pronoun');
    const agreeing = nearestBefore(scope, beforeOffset, sure, undefined, false, 150);
    const unknown = nearestBefore(scope, beforeOffset, maybe, w.paragraph, true) ?? (prev?.entity && maybe(prev.entity) && near(prev.paragraph) ? prev.entity : undefined);
    // A person of unknown gender who is the paragraph's subject or the last speaker beats one who agrees further back.
    if (unknown && (!agreeing || lastMentionBefore(scope, unknown, beforeOffset) > lastMentionBefore(scope, agreeing, beforeOffset))) return speakerOf(unknown, 'pronoun-weak');
    if (agreeing) return speakerOf(agreeing, 'pronoun');
    const any = nearestBefore(scope, beforeOffset, maybe, undefined, false, 150);
    if (any) return speakerOf(any, 'pronoun-weak');
    return { unresolved: mention };
  }
  if (NEUTER.test(p) || PLURAL.test(p)) {
    // `An editorial … warned about X. It said …`: the subject of the previous reporting sentence.
    const subject = scope.previousSubject?.(w);
    if (subject && (subject.speaker.kind !== 'person' || PLURAL.test(p))) return { via: subject.via === 'name' ? 'pronoun' : subject.via, speaker: { ...subject.speaker, mention } };
    if (prev && prev.speaker.kind !== 'person' && near(prev.paragraph)) return { via: prev.speaker.entityId ? 'pronoun' : 'description', speaker: { ...prev.speaker, mention } };
    const org = nearestBefore(scope, beforeOffset, (x) => x.type === 'organization', undefined, false, 80);
    if (org) return speakerOf(org, 'pronoun-weak');
  }
  return { unresolved: mention };
}

/**
 * `Spokesman X said the president was not targeting Mensah. (next paragraph) “…,” he said`: when the
 * pronoun's paragraph names no one before it, the last sentence subject of the paragraph
 * before — not a name inside what that subject said.
 */
function previousParagraphSubject(scope: SpeakerScope, w: Word, beforeOffset: number, ok: (e: Entity) => boolean): Entity | undefined {
  const from = scope.mentions.wordAt(beforeOffset);
  let first = from;
  while (first > 0 && scope.words[first - 1]!.paragraph === w.paragraph) {
    // (A paragraph this long is no short quote paragraph; the bound keeps pronoun resolution linear.)
    if (from - first > 120) return undefined;
    first--;
    const m = scope.mentions.at(first);
    if (m && m.entity.type === 'person' && !scope.inQuote?.(m.mention.start)) return undefined;
  }
  return first > 0 ? nearestBefore(scope, scope.words[first]!.start, ok, w.paragraph - 1, true) : undefined;
}

/** Start of the last mention of `e` before `offset`, or -1. */
function lastMentionBefore(scope: SpeakerScope, e: Entity, offset: number): number {
  let best = -1;
  for (const m of e.mentions) if (m.start < offset && m.start > best) best = m.start;
  return best;
}

/** The entity of the nearest mention before `offset` (within `reach` words) that passes `ok`. */
function nearestBefore(scope: SpeakerScope, offset: number, ok: (e: Entity) => boolean, paragraph?: number, subjectOnly = false, reach = 60): Entity | undefined {
  const k0 = scope.mentions.wordAt(offset) - 1;
  for (let k = k0; k >= 0 && k0 - k < reach; k--) {
    if (paragraph !== undefined && scope.words[k]!.paragraph !== paragraph) return undefined;
    const m = scope.mentions.at(k);
    // A person named inside a quote is talked about, not talking: `“It’s the Mensah way,” he said` is not Mensah.
    if (m && ok(m.entity) && (!subjectOnly || isSentenceSubject(scope, k, m.mention)) && !POSSESSIVE_MARK.test(scope.words[k + 1]?.text ?? '') && !scope.inQuote?.(m.mention.start) && !nounModifier(scope.words, k, m.mention)) return m.entity;
  }
  return undefined;
}

/** `a Mensah supporter`, `the Mensah campaign`: a name after an article, modifying the noun after it, is no one who acts. */
function nounModifier(words: readonly Word[], k: number, mention: Mention): boolean {
  let a = k;
  while (a > 0 && words[a - 1]!.start >= mention.start) a--;
  const next = words[k + 1];
  return /^(?:a|an|the)$/i.test(words[a - 1]?.text ?? '') && !!next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
}

/** The first name in its sentence, before any verb: a rough sentence subject. */
function isSentenceSubject(scope: SpeakerScope, k: number, mention: Mention): boolean {
  const { words, mentions } = scope;
  const { start } = sentenceBounds(words, k);
  // `With a vote for X ruled out, Okafor said`: a framing phrase is no subject, what follows its comma may be.
  const from = skipFraming(words, start, k, true);
  if (k < from) return false;
  // From the mention's own word back to its sentence's (or paragraph's) first word.
  for (let i = k; i >= from; i--) {
    const w = words[i]!;
    // A place before the name is its modifier or a setting (`Ohio Gov. X`, `In Lagos, X`), not another subject.
    const other = mentions.at(i);
    // So is a body right before a title (`City Hall spokesman X`, `Republican Rep. X`).
    const modifier = other && (other.entity.type === 'place' || (other.entity.type === 'organization' && k - i <= 3));
    if (w.end <= mention.start && (w.pos === 'VERB' || (other && other.mention !== mention && !modifier) || /^[”"»:;]$/.test(w.text))) return false;
  }
  return true;
}
