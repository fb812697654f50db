import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One wink-nlp token with its character span rebuilt from `precedingSpaces` + `value`. */
export interface Token {
  /** Index in the token array. */
  i: number;
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp (`PROPN`, `NOUN`, `VERB`, `PUNCT`, …). */
  pos: string;
  /** Index of the sentence (wink-nlp's splitter) the token belongs to. */
  sentence: number;
  /** True when whitespace separates this token from the previous one. */
  spaceBefore: boolean;
}

/** A token range `[first, last]` (inclusive, wink-nlp style) with its character span. */
export interface TokenRange {
  first: number;
  last: number;
  start: number;
  end: number;
}

/** A wink-nlp entity of one of its built-in kinds (we use DATE). */
export interface WinkEntity extends TokenRange {
  type: string;
}

export interface WinkAnalysis {
  tokens: Token[];
  sentences: TokenRange[];
  entities: WinkEntity[];
}

type Nlp = ReturnType<typeof winkNLP>;
// The slice of wink-nlp's item API we call (its typings leave `each` callbacks untyped).
interface ItemLike {
  out(f: unknown): unknown;
}
let instance: Nlp | undefined;

/** wink-nlp loads its model once, on first use, so importing newsextract stays cheap. */
function nlp(): Nlp {
  instance ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return instance;
}

let lexiconOnly: Nlp | undefined;

/** A second wink-nlp instance that only tokenizes: lexicon lookups need no tagging. */
function lexicon(): Nlp {
  if (!lexiconOnly) {
    lexiconOnly = winkNLP(model, []);
    // wink-nlp numbers words it has not seen past the end of its lexicon, in order of first sight:
    // the id of an unknown word read before any other is where the lexicon ends.
    firstUnknownId = idOf(lexiconOnly, 'qzxjvqzxjv');
  }
  return lexiconOnly;
}

function idOf(n: Nlp, word: string): number {
  return (n.readDoc(word).tokens().out(n.its.uniqueId) as number[])[0] ?? Infinity;
}

/**
 * Tokenize, split sentences, tag POS and find DATE-like entities in one wink-nlp pass.
 * wink-nlp's tokenization is lossless, so character offsets are exact.
 */
export function analyze(text: string): WinkAnalysis {
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(maskRunaways(text));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const space = spaces[i] ?? '';
    offset += space.length;
    const value = values[i] ?? '';
    tokens[i] = { i, start: offset, end: offset + value.length, text: value, pos: pos[i] ?? 'X', sentence: 0, spaceBefore: space.length > 0 || i === 0 };
    offset += value.length;
  }
  const sentences: TokenRange[] = [];
  doc.sentences().each((s: ItemLike) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const index = sentences.length;
    for (let i = first; i <= last; i++) tokens[i]!.sentence = index;
    sentences.push(rangeOf(tokens, first, last));
  });
  const entities: WinkEntity[] = [];
  doc.entities().each((e: ItemLike) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    entities.push({ type: e.out(its.type) as string, ...rangeOf(tokens, first, last) });
  });
  return { tokens, sentences, entities };
}

// wink-nlp's tokenizer is quadratic in the length of one unbroken token. Nothing that long is
// a name or a date, so such runs are blanked with spaces of the same length: offsets stay exact.
const RUNAWAY = /\S{200,}/g;

function maskRunaways(text: string): string {
  return text.replace(RUNAWAY, (run) => ' '.repeat(run.length));
}

function rangeOf(tokens: Token[], first: number, last: number): TokenRange {
  return { first, last, start: tokens[first]?.start ?? 0, end: tokens[last]?.end ?? 0 };
}

let firstUnknownId: number | undefined;
const vocabularyCache = new Map<string, boolean>();

/**
 * Whether wink-nlp's English lexicon knows a word (`business`, `tattoo`; not `mensah`).
 * Words outside the lexicon get ids past its end, so one unknown probe gives the boundary.
 */
export function inVocabulary(word: string): boolean {
  const key = word.toLowerCase();
  let known = vocabularyCache.get(key);
  if (known !== undefined) return known;
  const n = lexicon();
  known = !/\s/.test(key) && idOf(n, key) < firstUnknownId!;
  if (vocabularyCache.size > 50_000) vocabularyCache.clear();
  vocabularyCache.set(key, known);
  return known;
}
