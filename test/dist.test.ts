/**
 * The shipped package, not the sources: `npm test` builds dist/ first (pretest), and these
 * tests import it the way users do (ESM and CJS) and check the core stays free of Node built-ins.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract as fromSource } from '../src/index.js';
import { sampleArticles } from './helpers.js';

const dist = join(import.meta.dirname, '../dist');

describe('built package', () => {
  it('ESM and CJS builds give the same results as the sources', async () => {
    const esm = (await import(join(dist, 'index.js'))) as typeof import('../src/index.js');
    const cjs = createRequire(import.meta.url)(join(dist, 'index.cjs')) as typeof import('../src/index.js');
    for (const { text } of sampleArticles()) {
      const expected = fromSource(text);
      expect(esm.extract(text)).toEqual(expected);
      expect(cjs.extract(text)).toEqual(expected);
    }
  });

  it('the core entry imports no Node built-ins', () => {
    const core = readdirSync(dist).filter((f) => f.endsWith('.js') && !f.startsWith('node'));
    for (const f of core) expect(readFileSync(join(dist, f), 'utf8')).not.toMatch(/from ["'](?:node:)?(?:fs|path|os|child_process|worker_threads|url)["']/);
  });

  it('ships type declarations for both entry points', () => {
    const types = readFileSync(join(dist, 'index.d.ts'), 'utf8');
    for (const name of ['extract', 'Extraction', 'Entity', 'DateMention', 'Quote', 'Mention']) expect(types).toContain(name);
    expect(readdirSync(join(dist, 'node'))).toContain('index.d.ts');
  });
});
