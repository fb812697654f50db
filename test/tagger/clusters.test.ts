/** Word clusters from word vectors: the shipped table, its file format, and what the tagger reads. */
import { describe, expect, it } from 'vitest';
import { CLUSTER_BITS, CLUSTER_LEVELS, bundledClusters, encodeClusters, parseClusters, wordKey } from '../../src/tagger/clusters.js';
import { NerModelError } from '../../src/tagger/model.js';
import { lexemeOf } from '../../src/tagger/features.js';
import { lineKind } from '../../src/segment/lineKind.js';

/** A word's cluster `level` deep (1: coarsest). */
const atLevel = (code: number, level: number) => code >> (CLUSTER_BITS * (CLUSTER_LEVELS - level));

describe('the shipped cluster table', () => {
  const table = bundledClusters();

  it.each([
    ['monday', 'tuesday'],
    ['nairobi', 'harare'],
    ['ministry', 'department'],
  ])('puts %s and %s in one cluster three levels deep', (a, b) => {
    expect(table.code(a)).toBeGreaterThanOrEqual(0);
    expect(atLevel(table.code(a), 3)).toBe(atLevel(table.code(b), 3));
  });

  it('puts weekdays and capitals apart at the coarsest level', () => {
    expect(atLevel(table.code('monday'), 1)).not.toBe(atLevel(table.code('nairobi'), 1));
  });

  it('has no cluster for a word the corpus never had', () => {
    expect(table.code('zxqvbnmk')).toBe(-1);
  });

  it('is read by key as by word', () => {
    expect(table.codeOfKey(wordKey('accra'))).toBe(table.code('accra'));
  });
});

describe('cluster file', () => {
  const words = new Map([[wordKey('alpha'), 0], [wordKey('beta'), 4095], [0xffffffff, 17], [1, 300]]);

  it('round-trips', () => {
    const table = parseClusters(JSON.parse(JSON.stringify(encodeClusters(words))));
    for (const [key, code] of words) expect(table.codeOfKey(key)).toBe(code);
    expect(table.code('gamma')).toBe(-1);
  });

  it.each<[string, (f: Record<string, unknown>) => unknown]>([
    ['not an object', () => null],
    ['another format', (f) => ({ ...f, format: 'newsextract-ner' })],
    ['altered data', (f) => {
      const d = f.data as string;
      return { ...f, data: `${d.slice(0, 4)}${d[4] === 'B' ? 'C' : 'B'}${d.slice(5)}` };
    }],
    ['a wrong count', (f) => ({ ...f, entries: (f.entries as number) + 1 })],
  ])('rejects %s with a clear error', (_, corrupt) => {
    const file = encodeClusters(words) as unknown as Record<string, unknown>;
    expect(() => parseClusters(corrupt(file))).toThrow(NerModelError);
  });
});

describe('what the tagger reads of a word', () => {
  it.each<[string, Partial<ReturnType<typeof lexemeOf>>]>([
    ['Kenya', { lower: 'kenya', short: 'Xx', plain: false, upper: true, titleCase: true, hasLetter: true }],
    ['NUT', { lower: 'nut', short: 'X', plain: false, upper: true, titleCase: false }],
    ['said', { lower: 'said', plain: true, upper: false }],
    ['1996', { plain: true, hasLetter: false, upper: false }],
  ])('%s', (word, expected) => {
    const x = lexemeOf(word);
    expect(x).toMatchObject(expected);
    expect(x.key).toBe(wordKey(x.lower));
  });
});

describe('headline lines', () => {
  const line = (s: string) => lineKind(s.split(' ').map((text) => ({ text })));
  it.each<[string, ReturnType<typeof lineKind>]>([
    ['VOTERS MAKE GOOD CHOICE , SAYS POLL', 'caps'],
    ['Kenya Tea Growers Demand Fair Prices', 'title'],
    ['Talks of the Union Fail in Accra', 'title'],
    ['Farmers in Kenya demand fair prices for tea', undefined],
    ['Tea Prices Rise', undefined],
  ])('%s → %s', (text, kind) => {
    expect(line(text)).toBe(kind);
  });
});
