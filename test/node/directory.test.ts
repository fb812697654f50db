/**
 * extractDirectory on worker threads: the main thread reads files and hands out results; only
 * the workers load the extraction core (gazetteer, lexicons, tagger weights). Run on the built
 * package in a fresh process, as users run it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleArticles } from '../helpers.js';

const entry = join(import.meta.dirname, '../../dist/node/index.js');

/** Heap of the main thread after a whole run, garbage collected, in a fresh process. */
function mainThreadHeap(dir: string, workers: number): { records: number; heap: number } {
  const script = `
    const { extractDirectory } = await import(${JSON.stringify(entry)});
    let records = 0;
    for await (const r of extractDirectory(${JSON.stringify(dir)}, { workers: ${workers} })) if (r.result) records++;
    globalThis.gc();
    console.log(JSON.stringify({ records, heap: process.memoryUsage().heapUsed }));`;
  return JSON.parse(execFileSync('node', ['--expose-gc', '--input-type=module', '-e', script]).toString()) as { records: number; heap: number };
}

describe('extractDirectory on worker threads', () => {
  it('keeps no model in the main thread: its heap is a fraction of one that extracts itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsextract-heap-'));
    sampleArticles().forEach(({ text }, i) => writeFileSync(join(dir, `a${i}.txt`), text));
    const pooled = mainThreadHeap(dir, 2);
    const inThread = mainThreadHeap(dir, 1);
    expect(pooled.records).toBe(sampleArticles().length);
    expect(inThread.records).toBe(sampleArticles().length);
    // Here: ~10 MiB against ~100 MiB (the gazetteer, compromise's lexicon, wink-nlp's model, the tagger).
    expect(pooled.heap).toBeLessThan(inThread.heap / 3);
  }, 120_000);
});
