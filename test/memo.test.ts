/** The byte-budgeted memo behind the tagger's and the dates' caches. */
import { describe, expect, it } from 'vitest';
import { Memo } from '../src/memo.js';

describe('Memo', () => {
  it('computes each key once, undefined included', () => {
    const calls: string[] = [];
    const memo = new Memo<string | undefined>(1024);
    const upper = (k: string) => (calls.push(k), k === 'none' ? undefined : k.toUpperCase());
    expect(memo.get('kenya', upper)).toBe('KENYA');
    expect(memo.get('kenya', upper)).toBe('KENYA');
    expect(memo.get('none', upper)).toBeUndefined();
    expect(memo.get('none', upper)).toBeUndefined();
    expect(calls).toEqual(['kenya', 'none']);
  });

  it('starts afresh past its budget, and still answers right', () => {
    let calls = 0;
    // 64 bytes per entry plus two per key character: 10 entries of 6-character keys fit in 800 bytes.
    const memo = new Memo<number>(800);
    const length = (k: string) => (calls++, k.length);
    for (let round = 0; round < 3; round++) for (let i = 0; i < 100; i++) expect(memo.get(`key${String(i).padStart(3, '0')}`, length)).toBe(6);
    // Never holding more than ~10 keys, it recomputes nearly every time over 100 distinct keys.
    expect(calls).toBeGreaterThan(250);
    const before = calls;
    for (let i = 0; i < 5; i++) memo.get('again', length);
    expect(calls).toBe(before + 1);
  });
});
