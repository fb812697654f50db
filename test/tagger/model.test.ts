/** The weights file: round trip, and a clear error for anything corrupt. */
import { describe, expect, it } from 'vitest';
import { LABELS, NerModelError, encodeModel, parseModel } from '../../src/tagger/model.js';
import { bundledModel } from '../../src/tagger/index.js';

const table = new Map<number, number[]>([
  [7, [0.5, -1.25, 0, 0, 0, 0, 0, 3, 0]],
  [123456789, [0, 0, 0, 2, 0, 0, 0, 0, -0.75]],
  [4294967295, [1, 1, 1, 1, 1, 1, 1, 1, 1]],
  [99, [0, 0, 0, 0, 0, 0, 0, 0, 0]],
]);

describe('weights file', () => {
  it('round-trips weights to int16 precision and drops all-zero features', () => {
    const file = encodeModel(LABELS, table);
    expect(file.entries).toBe(3);
    const model = parseModel(JSON.parse(JSON.stringify(file)));
    for (const [key, weights] of table) {
      const out = new Float64Array(LABELS.length);
      model.score([key], out);
      weights.forEach((w, l) => expect(out[l]).toBeCloseTo(w, 3));
    }
    const none = new Float64Array(LABELS.length);
    model.score([42], none);
    expect([...none].every((x) => x === 0)).toBe(true);
  });

  it.each<[string, (f: Record<string, unknown>) => unknown]>([
    ['not an object', () => null],
    ['another format', (f) => ({ ...f, format: 'something-else' })],
    ['missing data', (f) => ({ ...f, data: undefined })],
    ['an altered byte', (f) => ({ ...f, data: flip(f.data as string) })],
    ['truncated data', (f) => ({ ...f, data: (f.data as string).slice(0, 8) })],
    ['not base64', (f) => ({ ...f, data: '%%%not base64%%%' })],
    ['a wrong entry count', (f) => ({ ...f, entries: 5 })],
  ])('a file with %s gives a NerModelError', (_label, corrupt) => {
    const file = encodeModel(LABELS, table) as unknown as Record<string, unknown>;
    expect(() => parseModel(corrupt(file))).toThrow(NerModelError);
    expect(() => parseModel(corrupt(file))).toThrow(/newsextract: NER model is corrupt/);
  });

  it('the bundled model loads', () => {
    const model = bundledModel();
    expect(model.labels).toEqual(LABELS);
    expect(model.entries).toBeGreaterThan(10_000);
  });
});

function flip(data: string): string {
  const i = Math.floor(data.length / 2);
  return data.slice(0, i) + (data[i] === 'A' ? 'B' : 'A') + data.slice(i + 1);
}
