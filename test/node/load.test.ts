import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, extractDirectory, loadArticles } from '../../src/node/index.js';

describe('loadArticles', () => {
  it('reports an oversize file with its path and reason, and reads the rest', async () => {
    const d = mkdtempSync(join(tmpdir(), 'newsextract-load-'));
    writeFileSync(join(d, 'a.txt'), 'Amina Diallo spoke in Dakar.');
    writeFileSync(join(d, 'b.txt'), 'x'.repeat(5000));
    const got = [];
    for await (const a of loadArticles(d, { maxBytes: 1000 })) got.push(a);
    expect(got.map((a) => [a.path.slice(d.length + 1), a.error?.reason ?? 'ok'])).toEqual([
      ['a.txt', 'ok'],
      ['b.txt', 'too-large'],
    ]);
    expect(got[1]!.error!.message).toMatch(/b\.txt: is 5000 bytes, over the 1000-byte limit/);
  });

  it('decodes UTF-16 by its byte-order mark and strips a UTF-8 BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nairobi', 'utf16le')]);
    expect(decodeText('x', le)).toBe('Nairobi');
    expect(decodeText('x', Buffer.from('\uFEFFNairobi', 'utf8'))).toBe('Nairobi');
  });

  it.each<[string, Buffer, string]>([
    ['Latin-1', Buffer.from('Le ministre Jos\xe9 Mart\xednez a parl\xe9 \xe0 Paris de la r\xe9forme des retraites.', 'latin1'), 'José Martínez'],
    ['windows-1252 curly quotes', Buffer.from('He said \x93we will win\x94 and the caf\xe9 closed. The minister\x92s plan passed on Monday.', 'latin1'), '“we will win”'],
    ['Shift_JIS', iconv.encode('東京都の知事は月曜日に記者会見を開き、新しい計画を発表した。', 'Shift_JIS'), '東京都の知事'],
  ])('decodes %s when detection is confident and the result is text', (_label, bytes, expected) => {
    expect(decodeText('x', bytes)).toContain(expected);
  });

  it.each<[string, Buffer]>([
    ['a few invalid bytes in ASCII', Buffer.from([0x4b, 0x6f, 0x66, 0x69, 0x20, 0xff, 0xfe, 0xfd, 0x80, 0x81])],
    ['bytes detection would read as windows-1257 mojibake', Buffer.concat([Buffer.from('A '), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x41, 0x42])])],
    ['a UTF-16 byte-order mark before bytes that are not UTF-16 text', Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x41, 0x42])],
    ['random bytes without NUL', Buffer.from(Array.from({ length: 300 }, (_, i) => ((i * 2654435761) >>> 24) | 1))],
  ])('reports %s as undecodable instead of garbling it', (_label, bytes) => {
    expect(() => decodeText('x.txt', bytes)).toThrow(/x\.txt: .*(?:not valid UTF-8|not UTF-16)/);
  });

  it('extractDirectory in this thread (1 worker) counts read, extracted and failed', async () => {
    const d = mkdtempSync(join(tmpdir(), 'newsextract-dir-'));
    writeFileSync(join(d, 'a.txt'), 'Amina Diallo spoke in Dakar on Monday.');
    writeFileSync(join(d, 'b.json'), '{ not json');
    const run = extractDirectory(d, { workers: 1 });
    const records = [];
    for await (const r of run) records.push(r);
    expect(records.map((r) => (r.error ? r.error.reason : r.result.places.map((p) => p.name).join()))).toEqual(['Dakar', 'parse']);
    expect(run.totals).toEqual({ read: 2, extracted: 1, failed: 1, skipped: 0 });
  });
});
