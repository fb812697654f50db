import { lookupPlace } from '../knowledge/gazetteer.js';
import { hasTag, isFirstName, isOrgWord, isPlaceWord, lexiconTags } from '../knowledge/lexicon.js';
import { Memo } from '../memo.js';
import { HONORIFICS, LIST_JOIN, ORG_HEADS, PLACE_HEADS, PLACE_INTROS, REPORTING, ROLE_NOUNS, isTitleWord } from '../knowledge/words.js';
import { lineKind } from '../segment/lineKind.js';
import type { Scorer } from './model.js';
import { CLUSTER_LEVELS, bundledClusters, clusterPrefix, wordKey } from './clusters.js';

/**
 * Features of the named-entity tagger. Each feature is a 32-bit hash of a template number and
 * its value. Features of one word (its identity, affixes, clusters) hash strings, once per
 * distinct word (the decoder caches their scores); features of a token in its sentence (word
 * pairs, shapes around it) combine per-token word keys computed once in {@link viewOf}, as numbers.
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
  suffixM1: 41, suffixP1: 42, wordShortP1: 43, shortM1Word: 44, titleLine: 45, titleLineShort: 46, listM: 47, listP: 48, docContext: 49,
  cluster: 50, clusterCap: 51, clusterM1: 52, clusterP1: 53, clusterM2: 54, clusterP2: 55, clusterPairM1: 56, clusterPairP1: 57,
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

/** Hash of a template and two numbers (word keys, small codes), for features built per token: no string is read. */
export function combine(template: number, a: number, b = 0): number {
  let h = Math.imul(OFFSET ^ template, PRIME);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
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

/** What the gazetteers can say of a word, in the order its features are added. */
const GAZETTEER_TAGS = ['first', 'last', 'org', 'country', 'place', 'demonym', 'honorific', 'role', 'orgHead', 'placeHead', 'geo:country', 'geo:region', 'geo:city', 'vocabulary'] as const;
const BIT = Object.fromEntries(GAZETTEER_TAGS.map((t, k) => [t, 1 << k])) as Record<(typeof GAZETTEER_TAGS)[number], number>;

/**
 * What world knowledge says about one word: given names and lexicon classes from compromise,
 * places from GeoNames and world-countries, and the closed classes of news vocabulary.
 */
export function gazetteerTags(word: string): readonly string[] {
  const bits = gazetteerBits(word);
  return GAZETTEER_TAGS.filter((_, k) => bits & (1 << k));
}

/** {@link gazetteerTags} as a bit set (bit k: `GAZETTEER_TAGS[k]`), memoized: words repeat. */
function gazetteerBits(word: string): number {
  return gazetteerMemo.get(word, lookupBits);
}

const gazetteerMemo = new Memo<number>(2 * 2 ** 20);

function lookupBits(word: string): number {
  const lower = word.toLowerCase();
  let bits = 0;
  if (isFirstName(lower)) bits |= BIT.first;
  if (hasTag(lower, 'LastName')) bits |= BIT.last;
  if (hasTag(lower, 'Organization', 'SportsTeam')) bits |= BIT.org;
  if (hasTag(lower, 'Country')) bits |= BIT.country;
  else if (hasTag(lower, 'City', 'Region', 'Place')) bits |= BIT.place;
  if (hasTag(lower, 'Demonym')) bits |= BIT.demonym;
  if (hasTag(lower, 'Honorific') || HONORIFICS.has(lower.replace(/\.$/, ''))) bits |= BIT.honorific;
  if (ROLE_NOUNS.has(lower)) bits |= BIT.role;
  if (ORG_HEADS.has(lower) || isOrgWord(lower)) bits |= BIT.orgHead;
  if (PLACE_HEADS.has(lower) || isPlaceWord(lower)) bits |= BIT.placeHead;
  if (/^\p{Lu}/u.test(word) && word.length > 1) {
    const place = lookupPlace(word);
    if (place) bits |= BIT[`geo:${place.kind}`];
  }
  if (bits === 0 && lexiconTags(lower) !== undefined) bits |= BIT.vocabulary;
  return bits;
}

/** Per template, the feature of each gazetteer tag: hashed once, not per token. */
const tagFeatureTables: Int32Array[] = [];

/** Append the features `template` × each gazetteer tag of `word`. */
function pushGazetteer(template: number, word: string, out: number[]): void {
  const bits = gazetteerBits(word);
  if (bits === 0) return;
  let table = tagFeatureTables[template];
  if (!table) tagFeatureTables[template] = table = Int32Array.from(GAZETTEER_TAGS, (t) => feature(template, t));
  for (let k = 0; k < GAZETTEER_TAGS.length; k++) if (bits & (1 << k)) out.push(table[k]! >>> 0);
}

/**
 * What the tagger reads of a word's spelling, computed once per distinct word (the decoder's row
 * cache keeps one per word id): lower-cased form and its key, collapsed shape and its key, cluster
 * two levels deep, and the capitals it starts with.
 */
export interface Lexeme {
  lower: string;
  short: string;
  key: number;
  shortKey: number;
  cluster: number;
  /** Written in lower case (no capital anywhere). */
  plain: boolean;
  hasLetter: boolean;
  /** Starts with a capital (`Kenya`, `NUT`). */
  upper: boolean;
  /** A capital then a small letter (`Kenya`, not `NUT`). */
  titleCase: boolean;
}

export function lexemeOf(text: string): Lexeme {
  const lower = text.toLowerCase();
  const short = shortShape(text);
  const key = wordKey(lower);
  const code = bundledClusters().codeOfKey(key);
  return {
    lower, short, key, shortKey: shortKey(short), cluster: clusterPrefix(code, 2),
    plain: text === lower, hasLetter: /\p{L}/u.test(text), upper: /^\p{Lu}/u.test(text), titleCase: /^\p{Lu}\p{Ll}/u.test(text),
  };
}

/** Per-document facts about words: how they are written elsewhere, and how the tagger typed them. */
export class DocumentContext {
  /** Lower-cased word → written capitalized mid-sentence somewhere in the document. */
  readonly capitalized = new Set<string>();
  /** Lower-cased word → written in lower case somewhere in the document. */
  readonly lower = new Set<string>();
  /** Lower-cased word → entity type last predicted for it in this document. */
  readonly history = new Map<string, string>();
  /** Lower-cased capitalized word → the contexts it appears in anywhere in the document (see {@link contextsOf}). */
  readonly contexts = new Map<string, Set<string>>();

  private readonly contextHashes = new Map<string, readonly number[]>();
  private readonly contextRows = new Map<string, Float64Array | null>();

  /**
   * The summed scores of a word's `docContext` features, once per document: a frequent name has
   * a context feature for every word around each of its mentions, and each of its tokens needs them all.
   */
  contextRowOf(key: string, scorer: Scorer): Float64Array | null {
    let row = this.contextRows.get(key);
    if (row === undefined) {
      const hashes = this.contextFeaturesOf(key);
      row = hashes ? new Float64Array(scorer.labels.length) : null;
      if (row) scorer.score(hashes!, row);
      this.contextRows.set(key, row);
    }
    return row;
  }

  /** The `docContext` features of a lower-cased word (see {@link contexts}), hashed once per document. */
  contextFeaturesOf(key: string): readonly number[] | undefined {
    let hashes = this.contextHashes.get(key);
    if (hashes === undefined) {
      const set = this.contexts.get(key);
      if (!set) return undefined;
      this.contextHashes.set(key, (hashes = [...set].map((c) => feature(T.docContext, c))));
    }
    return hashes;
  }

  /** `lexemes[k][i]`: {@link lexemeOf} token i of sentence k, when the caller has them cached. */
  constructor(sentences: readonly (readonly TaggerToken[])[], lexemes?: readonly (readonly Lexeme[])[]) {
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!;
      const lex = lexemes?.[k] ?? s.map((t) => lexemeOf(t.text));
      let run = 0; // start of the current run of capitalized words
      const ends = runEnds(lex);
      for (let i = 0; i < s.length; i++) {
        const x = lex[i]!;
        if (!x.hasLetter) continue;
        const key = x.lower;
        if (x.plain) {
          this.lower.add(key);
          continue;
        }
        if (i > 0 && x.titleCase) this.capitalized.add(key);
        if (i === 0 || lex[i - 1]!.plain) run = i;
        for (const c of contextsOf(s, i, run, ends[i]!)) {
          let set = this.contexts.get(key);
          if (!set) this.contexts.set(key, (set = new Set()));
          set.add(c);
        }
      }
    }
  }
}

/** For each token, the last token of the run of capitalized words it starts or continues (one pass, right to left). */
function runEnds(lex: readonly Lexeme[]): number[] {
  const ends = new Array<number>(lex.length);
  for (let i = lex.length - 1; i >= 0; i--) ends[i] = i + 1 < lex.length && lex[i + 1]!.upper ? ends[i + 1]! : i;
  return ends;
}

const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'outside', 'across']);

/**
 * What one occurrence of a capitalized word says about it, for every other occurrence in the
 * document (context aggregation): after a title or role (`President X`), before a verb of
 * saying (`X said`), after a locative preposition (`in X`), after `the city of`, inside a
 * capitalized run ending in an organization or place head word (`X Party`, `X Province`).
 * `end` is the last token of the run of capitals from `i`.
 */
function contextsOf(s: readonly TaggerToken[], i: number, run: number, end: number): string[] {
  const out: string[] = [];
  if (i > 0 && isTitleWord(s[i - 1]!.text)) out.push('title');
  if (i > 0 && LOCATIVE.has(s[i - 1]!.text)) out.push('locative');
  if (i > 1 && s[i - 1]!.text === 'of' && PLACE_INTROS.has(s[i - 2]!.text)) out.push('placeOf');
  const next = s[end + 1]?.text ?? '';
  if (REPORTING.has(next)) out.push('says');
  // The words around every mention: `the startup X`, `newspaper X`, `X residents`.
  if (i === run && i > 0 && /^\p{Ll}+$/u.test(s[i - 1]!.text)) out.push(`before:${s[i - 1]!.text}`);
  if (/^\p{Ll}+$/u.test(next)) out.push(`after:${next}`);
  if (end > i || i > run) {
    const head = s[end]!.text.toLowerCase();
    if (ORG_HEADS.has(head) || isOrgWord(head)) out.push('orgRun');
    else if (PLACE_HEADS.has(head) || isPlaceWord(head)) out.push('placeRun');
  }
  return out;
}

const phraseMemo = new Memo<string | undefined>(2 * 2 ** 20);

/** `geo`, `org` or `place` for a multi-word name the gazetteers know. */
function phraseKind(phrase: string): string | undefined {
  return phraseMemo.get(phrase, lookupPhrase);
}

function lookupPhrase(phrase: string): string | undefined {
  const lower = phrase.toLowerCase();
  return lookupPlace(phrase) ? 'geo' : hasTag(lower, 'Organization', 'SportsTeam') ? 'org' : hasTag(lower, 'Country', 'City', 'Region', 'Place') ? 'place' : undefined;
}

/** Multi-word place and organization names from the gazetteers, as B/I marks per token. */
export function spanMarks(sentence: readonly TaggerToken[], upper: readonly boolean[] = sentence.map((t) => /^\p{Lu}/u.test(t.text))): (string | undefined)[] {
  const marks: (string | undefined)[] = new Array(sentence.length);
  const ends = [0, 0, 0, 0];
  for (let i = 0; i < sentence.length; i++) {
    if (!upper[i]) continue;
    let longest = Math.min(4, sentence.length - i);
    // A phrase ends in a capital: most capitals have none in the words after them.
    while (longest >= 2 && !upper[i + longest - 1]) longest--;
    if (longest < 2) continue;
    // The longest phrase once; shorter ones are its prefixes.
    let phrase = sentence[i]!.text;
    for (let k = 1; k < longest; k++) ends[k] = (phrase += ` ${sentence[i + k]!.text}`).length;
    for (let n = longest; n >= 2; n--) {
      if (!upper[i + n - 1]) continue;
      const kind = phraseKind(n === longest ? phrase : phrase.slice(0, ends[n - 1]));
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
  /** {@link wordKey} of each lower-cased word and of each collapsed shape: what pair features combine. */
  keys: number[];
  shortKeys: number[];
  /** Each word's cluster two levels deep (-1: not in the corpus), for cluster pairs. */
  clusters: number[];
  spans: (string | undefined)[];
  /** Tokens with no capital letter between neighbours with none: `O` without scoring. */
  outside: boolean[];
  /** `caps` for a line in capitals, `title` for a title-cased line (headlines: capitals say little), else undefined. */
  line: 'caps' | 'title' | undefined;
}

/** `lexemes`: {@link lexemeOf} each token, when the caller has them cached. */
export function viewOf(tokens: readonly TaggerToken[], lexemes?: readonly Lexeme[]): SentenceView {
  // Arrays built by push, not map(): one array shape whatever the sentence, so the decoder's loops stay optimized.
  const lower: string[] = [];
  const shorts: string[] = [];
  const keys: number[] = [];
  const shortKeys: number[] = [];
  const clusters: number[] = [];
  const plain: boolean[] = [];
  const upper: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const x = lexemes?.[i] ?? lexemeOf(tokens[i]!.text);
    upper.push(x.upper);
    lower.push(x.lower);
    shorts.push(x.short);
    keys.push(x.key);
    clusters.push(x.cluster);
    shortKeys.push(x.shortKey);
    plain.push(x.plain);
  }
  // Runs of words with no capital are outside names: the decoder labels them O unscored. A
  // hyphen is looked through: `Lin Mei - hua` ends with `jen`.
  const plainAt = (k: number, step: number): boolean => {
    if (k >= 0 && k < plain.length && tokens[k]!.text === '-') k += step;
    return k < 0 || k >= plain.length || plain[k]!;
  };
  const outside: boolean[] = [];
  for (let i = 0; i < plain.length; i++) outside.push(plain[i]! && plainAt(i - 1, -1) && plainAt(i + 1, 1));
  return { tokens, lower, shorts, keys, shortKeys, clusters, spans: spanMarks(tokens, upper), outside, line: lineKind(tokens) };
}

const shortMemo = new Memo<string>(2 * 2 ** 20);

/** The collapsed shape of a word, memoized: sentences repeat their vocabulary. */
function shortShape(word: string): string {
  return shortMemo.get(word, (w) => shortShapeOf(shapeOf(w)));
}

/** Collapsed shapes are few: their keys are computed once each. */
const shortKeyMemo = new Map<string, number>();

function shortKey(short: string): number {
  let key = shortKeyMemo.get(short);
  if (key === undefined) {
    key = wordKey(short);
    if (shortKeyMemo.size < 4096) shortKeyMemo.set(short, key);
  }
  return key;
}

/** Keys of the sentence edges in pair features. */
const START = wordKey('<s>');
const END = wordKey('</s>');

/**
 * All features of token `i` when the token before it is labelled `previous` (`O`, `B-PER`, …;
 * `<s>` at the sentence start). Training uses this; the decoder scores the groups apart.
 */
export function tokenFeatures(view: SentenceView, i: number, previous: string, doc: DocumentContext, out: number[]): number[] {
  out.length = 0;
  staticFeatures(view, i, doc, out);
  historyFeatures(view, i, doc, out);
  return transitionFeatures(view.lower[i]!, view.shorts[i]!, previous, out);
}

const tagFeatures = new Map<string, number>();

function tagFeature(tag: string): number {
  let f = tagFeatures.get(tag);
  if (f === undefined) tagFeatures.set(tag, (f = feature(T.tagM1, tag)));
  return f;
}

/**
 * Features joining the previous token's label with this word: the model's transition scores.
 * They depend on the word and its shape only, so the decoder scores them once per word.
 */
export function transitionFeatures(lower: string, short: string, previous: string, out: number[]): number[] {
  out.push(tagFeature(previous));
  out.push(feature2(T.tagM1Word, previous, lower));
  out.push(feature2(T.tagM1Short, previous, short));
  return out;
}

/** The type the tagger gave this capitalized word earlier in the document (changes as the document is tagged). Appends to `out`. */
export function historyFeatures(view: SentenceView, i: number, doc: DocumentContext, out: number[]): number[] {
  const w = view.lower[i]!;
  if (view.tokens[i]!.text !== w) {
    const seen = doc.history.get(w);
    if (seen) out.push(feature(T.history, seen));
  }
  return out;
}

/**
 * Features of the words alone: they do not change as the document is tagged, so scored once. Appends to `out`.
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
  pushGazetteer(T.gazetteer, text, out);
  // Where the word sits among words of a news-scale corpus, at every granularity; capitalized
  // apart, since the corpus is lower-cased (`may` the verb, `May` the month or the name).
  const code = bundledClusters().code(w);
  const capital = text !== w ? 1 : 0;
  for (let level = 1; level <= CLUSTER_LEVELS; level++) {
    const prefix = clusterPrefix(code, level);
    out.push(combine(T.cluster, level, prefix));
    if (level > 1) out.push(combine(T.clusterCap, (level << 1) | capital, prefix));
  }
  return out;
}

const NEIGHBOUR_TEMPLATES = {
  [-2]: { word: T.wordM2, cluster: T.clusterM2 },
  [-1]: { word: T.wordM1, short: T.shortM1, suffix: T.suffixM1, gazetteer: T.gazetteerM1, cluster: T.clusterM1 },
  [1]: { word: T.wordP1, short: T.shortP1, suffix: T.suffixP1, gazetteer: T.gazetteerP1, cluster: T.clusterP1 },
  [2]: { word: T.wordP2, cluster: T.clusterP2 },
} as const;

/** Features of the word at `offset` from the token (`undefined` past the sentence's edge). */
export function neighbourFeatures(offset: (typeof NEIGHBOURS)[number], text: string | undefined, out: number[]): number[] {
  const t: { word: number; short?: number; suffix?: number; gazetteer?: number; cluster: number } = NEIGHBOUR_TEMPLATES[offset];
  if (text === undefined) {
    out.push(feature(t.word, offset < 0 ? '<s>' : '</s>'));
    return out;
  }
  const w = text.toLowerCase();
  out.push(feature(t.word, w));
  if (t.short !== undefined) out.push(feature(t.short, shortShape(text)));
  if (t.suffix !== undefined) out.push(featureRange(t.suffix, w, Math.max(0, w.length - 3), w.length));
  if (t.gazetteer !== undefined) pushGazetteer(t.gazetteer, text, out);
  // Neighbours' clusters: `the X said` and `minister X` whatever the words around are.
  const code = bundledClusters().code(w);
  for (let level = 2; level <= (t.gazetteer !== undefined ? CLUSTER_LEVELS : 2); level++) out.push(combine(t.cluster, level, clusterPrefix(code, level)));
  return out;
}

/** Per template, features of values from a small closed set (POS tags, line kinds), hashed once. */
const fixedFeatures: Map<string, number>[] = [];

function fixedFeature(template: number, value: string): number {
  const table = (fixedFeatures[template] ??= new Map());
  let f = table.get(value);
  if (f === undefined) table.set(value, (f = feature(template, value)));
  return f;
}

/** `keys[k]`, or the sentence-edge key past either end. */
function at(k: number, keys: readonly number[]): number {
  return k < 0 ? START : k >= keys.length ? END : keys[k]!;
}

/**
 * Features of the token in its sentence: POS, word pairs, gazetteer spans, the document's capitals.
 * With `scored` (the decoder), the document-context features are not appended: their summed
 * scores, kept per word and document, are added into `scored.row` instead.
 */
export function contextFeatures(view: SentenceView, i: number, doc: DocumentContext, out: number[], scored?: { scorer: Scorer; row: Float64Array }): number[] {
  const { tokens, lower, keys, shortKeys } = view;
  const w = lower[i]!;
  const text = tokens[i]!.text;
  out.push(fixedFeature(T.pos, tokens[i]!.pos));
  out.push(fixedFeature(T.posM1, i > 0 ? tokens[i - 1]!.pos : '<s>'));
  out.push(fixedFeature(T.posP1, i + 1 < tokens.length ? tokens[i + 1]!.pos : '</s>'));
  const key = keys[i]!;
  out.push(combine(T.wordShortP1, key, at(i + 1, shortKeys)));
  out.push(combine(T.shortM1Word, at(i - 1, shortKeys), key));
  out.push(combine(T.bigramM1, at(i - 1, keys), key));
  out.push(combine(T.bigramP1, key, at(i + 1, keys)));
  // Cluster pairs: `minister X`, `X said` for words never seen side by side.
  const c = view.clusters;
  out.push(combine(T.clusterPairM1, i > 0 ? c[i - 1]! : -2, c[i]!));
  out.push(combine(T.clusterPairP1, c[i]!, i + 1 < c.length ? c[i + 1]! : -3));
  if (i === 0) {
    out.push(combine(T.initialShort, shortKeys[i]!));
    out.push(combine(T.initialWord, key));
  }
  const span = view.spans[i];
  if (span) out.push(fixedFeature(span[0] === 'B' ? T.spanB : T.spanI, span));
  // Coordination: `Nairobi, Mombasa, X and Kisumu` — what the gazetteers say of the name across a comma or `and`.
  if (i >= 2 && LIST_JOIN.test(lower[i - 1]!)) pushGazetteer(T.listM, tokens[i - 2]!.text, out);
  if (i + 2 < tokens.length && LIST_JOIN.test(lower[i + 1]!)) pushGazetteer(T.listP, tokens[i + 2]!.text, out);
  if (view.line) {
    out.push(fixedFeature(T.titleLine, view.line));
    out.push(combine(T.titleLineShort, view.line === 'caps' ? 1 : 2, shortKeys[i]!));
  }
  // Document-level evidence for words whose capital says little (sentence starts, headlines in capitals).
  if (text !== w && /\p{L}/u.test(text)) {
    if (scored) {
      const row = doc.contextRowOf(w, scored.scorer);
      if (row) for (let l = 0; l < row.length; l++) scored.row[l]! += row[l]!;
    } else {
      const contexts = doc.contextFeaturesOf(w);
      if (contexts) for (let k = 0; k < contexts.length; k++) out.push(contexts[k]!);
    }
    const where = i === 0 ? 'initial' : text === text.toUpperCase() ? 'caps' : 'inner';
    if (doc.capitalized.has(w)) out.push(fixedFeature(T.docCapital, where));
    if (doc.lower.has(w)) out.push(fixedFeature(T.docLower, where));
  }
  return out;
}
