/** The line table behind the gazetteer: exact keys only, values as written, any number of collisions. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineTable } from '../../src/knowledge/table.js';

describe('LineTable', () => {
  const table = new LineTable('ken\ttKE\nkenya\tcKE\nnew york\ttUS\nnairobi\ttKE');

  it('finds whole keys and returns their values', () => {
    expect(table.get('kenya')).toBe('cKE');
    expect(table.get('ken')).toBe('tKE');
    expect(table.get('new york')).toBe('tUS');
    expect(table.get('nairobi')).toBe('tKE'); // last line, no newline after it
  });

  it('does not match prefixes, extensions or keys with separators', () => {
    expect(table.get('keny')).toBeUndefined();
    expect(table.get('kenyan')).toBeUndefined();
    expect(table.get('new')).toBeUndefined();
    expect(table.get('ken\ttKE')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
  });

  it('agrees with a Map on any set of keys', () => {
    const key = fc.stringMatching(/^[a-z ]{1,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 300 }), fc.array(key, { maxLength: 50 }), (keys, probes) => {
        const map = new Map(keys.map((k, i) => [k, `v${i}`]));
        const t = new LineTable(keys.map((k, i) => `${k}\tv${i}`).join('\n'));
        for (const k of [...keys, ...probes]) expect(t.get(k)).toBe(map.get(k));
      }),
    );
  });
});
