/**
 * CoNLL-2003 for the tagger: read the files, split documents, add wink-nlp's POS tags (the
 * tagger sees wink's tags at run time, not the corpus's Penn tags), and score spans.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/nlp/wink.js';
import type { TaggerToken } from '../../src/tagger/features.js';
import { spansOf, tagDocument } from '../../src/tagger/decode.js';
import type { Scorer } from '../../src/tagger/model.js';

export interface ConllSentence {
  tokens: TaggerToken[];
  /** Gold IOB2 labels. */
  gold: string[];
}

export type ConllDocument = ConllSentence[];

/** Sentences of a CoNLL file (`word POS chunk NER` per line, blank line between sentences). */
export function readConll(path: string): { words: string[]; gold: string[] }[] {
  const sentences: { words: string[]; gold: string[] }[] = [];
  let words: string[] = [];
  let gold: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4 || parts[0] === '-DOCSTART-') {
      if (words.length > 0) sentences.push({ words, gold });
      words = [];
      gold = [];
      continue;
    }
    words.push(parts[0]!);
    gold.push(parts[3]!);
  }
  if (words.length > 0) sentences.push({ words, gold });
  return sentences;
}

const DATELINE = /^\d{4}-\d{2}-\d{2}$/;

/** Documents: each starts at the headline just before a dateline (`BRUSSELS 1996-08-22`). */
export function splitDocuments<T extends { words: string[] }>(sentences: T[]): T[][] {
  const starts = new Set<number>([0]);
  sentences.forEach((s, i) => {
    if (i > 0 && s.words.length <= 8 && DATELINE.test(s.words[s.words.length - 1]!)) starts.add(i - 1);
  });
  const docs: T[][] = [];
  let current: T[] = [];
  sentences.forEach((s, i) => {
    if (starts.has(i) && current.length > 0) {
      docs.push(current);
      current = [];
    }
    current.push(s);
  });
  if (current.length > 0) docs.push(current);
  return docs;
}

/** wink-nlp's POS for each token: the document is written out with spaces and re-analyzed. */
export function withPos(doc: { words: string[]; gold: string[] }[]): ConllDocument {
  let text = '';
  const offsets: number[][] = [];
  for (const s of doc) {
    offsets.push(s.words.map((w) => {
      const at = text.length;
      text += `${w} `;
      return at;
    }));
    text += '\n\n';
  }
  const tokens = analyze(text).tokens.filter((t) => t.pos !== 'SPACE');
  let k = 0;
  return doc.map((s, si) => ({
    gold: s.gold,
    tokens: s.words.map((w, wi) => {
      const at = offsets[si]![wi]!;
      while (k < tokens.length && tokens[k]!.end <= at) k++;
      return { text: w, pos: tokens[k]?.pos ?? 'X' };
    }),
  }));
}

/**
 * Load a CoNLL file as POS-tagged documents. With `split` (for the tagger alone), hyphenated
 * words are split as the tagger reads them; without it (for `extract()` on the written text), the
 * tokens are the corpus's own.
 */
export function loadConll(path: string, { limit = Infinity, split = true }: { limit?: number; split?: boolean } = {}): ConllDocument[] {
  return splitDocuments(readConll(path)).slice(0, limit).map((doc) => withPos(split ? doc.map(splitHyphens) : doc));
}

const COMPOUND = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;

/**
 * `Ben-Elissar` → `Ben - Elissar`: the tagger reads compounds token by token, as wink-nlp
 * splits them (and as worldwide-train is tokenized). The parts continue the word's label.
 */
export function splitHyphens(s: { words: string[]; gold: string[] }): { words: string[]; gold: string[] } {
  const words: string[] = [];
  const gold: string[] = [];
  s.words.forEach((w, i) => {
    const tag = s.gold[i]!;
    if (!COMPOUND.test(w) || !/\p{L}/u.test(w)) {
      words.push(w);
      gold.push(tag);
      return;
    }
    w.split(/(-)/).forEach((part, k) => {
      words.push(part);
      gold.push(k === 0 || tag === 'O' ? tag : `I-${tag.slice(2)}`);
    });
  });
  return { words, gold };
}

export interface SpanScores {
  byType: Record<string, { tp: number; fp: number; fn: number }>;
  micro: { p: number; r: number; f: number };
}

const TYPES = ['PER', 'ORG', 'LOC'];

/** Exact-span precision/recall/F1 for PER, ORG and LOC (MISC is outside the library's types). */
export function scoreSpans(pairs: { gold: readonly string[]; predicted: readonly string[] }[]): SpanScores {
  const byType: SpanScores['byType'] = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const { gold, predicted } of pairs) {
    const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
    const g = spansOf(gold).filter((s) => TYPES.includes(s.type));
    const p = spansOf(predicted).filter((s) => TYPES.includes(s.type));
    const gs = new Set(g.map(key));
    const ps = new Set(p.map(key));
    for (const s of p) byType[s.type]![gs.has(key(s)) ? 'tp' : 'fp']++;
    for (const s of g) if (!ps.has(key(s))) byType[s.type]!.fn++;
  }
  return withMicro(byType);
}

/** Per-type counts with their micro-averaged precision, recall and F1. */
export function withMicro(byType: SpanScores['byType']): SpanScores {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const c of Object.values(byType)) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
  }
  return { byType, micro: prf(sum) };
}

export function prf(c: { tp: number; fp: number; fn: number }): { p: number; r: number; f: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** Tag every document with `scorer` and score PER/ORG/LOC spans against the gold labels. */
export function evaluate(scorer: Scorer, docs: readonly ConllDocument[]): SpanScores {
  const pairs: { gold: string[]; predicted: string[] }[] = [];
  for (const doc of docs) {
    const tagged = tagDocument(scorer, doc.map((s) => s.tokens));
    doc.forEach((s, i) => pairs.push({ gold: s.gold, predicted: tagged[i]!.tags }));
  }
  return scoreSpans(pairs);
}
