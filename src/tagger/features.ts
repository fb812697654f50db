import { lookupPlace } from '../knowledge/gazetteer.js';
import { hasTag, isFirstName, isOrgWord, isPlaceWord, lexiconTags } from '../knowledge/lexicon.js';
import { HONORIFICS, ORG_HEADS, PLACE_HEADS, ROLE_NOUNS } from '../knowledge/words.js';

/**
 * Features of the named-entity tagger. Each feature is a 32-bit FNV-1a hash of a template
 * number and one or two strings, computed without building the string: the tagger hashes
 * ~50 features per token, and allocation would dominate its time.
 */

/** A token as the tagger sees it: its text and wink-nlp's universal POS tag. */
export interface TaggerToken {
  text: string;
  pos: string;
}

/** Feature templates. Numbers are part of the trained model: append, never renumber. */
export const T = {
  bias: 1, word: 2, cased: 3, prefix: 4, suffix: 8, shape: 12, short: 13, pos: 14,
  wordM1: 15, wordM2: 16, wordP1: 17, wordP2: 18, shortM1: 19, shortP1: 20, posM1: 21, posP1: 22,
  bigramM1: 23, bigramP1: 24, tagM1: 25, tagM2M1: 26, tagM1Word: 27, tagM1Short: 28,
  initialShort: 29, gazetteer: 30, gazetteerM1: 31, gazetteerP1: 32, spanB: 33, spanI: 34,
  docCapital: 35, docLower: 36, history: 37, allCaps: 38, length: 39, initialWord: 40,
  suffixM1: 41, suffixP1: 42, wordShortP1: 43, shortM1Word: 44,
} as const;

const PRIME = 0x01000193;
const OFFSET = 0x811c9dc5;

function mix(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h;
}

/** Hash of a template and one string. */
export function feature(template: number, a: string): number {
  return mix(Math.imul(OFFSET ^ template, PRIME), a) >>> 0;
}

/** Hash of a template and `a.slice(from, to)`, without slicing. */
export function featureRange(template: number, a: string, from: number, to: number): number {
  return mix(Math.imul(OFFSET ^ template, PRIME), a, from, to) >>> 0;
}

/** Hash of a template and two strings (kept apart by a separator no token contains). */
export function feature2(template: number, a: string, b: string): number {
  return mix(Math.imul(mix(Math.imul(OFFSET ^ template, PRIME), a) ^ 0x1f, PRIME), b) >>> 0;
}

/** `Kofi` → `Xxxx`, `AU-2` → `XX-d`: letters and digits by class, other characters kept; at most 12. */
export function shapeOf(word: string): string {
  let out = '';
  for (let i = 0; i < word.length && i < 12; i++) {
    const c = word[i]!;
    out += c >= '0' && c <= '9' ? 'd' : c !== c.toLowerCase() ? 'X' : c !== c.toUpperCase() ? 'x' : c;
  }
  return out;
}

/** The shape with runs collapsed: `Xxxx` → `Xx`, `dddd-dd` → `d-d`. */
export function shortShapeOf(shape: string): string {
  let out = '';
  for (const c of shape) if (out[out.length - 1] !== c) out += c;
  return out;
}

/**
 * What world knowledge says about one word: given names and lexicon classes from compromise,
 * places from GeoNames and world-countries, and the closed classes of news vocabulary.
 */
export function gazetteerTags(word: string): readonly string[] {
  let tags = gazetteerMemo.get(word);
  if (!tags) {
    if (gazetteerMemo.size > MEMO_LIMIT) gazetteerMemo.clear();
    gazetteerMemo.set(word, (tags = lookupTags(word)));
  }
  return tags;
}

/** Memo sizes stay bounded over a long corpus run: cleared when full. */
const MEMO_LIMIT = 200_000;
const gazetteerMemo = new Map<string, readonly string[]>();

function lookupTags(word: string): string[] {
  const lower = word.toLowerCase();
  const tags: string[] = [];
  if (isFirstName(lower)) tags.push('first');
  if (hasTag(lower, 'LastName')) tags.push('last');
  if (hasTag(lower, 'Organization', 'SportsTeam')) tags.push('org');
  if (hasTag(lower, 'Country')) tags.push('country');
  else if (hasTag(lower, 'City', 'Region', 'Place')) tags.push('place');
  if (hasTag(lower, 'Demonym')) tags.push('demonym');
  if (hasTag(lower, 'Honorific') || HONORIFICS.has(lower.replace(/\.$/, ''))) tags.push('honorific');
  if (ROLE_NOUNS.has(lower)) tags.push('role');
  if (ORG_HEADS.has(lower) || isOrgWord(lower)) tags.push('orgHead');
  if (PLACE_HEADS.has(lower) || isPlaceWord(lower)) tags.push('placeHead');
  if (/^\p{Lu}/u.test(word) && word.length > 1) {
    const place = lookupPlace(word);
    if (place) tags.push(`geo:${place.kind}`);
  }
  if (tags.length === 0 && lexiconTags(lower) !== undefined) tags.push('vocabulary');
  return tags;
}

/** Per-document facts about words: how they are written elsewhere, and how the tagger typed them. */
export class DocumentContext {
  /** Lower-cased word → written capitalized mid-sentence somewhere in the document. */
  readonly capitalized = new Set<string>();
  /** Lower-cased word → written in lower case somewhere in the document. */
  readonly lower = new Set<string>();
  /** Lower-cased word → entity type last predicted for it in this document. */
  readonly history = new Map<string, string>();

  constructor(sentences: readonly (readonly TaggerToken[])[]) {
    for (const s of sentences) {
      for (let i = 0; i < s.length; i++) {
        const w = s[i]!.text;
        if (!/\p{L}/u.test(w)) continue;
        const key = w.toLowerCase();
        if (w === key) this.lower.add(key);
        else if (i > 0 && /^\p{Lu}\p{Ll}/u.test(w)) this.capitalized.add(key);
      }
    }
  }
}

const phraseMemo = new Map<string, string | undefined>();

/** `geo`, `org` or `place` for a multi-word name the gazetteers know. */
function phraseKind(phrase: string): string | undefined {
  if (phraseMemo.has(phrase)) return phraseMemo.get(phrase);
  const lower = phrase.toLowerCase();
  const kind = lookupPlace(phrase) ? 'geo' : hasTag(lower, 'Organization', 'SportsTeam') ? 'org' : hasTag(lower, 'Country', 'City', 'Region', 'Place') ? 'place' : undefined;
  if (phraseMemo.size > MEMO_LIMIT) phraseMemo.clear();
  phraseMemo.set(phrase, kind);
  return kind;
}

/** Multi-word place and organization names from the gazetteers, as B/I marks per token. */
export function spanMarks(sentence: readonly TaggerToken[]): (string | undefined)[] {
  const marks: (string | undefined)[] = new Array(sentence.length);
  for (let i = 0; i < sentence.length; i++) {
    if (!/^\p{Lu}/u.test(sentence[i]!.text)) continue;
    for (let n = Math.min(4, sentence.length - i); n >= 2; n--) {
      const words = sentence.slice(i, i + n).map((t) => t.text);
      if (!/^\p{Lu}/u.test(words[n - 1]!)) continue;
      const kind = phraseKind(words.join(' '));
      if (!kind) continue;
      marks[i] = `B${kind}`;
      for (let k = i + 1; k < i + n; k++) marks[k] = `I${kind}`;
      i += n - 1;
      break;
    }
  }
  return marks;
}

/** Everything about a sentence that does not depend on the tags being predicted. */
export interface SentenceView {
  tokens: readonly TaggerToken[];
  lower: string[];
  shorts: string[];
  spans: (string | undefined)[];
  /** Tokens with no capital letter between neighbours with none: `O` without scoring. */
  outside: boolean[];
}

export function viewOf(tokens: readonly TaggerToken[]): SentenceView {
  const lower = tokens.map((t) => t.text.toLowerCase());
  const plain = tokens.map((t, i) => t.text === lower[i]);
  // Runs of words with no capital are outside names: the decoder labels them O unscored.
  const outside = plain.map((p, i) => p && (i === 0 || plain[i - 1]!) && (i + 1 === plain.length || plain[i + 1]!));
  return { tokens, lower, shorts: tokens.map((t) => shortShape(t.text)), spans: spanMarks(tokens), outside };
}

const shortMemo = new Map<string, string>();

/** The collapsed shape of a word, memoized: sentences repeat their vocabulary. */
function shortShape(word: string): string {
  let short = shortMemo.get(word);
  if (short === undefined) {
    if (shortMemo.size > MEMO_LIMIT) shortMemo.clear();
    shortMemo.set(word, (short = shortShapeOf(shapeOf(word))));
  }
  return short;
}

/**
 * The features of token `i`, given the tags already chosen for the tokens before it
 * (`tagM1`, `tagM2`: `O`, `B-PER`, …; `<s>` before the sentence).
 */
export function tokenFeatures(view: SentenceView, i: number, tagM1: string, tagM2: string, doc: DocumentContext, out: number[]): number[] {
  out.length = 0;
  staticFeatures(view, i, doc, out);
  return dynamicFeatures(view, i, tagM1, tagM2, doc, out);
}

const tagFeatures = new Map<string, number>();
const tagPairFeatures = new Map<string, Map<string, number>>();

function tagFeature(tag: string): number {
  let f = tagFeatures.get(tag);
  if (f === undefined) tagFeatures.set(tag, (f = feature(T.tagM1, tag)));
  return f;
}

function tagPairFeature(m2: string, m1: string): number {
  let byM1 = tagPairFeatures.get(m2);
  if (!byM1) tagPairFeatures.set(m2, (byM1 = new Map()));
  let f = byM1.get(m1);
  if (f === undefined) byM1.set(m1, (f = feature2(T.tagM2M1, m2, m1)));
  return f;
}

/** Features that depend on the tags chosen so far and on the document's history. Appends to `out`. */
export function dynamicFeatures(view: SentenceView, i: number, tagM1: string, tagM2: string, doc: DocumentContext, out: number[]): number[] {
  const w = view.lower[i]!;
  out.push(tagFeature(tagM1));
  out.push(tagPairFeature(tagM2, tagM1));
  out.push(feature2(T.tagM1Word, tagM1, w));
  out.push(feature2(T.tagM1Short, tagM1, view.shorts[i]!));
  const text = view.tokens[i]!.text;
  if (text !== w) {
    const seen = doc.history.get(w);
    if (seen) out.push(feature(T.history, seen));
  }
  return out;
}

/**
 * Features of the words alone: the same in both passes, so scored once. Appends to `out`.
 * They come in three groups: the token's own word, each neighbour's word (both depend on one
 * word only, so the decoder scores them once per distinct word), and the rest.
 */
export function staticFeatures(view: SentenceView, i: number, doc: DocumentContext, out: number[]): number[] {
  wordFeatures(view.tokens[i]!.text, out);
  for (const offset of NEIGHBOURS) {
    const k = i + offset;
    neighbourFeatures(offset, k >= 0 && k < view.tokens.length ? view.tokens[k]!.text : undefined, out);
  }
  return contextFeatures(view, i, doc, out);
}

/** Relative positions of the neighbouring words that are features. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;

/** Features of a word by itself: identity, affixes, shape, what the gazetteers know. */
export function wordFeatures(text: string, out: number[]): number[] {
  const w = text.toLowerCase();
  const shape = shapeOf(text);
  out.push(feature(T.bias, ''));
  out.push(feature(T.word, w));
  out.push(feature(T.cased, text));
  for (let n = 1; n <= 4 && n <= w.length; n++) {
    out.push(featureRange(T.prefix + n - 1, w, 0, n));
    out.push(featureRange(T.suffix + n - 1, w, w.length - n, w.length));
  }
  out.push(feature(T.shape, shape));
  out.push(feature(T.short, shortShapeOf(shape)));
  out.push(feature(T.length, String(Math.min(w.length, 8))));
  if (/\p{L}/u.test(text) && text === text.toUpperCase() && text.length > 1) out.push(feature(T.allCaps, ''));
  for (const g of gazetteerTags(text)) out.push(feature(T.gazetteer, g));
  return out;
}

const NEIGHBOUR_TEMPLATES = {
  [-2]: { word: T.wordM2 },
  [-1]: { word: T.wordM1, short: T.shortM1, suffix: T.suffixM1, gazetteer: T.gazetteerM1 },
  [1]: { word: T.wordP1, short: T.shortP1, suffix: T.suffixP1, gazetteer: T.gazetteerP1 },
  [2]: { word: T.wordP2 },
} as const;

/** Features of the word at `offset` from the token (`undefined` past the sentence's edge). */
export function neighbourFeatures(offset: (typeof NEIGHBOURS)[number], text: string | undefined, out: number[]): number[] {
  const t: { word: number; short?: number; suffix?: number; gazetteer?: number } = NEIGHBOUR_TEMPLATES[offset];
  if (text === undefined) {
    out.push(feature(t.word, offset < 0 ? '<s>' : '</s>'));
    return out;
  }
  const w = text.toLowerCase();
  out.push(feature(t.word, w));
  if (t.short !== undefined) out.push(feature(t.short, shortShape(text)));
  if (t.suffix !== undefined) out.push(featureRange(t.suffix, w, Math.max(0, w.length - 3), w.length));
  if (t.gazetteer !== undefined) for (const g of gazetteerTags(text)) out.push(feature(t.gazetteer, g));
  return out;
}

/** `arr[k]`, or the sentence-edge marker past either end. */
function at(k: number, arr: readonly string[]): string {
  return k < 0 ? '<s>' : k >= arr.length ? '</s>' : arr[k]!;
}

/** Features of the token in its sentence: POS, word pairs, gazetteer spans, the document's capitals. */
export function contextFeatures(view: SentenceView, i: number, doc: DocumentContext, out: number[]): number[] {
  const { tokens, lower, shorts } = view;
  const w = lower[i]!;
  const text = tokens[i]!.text;
  out.push(feature(T.pos, tokens[i]!.pos));
  out.push(feature(T.posM1, i > 0 ? tokens[i - 1]!.pos : '<s>'));
  out.push(feature(T.posP1, i + 1 < tokens.length ? tokens[i + 1]!.pos : '</s>'));
  out.push(feature2(T.wordShortP1, w, at(i + 1, shorts)));
  out.push(feature2(T.shortM1Word, at(i - 1, shorts), w));
  out.push(feature2(T.bigramM1, at(i - 1, lower), w));
  out.push(feature2(T.bigramP1, w, at(i + 1, lower)));
  if (i === 0) {
    out.push(feature(T.initialShort, shorts[i]!));
    out.push(feature(T.initialWord, w));
  }
  const span = view.spans[i];
  if (span) out.push(feature(span[0] === 'B' ? T.spanB : T.spanI, span.slice(1)));
  // Document-level evidence for words whose capital says little (sentence starts, headlines in capitals).
  if (text !== w && /\p{L}/u.test(text)) {
    const where = i === 0 ? 'initial' : text === text.toUpperCase() ? 'caps' : 'inner';
    if (doc.capitalized.has(w)) out.push(feature(T.docCapital, where));
    if (doc.lower.has(w)) out.push(feature(T.docLower, where));
  }
  return out;
}
