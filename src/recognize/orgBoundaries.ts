import type { TaggedName, Word } from '../document.js';
import { isOrgWord } from '../knowledge/lexicon.js';
import { ORG_HEADS, ORG_STARTS, PARTY_STATE, isTitleWord } from '../knowledge/words.js';
import { isAllCaps, isCapitalized } from './words.js';

/**
 * Where a name starts and ends, for the cases a word-by-word tagger gets wrong and a reader does
 * not (each rule is general English: no name is listed):
 * - a party-state tag is never a name (`(D-N.C.)`, `R-Ky.`);
 * - coordination splits: `the FBI and the Department of Labor` is two organizations;
 * - `X of (the) Y` stays whole: `Office of the Director of Rail Safety`;
 * - a leading proper adjective stays: `Democratic Senatorial Campaign Committee`;
 * - a newspaper's name keeps its bracketed place: `The (Springfield, Ill.) Courier`;
 * - a role after an institution is a title, not part of it: `Senate | Minority Leader`;
 * - a function word opening a sentence is not part of a name: `One | State Department lawyer`,
 *   nor is `The` (`The | National Bank of Poland`) unless the rest is one word (`The Hague`);
 * - highways and numbered roads are places, number included (`Interstate 75`), never organizations;
 * - an abbreviated honorific opens only a person's name (`Sen. Kofi Mensah`, whatever the tagger typed);
 * - `the Conservative party`: a party's name written with a lower-case `party` is an organization, `party` included.
 * Spans are word ranges of the tagger's output; the result is sorted by start.
 */
export function fixBoundaries(tagged: readonly TaggedName[], words: readonly Word[]): TaggedName[] {
  let names = tagged.filter((t) => !touchesPartyState(t, words)).map((t) => personAfterHonorific(t, words));
  names = names.flatMap((t) => splitCoordinated(t, words)).flatMap((t) => splitNested(t, words));
  names = joinOfChains(names, words);
  const before = indexed(names, words.length);
  names = names.map((t) => withLeadingAdjective(t, words, before)).filter((t): t is TaggedName => t !== undefined);
  const texts = new Set(names.filter((n) => n.type !== 'misc').map((n) => textOf(words, n.first, n.last)));
  names = names.map((t) => roadOrNot(withoutTrailingRole(withoutOpeningFunctionWord(t, words, texts), words), words)).filter((t): t is TaggedName => t !== undefined);
  return withParties(withBracketedPlaces(names, words), words).sort((a, b) => a.start - b.start);
}

/** Names by word: which name covers each word, and which starts at it (the rules look these up, never scan all names). */
interface NameIndex {
  names: readonly TaggedName[];
  /** Index into `names` of the name covering each word, or -1. */
  covering: Int32Array;
  startingAt: Map<number, TaggedName>;
}

function indexed(names: readonly TaggedName[], length: number): NameIndex {
  const covering = new Int32Array(length).fill(-1);
  const startingAt = new Map<number, TaggedName>();
  names.forEach((n, k) => {
    for (let w = n.first; w <= n.last; w++) if (covering[w] === -1) covering[w] = k;
    if (!startingAt.has(n.first)) startingAt.set(n.first, n);
  });
  return { names, covering, startingAt };
}

const coveredBy = (index: NameIndex, k: number): TaggedName | undefined => (k >= 0 && index.covering[k]! >= 0 ? index.names[index.covering[k]!] : undefined);

function textOf(words: readonly Word[], first: number, last: number): string {
  let s = words[first]!.text;
  for (let k = first + 1; k <= last; k++) s += ` ${words[k]!.text}`;
  return s;
}

function touchesPartyState(t: TaggedName, words: readonly Word[]): boolean {
  for (let k = t.first; k <= t.last; k++) if (PARTY_STATE.test(words[k]!.text)) return true;
  return false;
}

/** `Sen. X`, `Dr. X`, `Gov. X`: a title abbreviated with a period is written only before a person. */
function personAfterHonorific(t: TaggedName, words: readonly Word[]): TaggedName {
  const w = words[t.first]!.text;
  return t.type !== 'person' && t.type !== 'misc' && t.last > t.first && /^\p{Lu}\p{Ll}{1,4}\.$/u.test(w) && isTitleWord(w) && isCapitalized(words[t.first + 1]!.text) ? { ...t, type: 'person' } : t;
}

/** The tagged span is whole words (not part of a hyphenated compound). */
const wholeWords = (t: TaggedName, words: readonly Word[]) => t.start === words[t.first]!.start && t.end === words[t.last]!.end;

const lower = (w: Word | undefined) => w?.text.toLowerCase() ?? '';

/** A name complete by itself: an acronym, or one ending in an institution's head word. */
function complete(w: Word): boolean {
  const l = w.text.toLowerCase();
  return isAllCaps(w.text.replace(/\./g, '')) || ORG_HEADS.has(l) || isOrgWord(l);
}

/** An organization's name can open with it: `the …`, `Department …`, an acronym. */
function opensName(w: Word | undefined): boolean {
  return w !== undefined && (w.text === 'the' || ORG_STARTS.has(w.text.toLowerCase()) && isCapitalized(w.text) || isAllCaps(w.text.replace(/\./g, '')));
}

/** `FBI and the Department of Labor` → `FBI`, `Department of Labor`; `Department of Health and Human Services` stays. */
function splitCoordinated(t: TaggedName, words: readonly Word[]): TaggedName[] {
  if (t.type !== 'organization' || !wholeWords(t, words)) return [t];
  for (let k = t.first + 1; k < t.last; k++) {
    if (!/^(?:and|&)$/.test(words[k]!.text) || !complete(words[k - 1]!) || !opensName(words[k + 1])) continue;
    const right = words[k + 1]!.text === 'the' ? k + 2 : k + 1;
    if (right > t.last) continue;
    const left: TaggedName = { ...t, last: k - 1, end: words[k - 1]!.end };
    return [left, ...splitCoordinated({ ...t, first: right, start: words[right]!.start }, words)];
  }
  return [t];
}

/** Lower-case words inside an institution's long name; not `and`, which joins two names as often. */
/**
 * `Islamic Education Unit of the Ghana Education Service`: a unit and the organization it
 * belongs to, both complete (each ends in an institution's head word), are two names. A single
 * word before `of` stays (`Council of the European Union`, `Bank of England`).
 */
function splitNested(t: TaggedName, words: readonly Word[]): TaggedName[] {
  if (t.type !== 'organization' || !wholeWords(t, words)) return [t];
  for (let k = t.first + 2; k < t.last - 1; k++) {
    if (words[k]!.text !== 'of' || words[k + 1]!.text !== 'the' || !headWord(words[k - 1]!) || !headWord(words[t.last]!)) continue;
    return [{ ...t, last: k - 1, end: words[k - 1]!.end }, { ...t, first: k + 2, start: words[k + 2]!.start }];
  }
  return [t];
}

const CHAIN_JOINERS = new Set(['of', 'the', 'for', 'on']);
const MAX_CHAIN = 8;

/**
 * `Office of the Director of Rail Safety`: an organization whose last word opens such names
 * (`Office`, `Ministry`, `Committee`; not `Corp`, whose `of` says where), then `of`/`for`, then capitalized words and joiners up
 * to the end of the run, is one name — the tagger often stops at a role word inside it. The
 * chain stops before a person and sheds trailing role words (`Ministry of Health Minister X`).
 * The same from the right: an organization after such a chain that opens with `Office of …`.
 */
function joinOfChains(tagged: TaggedName[], words: readonly Word[]): TaggedName[] {
  const index = indexed(tagged, words.length);
  const names = tagged.map((t) => openingChain(t, words, index));
  const out: TaggedName[] = [];
  for (let i = 0; i < names.length; i++) {
    const t = names[i]!;
    const next = words[t.last + 1];
    const head = lower(words[t.last]);
    // Only words that open such names (`Office of`, `Bank of`); `Kia Motor Corp | of South Korea` says where.
    if (t.type !== 'organization' || !wholeWords(t, words) || (next?.text !== 'of' && next?.text !== 'for') || !ORG_STARTS.has(head)) {
      out.push(t);
      continue;
    }
    const sentence = words[t.last]!.sentence;
    let end = t.last;
    for (let k = t.last + 1; k < words.length && k - t.last <= MAX_CHAIN; k++) {
      const w = words[k]!;
      if (w.sentence !== sentence || !(CHAIN_JOINERS.has(w.text) || isCapitalized(w.text) && /\p{L}/u.test(w.text))) break;
      if (coveredBy(index, k)?.type === 'person') break;
      if (isCapitalized(w.text)) end = k;
    }
    while (end > t.last && isTitleWord(words[end]!.text)) {
      end--;
      while (end > t.last && !isCapitalized(words[end]!.text)) end--;
    }
    // `Audit Committee of | the Hong Kong Institute of Accountants`: a chain that is an organization of its own stays one.
    if (end === t.last || words.slice(t.last + 2, end + 1).some((w) => isCapitalized(w.text) && headWord(w))) {
      out.push(t);
      continue;
    }
    // Names inside the chain give way to it; the join keeps the surest margin it overrides.
    let margin = t.margin;
    while (i + 1 < names.length && names[i + 1]!.first <= end) {
      const inner = names[++i]!;
      margin = Math.min(margin, inner.margin);
      if (inner.last > end) end = inner.last;
    }
    out.push({ ...t, last: end, end: words[end]!.end, margin });
  }
  return out;
}

/** An institution's head word (`Institute`, `Company`, `Service`): a name holding one is an organization of its own. */
function headWord(w: Word): boolean {
  const l = w.text.toLowerCase();
  return ORG_HEADS.has(l) || isOrgWord(l);
}

/** `Office of the Director of | Rail Safety`: the organization starts where the chain before it opens with an institution's word. */
function openingChain(t: TaggedName, words: readonly Word[], index: NameIndex): TaggedName {
  if (t.type !== 'organization' || !wholeWords(t, words)) return t;
  const sentence = words[t.first]!.sentence;
  let start = t.first;
  let sawOf = false;
  for (let k = t.first - 1; k >= 0 && t.first - k <= MAX_CHAIN; k--) {
    const w = words[k]!;
    if (w.sentence !== sentence || !(CHAIN_JOINERS.has(w.text) || isCapitalized(w.text) && /\p{L}/u.test(w.text))) break;
    if (coveredBy(index, k)?.type === 'person') break;
    if (w.text === 'of' || w.text === 'for') sawOf = true;
    if (isCapitalized(w.text)) start = k;
  }
  while (start < t.first && !(ORG_STARTS.has(lower(words[start])) && isCapitalized(words[start]!.text))) start++;
  if (start === t.first || words.slice(t.first, t.last + 1).some(headWord) || !sawOf || !words.slice(start, t.first).some((w) => w.text === 'of' || w.text === 'for')) return t;
  return { ...t, first: start, start: words[start]!.start };
}

/** Capitalized adjectives that open organizations' names and are no nationality (`Democratic National Committee`). */
const NAME_ADJECTIVES = new Set(['democratic', 'republican', 'national', 'international', 'federal', 'royal', 'united', 'central', 'supreme', 'revolutionary', 'progressive', 'conservative', 'liberal', 'socialist', 'communist', 'labour', 'independent', 'popular', 'islamic', 'world']);

/** `Democratic Senatorial Campaign Committee`: the tagger may leave the adjective out. A lone adjective name before it (misc) merges in. */
function withLeadingAdjective(t: TaggedName, words: readonly Word[], index: NameIndex): TaggedName | undefined {
  const before = words[t.first - 1];
  const next = index.startingAt.get(t.last + 1);
  if (t.type === 'misc' && t.first === t.last && NAME_ADJECTIVES.has(lower(words[t.first])) && next?.type === 'organization' && wholeWords(next, words)) return undefined;
  if (t.type !== 'organization' || !wholeWords(t, words) || !before || !isCapitalized(before.text) || !NAME_ADJECTIVES.has(before.text.toLowerCase()) || before.sentence !== words[t.first]!.sentence) return t;
  const other = coveredBy(index, t.first - 1);
  if (other && other !== t && other.type !== 'misc') return t;
  return { ...t, first: t.first - 1, start: before.start };
}

/** `the Conservative party`, `the ruling Jubilee party`: a party adjective or a name the tagger found, then `party`. */
function withParties(names: TaggedName[], words: readonly Word[]): TaggedName[] {
  const out: TaggedName[] = [];
  const atLast = new Map(names.map((n) => [n.last, n]));
  const covered = new Set(names.flatMap((n) => Array.from({ length: n.last - n.first + 1 }, (_, j) => n.first + j)));
  const extended = new Set<TaggedName>();
  for (let k = 0; k + 1 < words.length; k++) {
    if (words[k + 1]!.text !== 'party' || !isCapitalized(words[k]!.text) || words[k + 1]!.sentence !== words[k]!.sentence) continue;
    const before = atLast.get(k);
    if (before && before.type !== 'person' && wholeWords(before, words)) {
      extended.add(before);
      out.push({ ...before, type: 'organization', last: k + 1, end: words[k + 1]!.end });
    } else if (!covered.has(k) && NAME_ADJECTIVES.has(lower(words[k]))) {
      out.push({ first: k, last: k + 1, start: words[k]!.start, end: words[k + 1]!.end, type: 'organization', margin: 0 });
    }
  }
  return out.length ? [...names.filter((n) => !extended.has(n)), ...out] : names;
}

/** Heads of newspapers' names, which may carry their town in brackets. */
const PAPER_HEADS = new Set(['courier', 'times', 'post', 'journal', 'tribune', 'herald', 'news', 'gazette', 'star', 'register', 'sun', 'globe', 'observer', 'chronicle', 'record', 'dispatch', 'inquirer', 'bee', 'press', 'enquirer', 'telegraph', 'examiner', 'leader', 'sentinel', 'advocate', 'democrat', 'republican', 'daily', 'mercury', 'statesman', 'citizen', 'standard', 'journal-constitution']);
const MAX_BRACKETED = 6;

/** `The (Springfield, Ill.) Courier`: a bracketed place between `The` and a newspaper's head word is part of the paper's name. */
function withBracketedPlaces(names: TaggedName[], words: readonly Word[]): TaggedName[] {
  const index = indexed(names, words.length);
  const joined: TaggedName[] = [];
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.text !== '(') continue;
    let close = k + 1;
    while (close < words.length && close - k <= MAX_BRACKETED && (isCapitalized(words[close]!.text) || words[close]!.text === ',')) close++;
    if (close === k + 1 || words[close]?.text !== ')' || !isCapitalized(words[k + 1]!.text)) continue;
    let end = close;
    while (end + 1 < words.length && isCapitalized(words[end + 1]!.text) && words[end + 1]!.sentence === words[close]!.sentence) end++;
    if (end === close || !PAPER_HEADS.has(lower(words[end]))) continue;
    const first = words[k - 1]?.text === 'The' ? k - 1 : k;
    const inside = new Set<TaggedName>();
    for (let w = first; w <= end; w++) {
      const n = coveredBy(index, w);
      if (n) inside.add(n);
    }
    if (![...inside].some((n) => n.type === 'place')) continue;
    joined.push({ first, last: end, start: words[first]!.start, end: words[end]!.end, type: 'organization', margin: Math.min(...[...inside].map((n) => n.margin)) });
    k = end;
  }
  if (joined.length === 0) return names;
  // Names overlapping a joined paper's name give way to it.
  const inJoined = new Uint8Array(words.length);
  for (const j of joined) inJoined.fill(1, j.first, j.last + 1);
  return [...names.filter((n) => !inJoined.subarray(n.first, n.last + 1).includes(1)), ...joined];
}

/** Words that make a role of the title word after them (`Minority Leader`, `Deputy Director`), not part of the institution before. */
const ROLE_MODIFIERS = new Set(['majority', 'minority', 'deputy', 'assistant', 'acting', 'ranking', 'vice', 'senior']);

/** `Senate Minority Leader Harry Reid`: the organization is `Senate`; `Minority Leader` is the role. */
function withoutTrailingRole(t: TaggedName, words: readonly Word[]): TaggedName {
  if (t.type !== 'organization' || !wholeWords(t, words) || !isTitleWord(words[t.last + 1]?.text ?? '')) return t;
  let last = t.last;
  while (last > t.first && ROLE_MODIFIERS.has(lower(words[last]))) last--;
  return last === t.last ? t : { ...t, last, end: words[last]!.end };
}

/** Parts of speech of a capitalized word that opens a sentence only as a function word (`One`, `But`, `Even`). */
const FUNCTION_POS = new Set(['NUM', 'DET', 'ADV', 'CCONJ', 'SCONJ', 'PRON', 'ADP', 'AUX', 'PART', 'INTJ']);

/**
 * `One State Department lawyer said`: a function word opening the sentence is not part of the
 * organization or place after it when what follows is a name of two or more words or one the
 * article names elsewhere (`One Nation` alone stays whole).
 */
function withoutOpeningFunctionWord(t: TaggedName, words: readonly Word[], texts: ReadonlySet<string>): TaggedName {
  const w = words[t.first]!;
  if (w.text === 'The' && t.type !== 'misc' && t.last - t.first >= 2 && wholeWords(t, words)) return { ...t, first: t.first + 1, start: words[t.first + 1]!.start };
  if ((t.type !== 'organization' && t.type !== 'place') || t.first === t.last || !w.sentenceStart || !FUNCTION_POS.has(w.pos) || !wholeWords(t, words)) return t;
  if (t.last - t.first < 2 && !texts.has(textOf(words, t.first + 1, t.last))) return t;
  return { ...t, first: t.first + 1, start: words[t.first + 1]!.start };
}

const ROADS = new Set(['interstate', 'highway', 'route', 'freeway', 'motorway', 'expressway', 'turnpike']);

/** `Interstate 75`, `Highway 401`, `Route 9`: a road and its number are a place; a road word alone is no organization. */
function roadOrNot(t: TaggedName, words: readonly Word[]): TaggedName | undefined {
  if (!ROADS.has(lower(words[t.last])) || !wholeWords(t, words)) return t;
  const number = words[t.last + 1];
  if (number && /^\d{1,4}[A-Z]?$/.test(number.text) && number.sentence === words[t.last]!.sentence) return { ...t, type: 'place', last: t.last + 1, end: number.end };
  return t.type === 'organization' ? undefined : t;
}
