/**
 * The shipped package, not the sources: `npm test` builds dist/ first (pretest), and these
 * tests import it the way users do (ESM and CJS) and check the core stays free of Node built-ins.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

  it('the core loads only wink-nlp and chrono at run time: the lexicon and the gazetteer ship prebuilt', () => {
    const core = readdirSync(dist).filter((f) => f.endsWith('.js') && !f.startsWith('node'));
    const imports = new Set(core.flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/from ["']([^."'][^"']*)["']/g)].map((m) => m[1])));
    expect([...imports].sort()).toEqual(['chrono-node/en', 'wink-eng-lite-web-model', 'wink-nlp']);
  });

  it('importing the package builds nothing: data loads on first use', () => {
    // A fresh process: heap growth from the import alone, then after a first extract().
    const script = `gc(); const a = process.memoryUsage().heapUsed;
      const m = await import(${JSON.stringify(pathToFileURL(join(dist, 'index.js')).href)});
      gc(); const b = process.memoryUsage().heapUsed;
      m.extract('Kenyan President William Ruto met officials in Nairobi on Monday.');
      gc(); console.log(JSON.stringify({ imported: b - a, used: process.memoryUsage().heapUsed - a }));`;
    const { imported, used } = JSON.parse(execFileSync('node', ['--expose-gc', '--input-type=module', '-e', script]).toString()) as { imported: number; used: number };
    // ~24 MiB is the bundled code and its packed tables; the gazetteer parsed at import was ~53 MiB.
    expect(imported).toBeLessThan(36 * 2 ** 20);
    // The wink-nlp model, the tagger weights and the indexes come with the first text.
    expect(used).toBeGreaterThan(imported + 5 * 2 ** 20);
  });

  it('ships newsextract/queue for ESM and CJS, with types; the CLI and newsextract/node load BullMQ only for the queue', async () => {
    const esm = (await import(join(dist, 'node/queue.js'))) as Record<string, unknown>;
    const cjs = createRequire(import.meta.url)(join(dist, 'node/queue.cjs')) as Record<string, unknown>;
    for (const m of [esm, cjs]) for (const name of ['enqueueArticles', 'runWorker', 'queueStatus', 'retryFailed', 'collectShards']) expect(typeof m[name], name).toBe('function');
    expect(readFileSync(join(dist, 'node/queue.d.ts'), 'utf8')).toMatch(/interface WorkOptions/);
    for (const f of ['node/index.js', 'node/index.cjs', 'node/cli.js']) expect(readFileSync(join(dist, f), 'utf8'), f).not.toMatch(/["']bullmq["']/);
  });

  it('ships type declarations for both entry points', () => {
    const types = readFileSync(join(dist, 'index.d.ts'), 'utf8');
    for (const name of ['extract', 'Extraction', 'Entity', 'DateMention', 'Quote', 'Mention']) expect(types).toContain(name);
    expect(readdirSync(join(dist, 'node'))).toContain('index.d.ts');
  });
});
