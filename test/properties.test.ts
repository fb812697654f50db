/**
 * Property tests (fast-check): whatever string comes in — random Unicode with control
 * characters, lone surrogates, right-to-left text, emoji, NUL, CR/CRLF, zero-width joiners,
 * or a real article cut and mutated — extract() returns a sound, deterministic result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { sampleArticles, violations } from './helpers.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
const articles = sampleArticles().map((a) => a.text);
// Real words make the random text look enough like news to reach names, dates and quotes.
const vocabulary = [...new Set(articles.join(' ').split(/\s+/).filter((w) => w.length > 0))].slice(0, 3000);

const awkward = fc.constantFrom(
  ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066', '\ufeff', '\ufffd', '\ud83d\ude00', '\ud83d\udc69\u200d\ud83d\udd2c', '\ud83c\uddee\ud83c\uddf7',
  'مرحبا', 'שלום', 'تهران', '東京', 'İstanbul', 'ß', 'ﬁ', 'e\u0301',
  '“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', '(', ')', '[', ']', '{', '}', '.', ',', ':', ';', '—', '–', '-', '…', '?', '!', '/', '#', '@',
  'said', 'told', 'according to', 'he said', 'Mr.', 'Dr.', 'Monday', 'July 4, 2020', '2019', 'U.S.', '(UN)',
);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...vocabulary) },
  { weight: 4, arbitrary: awkward },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: control },
);
const randomText = fc.array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '', '\n')), { maxLength: 160 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

type Mutation = { kind: 'insert' | 'delete' | 'duplicate' | 'upper' | 'lower' | 'straighten'; at: number; length: number; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'duplicate', 'upper', 'lower', 'straighten'),
  at: fc.nat(),
  length: fc.nat({ max: 400 }),
  text: randomText,
});

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % text.length;
  const end = Math.min(text.length, at + m.length);
  const part = text.slice(at, end);
  switch (m.kind) {
    case 'insert': return text.slice(0, at) + m.text + text.slice(at);
    case 'delete': return text.slice(0, at) + text.slice(end);
    case 'duplicate': return text.slice(0, end) + part + text.slice(end);
    case 'upper': return text.slice(0, at) + part.toUpperCase() + text.slice(end);
    case 'lower': return text.slice(0, at) + part.toLowerCase() + text.slice(end);
    case 'straighten': return text.slice(0, at) + part.replace(/[“”]/g, '"').replace(/[‘’]/g, "'") + text.slice(end);
  }
}

// A stretch of up to 4,000 characters of a real article, then up to eight edits.
const mutatedArticle = fc
  .record({ article: fc.nat({ max: articles.length - 1 }), from: fc.nat(), length: fc.integer({ min: 200, max: 4000 }), edits: fc.array(mutation, { maxLength: 8 }) })
  .map(({ article, from, length, edits }) => {
    const text = articles[article]!;
    const start = from % text.length;
    return edits.reduce(mutate, text.slice(start, start + length));
  });

function sound(text: string): void {
  const r = extract(text);
  expect(violations(text, r)).toEqual([]);
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  expect(extract(text)).toEqual(r);
}

describe('extract() on any string', () => {
  it('random Unicode: never throws, grounded, ids resolve, deterministic', () => {
    fc.assert(fc.property(randomText, (text) => sound(text)), { numRuns: RUNS });
  }, 300_000);

  it('mutated real articles: never throws, grounded, ids resolve, deterministic', () => {
    fc.assert(fc.property(mutatedArticle, (text) => sound(text)), { numRuns: RUNS });
  }, 300_000);
});

describe('extract() on shapes the properties found', () => {
  // An attribution cut off at the end of the text once indexed past the last word; a capital
  // whose lower case is two characters (`İ`) at the end of a shouted paragraph once ran past it;
  // a verb of saying as the text's last word once looked for the clause's verb past the end.
  it.each([['chanted Many machine, told '], ['The deal is off, according to'], ['The deal is off, said'], ['THE REGIME HAS FAILED TO STOP THE PEOPLE IN İSTANBULH'], ['units he said '], ['It said that the protests (which it describes as “illegal”) have evolved. He claims that']])('%j', (text) => sound(text));
});
