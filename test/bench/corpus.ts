/**
 * Bench corpora from the shared data: real news text, distinct articles first (PolNeAR train,
 * then the worldwide-train originals, then CoNLL-2003 train documents written out), so memory
 * figures see a growing vocabulary, not one article read again.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConll, splitDocuments } from '../ner/conll.js';

export const SHARED = join(import.meta.dirname, '../../../shared');

function textsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** PolNeAR train articles (840, ~3.9 MB). */
export function polnearTexts(): string[] {
  return textsIn(join(SHARED, 'data/polnear-train'));
}

/** Every distinct article the shared data has, PolNeAR first (~8 MB). */
export function distinctTexts(): string[] {
  return [...polnearTexts(), ...textsIn(join(SHARED, 'data/worldwide-train/original_articles')), ...conllTexts()];
}

/** CoNLL-2003 train documents written out: tokens joined by spaces, a blank line between sentences. */
function conllTexts(): string[] {
  return splitDocuments(readConll(join(SHARED, 'data/conll2003/eng.train'))).map((doc) => doc.map((s) => s.words.join(' ')).join('\n\n'));
}

/** Articles from `texts`, cycling, until at least `bytes` UTF-8 bytes. */
export function take(texts: readonly string[], bytes: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const t = texts[i % texts.length]!;
    out.push(t);
    total += Buffer.byteLength(t);
  }
  return out;
}

export function byteLength(texts: readonly string[]): number {
  return texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
}
