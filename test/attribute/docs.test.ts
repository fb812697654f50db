/** docs/attribution.md describes the sieve in the order the code runs it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUE_FINDERS } from '../../src/attribute/cueFinders.js';
import { SPEAKER_PASSES } from '../../src/attribute/speakerPasses.js';
import { REPORTED_FINDERS } from '../../src/quotes/reported/index.js';

const doc = readFileSync(join(import.meta.dirname, '../../docs/attribution.md'), 'utf8');

/** The names in the first column of the table under a `## N. …` heading. */
function tableNames(section: string): string[] {
  const body = doc.split(/^## /m).find((s) => s.startsWith(section))!;
  return [...body.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]!);
}

describe('docs/attribution.md', () => {
  it('lists the cue finders in code order', () => expect(tableNames('1.')).toEqual(CUE_FINDERS.map((f) => f.name)));
  it('lists the reported-speech finders in code order', () => expect(tableNames('2.')).toEqual(REPORTED_FINDERS.map((f) => f.name)));
  it('lists the speaker passes in code order', () => expect(tableNames('3.')).toEqual(SPEAKER_PASSES.map((p) => p.name)));
});
