/**
 * `npm run bench`: speed and memory of the built package, as ratios within one run (absolute
 * times drift on shared machines).
 *
 * 1. Cold start: a fresh process that imports newsextract and extracts one line, beside a fresh
 *    process that only imports compromise (medians of 5, interleaved). Also the first real article.
 * 2. Steady throughput on ≥ 1 MB of PolNeAR train text (the second of two passes): `extract()`
 *    beside plain wink-nlp (`readDoc` with POS and entities) and plain compromise (`nlp()` and its finders).
 * 3. Memory, each in a fresh process: peak RSS after 1 MB and after 10 MB of distinct articles,
 *    the live heap after a full GC at the same points, and one 5 MB article.
 *
 * `BENCH_DIST=path/to/dist` measures another build (e.g. a copy of main's) the same way;
 * `BENCH_BEFORE=path/to/dist` adds that build's steady throughput to the same run, for a ratio
 * that machine load cannot skew.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { byteLength, distinctTexts, polnearTexts, take } from './corpus.js';

const dist = resolve(process.env.BENCH_DIST ?? join(import.meta.dirname, '../../dist'));
const entry = pathToFileURL(join(dist, 'index.js')).href;
const { extract } = (await import(entry)) as typeof import('../../src/index.js');
const scratch = mkdtempSync(join(tmpdir(), 'newsextract-bench-'));
const MiB = 2 ** 20;

/** Run an ES module script in a fresh `node` and parse the JSON it prints last. */
function fresh<T>(script: string, flags: string[] = []): T {
  const out = execFileSync('node', [...flags, '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 }).toString().trim().split('\n');
  return JSON.parse(out[out.length - 1]!) as T;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// 1. Cold start.
const firstArticle = join(scratch, 'first.txt');
writeFileSync(firstArticle, polnearTexts()[0]!);
const coldOurs: number[] = [];
const coldReal: number[] = [];
const coldCompromise: number[] = [];
for (let k = 0; k < 5; k++) {
  coldCompromise.push(fresh<number>(`const t = performance.now(); await import('compromise'); console.log(performance.now() - t);`));
  coldOurs.push(fresh<number>(`const t = performance.now(); const { extract } = await import(${JSON.stringify(entry)}); extract('Hello.'); console.log(performance.now() - t);`));
  coldReal.push(
    fresh<number>(`import { readFileSync } from 'node:fs'; const text = readFileSync(${JSON.stringify(firstArticle)}, 'utf8');
      const t = performance.now(); const { extract } = await import(${JSON.stringify(entry)}); extract(text); console.log(performance.now() - t);`),
  );
}
const cold = median(coldOurs);
const reference = median(coldCompromise);
console.log('Cold start (fresh process, median of 5)');
console.log(`  import compromise alone                     ${reference.toFixed(0).padStart(6)} ms`);
console.log(`  import newsextract + extract('Hello.')      ${cold.toFixed(0).padStart(6)} ms   ${(cold / reference).toFixed(2)}× compromise`);
console.log(`  import newsextract + extract(one article)   ${median(coldReal).toFixed(0).padStart(6)} ms   ${(median(coldReal) / reference).toFixed(2)}× compromise\n`);

// 2. Steady throughput.
const corpus = take(polnearTexts(), Number(process.env.BENCH_BYTES ?? 1_000_000));
const bytes = byteLength(corpus);

/** MB/s over the corpus. */
function pass(fn: (text: string) => unknown): number {
  const t0 = performance.now();
  for (const text of corpus) fn(text);
  return bytes / 1e6 / ((performance.now() - t0) / 1000);
}

/**
 * Steady MB/s: a first pass over the corpus (models load, the JIT compiles and settles), then the
 * timed pass. The first pass is printed too: a short run, or each new worker, sees that speed.
 */
function run(name: string, fn: (text: string) => unknown): number {
  const first = pass(fn);
  const steady = pass(fn);
  console.log(`  ${name.padEnd(36)} ${steady.toFixed(2).padStart(6)} MB/s  ${((steady * 1e6) / (bytes / corpus.length)).toFixed(0).padStart(5)} articles/s   (first pass ${first.toFixed(2)} MB/s)`);
  return steady;
}

console.log(`Throughput on ${corpus.length} PolNeAR train articles, ${(bytes / 1e6).toFixed(2)} MB`);
const wink = winkNLP(model);
const ours = run('newsextract extract()', (t) => extract(t));
if (process.env.BENCH_BEFORE) {
  const before = (await import(pathToFileURL(join(resolve(process.env.BENCH_BEFORE), 'index.js')).href)) as typeof import('../../src/index.js');
  const earlier = run('newsextract before (BENCH_BEFORE)', (t) => before.extract(t));
  const again = run('newsextract extract(), again', (t) => extract(t));
  console.log(`  now / before: ${(ours / earlier).toFixed(2)}× (then ${(again / earlier).toFixed(2)}× on the run after it)`);
}
const plainWink = run('plain wink-nlp readDoc (pos+ner)', (t) => {
  const d = wink.readDoc(t);
  d.entities().out();
  return d.tokens().out(wink.its.pos);
});
const plainCompromise = run('plain compromise nlp()+finders', (t) => {
  const d = nlp(t);
  return [d.people().out('array'), d.organizations().out('array'), d.places().out('array')];
});
console.log(`  newsextract / plain wink-nlp: ${(ours / plainWink).toFixed(2)}×   newsextract / plain compromise: ${(ours / plainCompromise).toFixed(2)}×\n`);

// 3. Memory, in fresh processes.
const distinct = join(scratch, 'distinct.json');
writeFileSync(distinct, JSON.stringify(take(distinctTexts(), 10_000_000)));
const growth = fresh<{ at1: number; at10: number; rss1: number; rss10: number; mb: number }>(`
  import { readFileSync } from 'node:fs';
  const { extract } = await import(${JSON.stringify(entry)});
  const texts = JSON.parse(readFileSync(${JSON.stringify(distinct)}, 'utf8'));
  let bytes = 0, at1 = 0, rss1 = 0;
  for (const t of texts) {
    extract(t);
    bytes += Buffer.byteLength(t);
    if (!at1 && bytes >= 1e6) { at1 = process.resourceUsage().maxRSS * 1024; rss1 = process.memoryUsage().rss; }
  }
  console.log(JSON.stringify({ at1, rss1, at10: process.resourceUsage().maxRSS * 1024, rss10: process.memoryUsage().rss, mb: bytes / 1e6 }));`);
console.log(`Memory over ${growth.mb.toFixed(1)} MB of distinct articles (PolNeAR, worldwide, CoNLL; fresh process)`);
console.log(`  after 1 MB:  peak RSS ${(growth.at1 / MiB).toFixed(0).padStart(5)} MiB  (RSS now ${(growth.rss1 / MiB).toFixed(0)} MiB)`);
console.log(`  after 10 MB: peak RSS ${(growth.at10 / MiB).toFixed(0).padStart(5)} MiB  (RSS now ${(growth.rss10 / MiB).toFixed(0)} MiB)   ${(growth.at10 / growth.at1).toFixed(2)}× after 1 MB`);

// What stays live: the same run with a full GC after 1 MB and after 10 MB (separate process: the GCs would lower the RSS above).
const live = fresh<{ at1: number; at10: number }>(
  `
  import { readFileSync } from 'node:fs';
  const { extract } = await import(${JSON.stringify(entry)});
  const texts = JSON.parse(readFileSync(${JSON.stringify(distinct)}, 'utf8'));
  let bytes = 0, at1 = 0;
  for (const t of texts) {
    extract(t);
    bytes += Buffer.byteLength(t);
    if (!at1 && bytes >= 1e6) { gc(); at1 = process.memoryUsage().heapUsed; }
  }
  gc();
  console.log(JSON.stringify({ at1, at10: process.memoryUsage().heapUsed }));`,
  ['--expose-gc'],
);
console.log(`  live heap after a full GC: ${(live.at1 / MiB).toFixed(0)} MiB after 1 MB, ${(live.at10 / MiB).toFixed(0)} MiB after 10 MB (the rest of the RSS is garbage V8 has not collected yet)`);

const big = fresh<{ secs: number; peak: number; chars: number }>(`
  import { readFileSync } from 'node:fs';
  const { extract } = await import(${JSON.stringify(entry)});
  const texts = JSON.parse(readFileSync(${JSON.stringify(distinct)}, 'utf8'));
  let text = '';
  for (const t of texts) { if (text.length >= 5e6) break; text += (text ? '\\n\\n' : '') + t; }
  const t0 = performance.now();
  extract(text);
  console.log(JSON.stringify({ secs: (performance.now() - t0) / 1000, peak: process.resourceUsage().maxRSS * 1024, chars: text.length }));`);
console.log(`  one ${(big.chars / 1e6).toFixed(1)} MB article: peak RSS ${(big.peak / MiB).toFixed(0)} MiB  (${big.secs.toFixed(1)} s)`);
rmSync(scratch, { recursive: true, force: true });
