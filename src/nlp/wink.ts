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

/**
 * The part of wink-nlp's model that grows: its lexeme table. wink-nlp adds every word it has not
 * seen to this table, and its tokenizer keeps a word whole once the table has it (`Mensah’s` read
 * once as one token stays one token in every later article). So that the tokens of an article never
 * depend on the articles read before it, the words an article added are taken out of the hash again
 * when it is done; the list (and wink-nlp's private per-word array aligned with it) only grows, and
 * the instance is replaced before that growth matters.
 */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
  /** Entries below this index are the model's own vocabulary. */
  intrinsicSize: number;
}

interface Session {
  nlp: Nlp;
  lexemes: Lexemes;
}

/** Words an instance may have seen before it is replaced (~10 MB of wink-nlp bookkeeping). */
const SESSION_WORDS = 200_000;
let session: Session | undefined;

/** wink-nlp loads its model on first use, so importing newsextract stays cheap. */
function current(): Session {
  if (session && session.lexemes.list.length - session.lexemes.intrinsicSize < SESSION_WORDS) return session;
  const wrapped = model as unknown as { core(): { features: { lexeme: Lexemes } } };
  let lexemes: Lexemes | undefined;
  // The core model is built inside winkNLP(); keep a handle on its lexeme table.
  const withHandle = { ...wrapped, core: () => {
    const core = wrapped.core();
    lexemes = core.features.lexeme;
    return core;
  } };
  const nlp = winkNLP(withHandle as unknown as typeof model, ['sbd', 'pos', 'ner']);
  if (!lexemes) throw new Error('newsextract: wink-nlp did not load its core model');
  session = { nlp, lexemes };
  return session;
}

/** Take the words added since `mark` back out of the lookup hash (they stay in the list, which only grows). */
function forget(lexemes: Lexemes, mark: number): void {
  for (let k = Math.max(mark, lexemes.intrinsicSize); k < lexemes.list.length; k++) delete lexemes.hash[lexemes.list[k]!];
}

/**
 * Tokenize, split sentences, tag POS and find DATE-like entities in one wink-nlp pass.
 * wink-nlp's tokenization is lossless, so character offsets are exact.
 */
export function analyze(text: string): WinkAnalysis {
  const { nlp: n, lexemes } = current();
  const mark = lexemes.list.length;
  try {
    return read(n, n.readDoc(maskRunaways(text)));
  } finally {
    forget(lexemes, mark);
  }
}

function read(n: Nlp, doc: ReturnType<Nlp['readDoc']>): WinkAnalysis {
  const its = n.its;
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

/**
 * Whether wink-nlp's English lexicon knows a word (`business`, `tattoo`; not `mensah`): the
 * model's own vocabulary, never the words read from articles.
 */
export function inVocabulary(word: string): boolean {
  const { lexemes } = current();
  const id = lexemes.hash[word.toLowerCase()];
  return id !== undefined && id < lexemes.intrinsicSize;
}
