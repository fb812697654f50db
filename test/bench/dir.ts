/**
 * `npm run bench:dir`: articles/s of extractDirectory() with 1 and N workers on a generated
 * corpus of 2,000+ articles (the shared articles, paragraphs rotated and recombined so no two
 * files are identical), and peak RSS of the process (worker threads included).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// `BENCH_DIST=path/to/dist` measures another build the same way.
const dist = resolve(process.env.BENCH_DIST ?? join(import.meta.dirname, '../../dist'));
const { extractDirectory } = (await import(pathToFileURL(join(dist, 'node/index.js')).href)) as typeof import('../../src/node/index.js');

const source = join(import.meta.dirname, '../../../shared/articles');
const articles = readdirSync(source).filter((f) => f.endsWith('.txt') && f !== 'names.txt').map((f) => readFileSync(join(source, f), 'utf8').split(/\n+/));
const count = Number(process.env.BENCH_ARTICLES ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'newsextract-bench-'));
let bytes = 0;
for (let i = 0; i < count; i++) {
  const a = articles[i % articles.length]!;
  const b = articles[(i * 7 + 3) % articles.length]!;
  const shift = i % a.length;
  const text = [...a.slice(shift), ...a.slice(0, shift), ...b.slice(0, (i % 5) + 1)].join('\n\n');
  const sub = join(dir, `batch-${Math.floor(i / 500)}`);
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(sub, `article-${i}.txt`), text);
  bytes += Buffer.byteLength(text);
}
console.log(`Corpus: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB in ${dir}\n`);

let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const rates: number[] = [];
for (const workers of [1, 2]) {
  peak = process.memoryUsage().rss;
  const t0 = performance.now();
  const run = extractDirectory(dir, { workers });
  for await (const r of run) if (r.error) throw new Error(r.error.message);
  const secs = (performance.now() - t0) / 1000;
  rates.push(count / secs);
  console.log(`${workers} worker(s): ${(count / secs).toFixed(0).padStart(5)} articles/s  ${(bytes / 1e6 / secs).toFixed(2)} MB/s  (${secs.toFixed(1)} s, ${run.totals.extracted} extracted)  peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
}
clearInterval(timer);
console.log(`\n2 workers / 1 worker: ${(rates[1]! / rates[0]!).toFixed(2)}×`);
rmSync(dir, { recursive: true, force: true });
