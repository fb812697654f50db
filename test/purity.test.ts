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

// Each document processed first, in a new Node process, by the built package; `before` runs first.
function freshProcess(order: number[], before = '', texts: readonly string[] = corpus): string[] {
  const script = `
    ${before}
    const { readFileSync } = require('node:fs');
    const { extract } = require(${JSON.stringify(join(import.meta.dirname, '../dist/index.cjs'))});
    const { corpus, order } = JSON.parse(readFileSync(0, 'utf8'));
    const out = [];
    for (const i of order) out[i] = JSON.stringify(extract(corpus[i]));
    process.stdout.write(JSON.stringify(out));`;
  return JSON.parse(execFileSync('node', ['-e', script], { input: JSON.stringify({ corpus: texts, order }), maxBuffer: 256 * 1024 * 1024 }).toString()) as string[];
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

  it('does not change when the process extends compromise (plugins, added words)', () => {
    // newsextract reads compromise's lexicon as it was at build time, not the live, shared model.
    const extend = `
      const nlp = require('compromise');
      nlp.plugin(require('compromise-dates'));
      nlp.addWords({ kenya: 'Organization', minister: 'FirstName', police: 'Place', said: 'LastName', ruto: 'Country' });`;
    const texts = [...corpus, 'Kenyan police said on Monday that the minister Ruto visited Kenya and Nairobi, police said.'];
    const plain = freshProcess(texts.map((_, i) => i), '', texts);
    expect(freshProcess(texts.map((_, i) => i), extend, texts)).toEqual(plain);
    expect(JSON.parse(plain[plain.length - 1]!).places.map((p: { name: string }) => p.name)).toContain('Kenya');
  }, 180_000);
});
