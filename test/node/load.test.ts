import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('extractDirectory in this thread (1 worker) counts read, extracted and failed', async () => {
    const d = mkdtempSync(join(tmpdir(), 'newsextract-dir-'));
    writeFileSync(join(d, 'a.txt'), 'Amina Diallo spoke in Dakar on Monday.');
    writeFileSync(join(d, 'b.json'), '{ not json');
    const run = extractDirectory(d, { workers: 1 });
    const records = [];
    for await (const r of run) records.push(r);
    expect(records.map((r) => (r.error ? r.error.reason : r.result.places.map((p) => p.name).join()))).toEqual(['Dakar', 'parse']);
    expect(run.totals).toEqual({ read: 2, extracted: 1, failed: 1 });
  });
});
