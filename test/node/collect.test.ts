/**
 * `collectShards` on its own (no Redis): shards in any order, with duplicates, a half-written
 * line and a line that is not a record, merge into the CLI's order — the same whether everything
 * fits in memory or every record is a sorted run of its own, merged in rounds.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectShards } from '../../src/node/queue/index.js';

/** The CLI's order, built the way the CLI builds it: files in code-unit order, a JSONL file's lines in line order. */
function cliOrder(): string[] {
  const files = ['c/a.txt', 'b.jsonl', 'b.jsonl 2.txt', 'b.jsonl.txt', 'B.txt', 'é.txt', ...Array.from({ length: 150 }, (_, i) => `d/${String(i).padStart(3, '0')}.md`)].sort();
  return files.flatMap((f) => (f.endsWith('.jsonl') ? Array.from({ length: 120 }, (_, i) => `${f}#${i + 1}`) : [f]));
}

/** A fixed shuffle (a linear congruential generator), so the test is the same every run. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let seed = 42;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('collectShards', () => {
  it('merges shards in any order into the CLI’s order, once per article, in memory or in hundreds of runs on disk', async () => {
    const order = cliOrder();
    const record = (path: string) => JSON.stringify({ path, meta: { title: `Title of ${path}` }, people: [] });
    const dir = mkdtempSync(join(tmpdir(), 'newsextract-collect-'));
    mkdirSync(join(dir, 'machine-2'));
    const mixed = shuffled(order);
    const third = Math.ceil(mixed.length / 3);
    writeFileSync(join(dir, 'results-a.jsonl'), mixed.slice(0, third).map((p) => `${record(p)}\n`).join(''));
    // A worker killed mid-write: its last line is half there (that article was redone elsewhere).
    writeFileSync(join(dir, 'results-b.jsonl'), `${mixed.slice(third, 2 * third).map((p) => `${record(p)}\n`).join('')}{"path":"d/00`);
    writeFileSync(join(dir, 'machine-2', 'results-c.jsonl'), `${mixed.slice(2 * third).map((p) => `${record(p)}\n`).join('')}not a record\n`);
    // A retried job's record, written a second time by another worker.
    writeFileSync(join(dir, 'machine-2', 'results-d.jsonl'), mixed.slice(0, 25).map((p) => `${record(p)}\n`).join(''));
    // Files that are not shards are not read.
    writeFileSync(join(dir, 'notes.jsonl'), 'anything\n');
    const expected = order.map((p) => `${record(p)}\n`).join('');

    const plenty = join(mkdtempSync(join(tmpdir(), 'newsextract-collect-out-')), 'all.jsonl');
    const totals = await collectShards(dir, { out: plenty });
    expect(totals).toEqual({ shards: 4, records: order.length, duplicates: 25, differing: 0, incomplete: 1, failed: [], stopped: false, skipped: [`${join(dir, 'machine-2', 'results-c.jsonl')}:${order.length - 2 * third + 1}: not a newsextract record`] });
    expect(readFileSync(plenty, 'utf8')).toBe(expected);

    // One character of memory: every record a sorted run of its own, ~300 runs merged 64 at a time.
    const tight = join(mkdtempSync(join(tmpdir(), 'newsextract-collect-tight-')), 'all.jsonl');
    expect(await collectShards(dir, { out: tight, memory: 1 })).toEqual(totals);
    expect(readFileSync(tight, 'utf8')).toBe(expected);
    // …and its temporary runs are gone.
    expect(readdirSync(dirname(tight))).toEqual(['all.jsonl']);

    // Stopped (Ctrl-C) while it works: it says so, and leaves no temporary runs.
    const stopping = new AbortController();
    const stopped = join(mkdtempSync(join(tmpdir(), 'newsextract-collect-stopped-')), 'all.jsonl');
    const half = collectShards(dir, { out: stopped, memory: 1, signal: stopping.signal });
    setImmediate(() => stopping.abort());
    const partial = await half;
    expect(partial.stopped).toBe(true);
    expect(partial.records).toBeLessThan(order.length);
    expect(readdirSync(dirname(stopped))).toEqual(['all.jsonl']);
  });
});
