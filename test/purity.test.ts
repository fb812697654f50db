/**
 * extract() is a pure function of (text, options): the same article gives the same JSON
 * whatever was extracted before it in the process, in any order, and in a fresh process.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { variedCorpus } from './helpers.js';

const corpus = variedCorpus();
const run = (order: number[]) => {
  const out: string[] = new Array(corpus.length);
  for (const i of order) out[i] = JSON.stringify(extract(corpus[i]!));
  return out;
};

// Each document processed first, in a new Node process, by the built package.
function freshProcess(order: number[]): string[] {
  const script = `
    const { readFileSync } = require('node:fs');
    const { extract } = require(${JSON.stringify(join(import.meta.dirname, '../dist/index.cjs'))});
    const { corpus, order } = JSON.parse(readFileSync(0, 'utf8'));
    const out = [];
    for (const i of order) out[i] = JSON.stringify(extract(corpus[i]));
    process.stdout.write(JSON.stringify(out));`;
  return JSON.parse(execFileSync('node', ['-e', script], { input: JSON.stringify({ corpus, order }), maxBuffer: 256 * 1024 * 1024 }).toString()) as string[];
}

describe('extract() is pure', () => {
  const forward = corpus.map((_, i) => i);
  const reverse = [...forward].reverse();
  const interleaved = forward.flatMap((i) => [i, (i * 7 + 3) % corpus.length]);

  it('gives the same result in forward, reverse and interleaved order in one process', () => {
    // Reverse first: this file's process has extracted nothing before it.
    const a = run(reverse);
    expect(run(forward)).toEqual(a);
    expect(run(interleaved)).toEqual(a);
  }, 120_000);

  it('gives the same result in fresh processes, whichever article comes first', () => {
    const here = run(forward);
    expect(freshProcess(forward)).toEqual(here);
    expect(freshProcess(reverse)).toEqual(here);
  }, 180_000);
});
