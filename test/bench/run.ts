/**
 * `npm run bench`: throughput of extract() on the shared articles repeated to ≥ 1 MB,
 * beside plain compromise (`nlp(text)` + its finders) and plain wink-nlp (`readDoc`
 * with POS and entities) in the same run. Prints MB/s, articles/s and peak RSS.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
// The built package, as users load it (tsx's on-the-fly JSON modules cost ~400 MB more RSS).
import { extract } from '../../dist/index.js';

const dir = join(import.meta.dirname, '../../../shared/articles');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt') && f !== 'names.txt').map((f) => readFileSync(join(dir, f), 'utf8'));
const target = Number(process.env.BENCH_BYTES ?? 1_000_000);
const corpus: string[] = [];
let bytes = 0;
while (bytes < target) {
  for (const a of articles) {
    corpus.push(a);
    bytes += Buffer.byteLength(a);
  }
}
let peak = process.memoryUsage().rss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

function run(name: string, fn: (text: string) => unknown): number {
  fn(articles[0]!); // load models outside the timing
  peak = process.memoryUsage().rss;
  const t0 = performance.now();
  for (const text of corpus) {
    fn(text);
    sample();
  }
  const secs = (performance.now() - t0) / 1000;
  const mbps = bytes / 1e6 / secs;
  console.log(`${name.padEnd(36)} ${mbps.toFixed(2).padStart(6)} MB/s  ${(corpus.length / secs).toFixed(0).padStart(5)} articles/s  (${secs.toFixed(1)} s)  peak RSS so far ${(peak / 2 ** 20).toFixed(0)} MiB`);
  return mbps;
}

console.log(`Corpus: ${corpus.length} articles, ${(bytes / 1e6).toFixed(2)} MB (the ${articles.length} shared articles repeated)\n`);
const wink = winkNLP(model);
const ours = run('newsextract extract()', (t) => extract(t));
const plainWink = run('plain wink-nlp readDoc (pos+ner)', (t) => {
  const d = wink.readDoc(t);
  d.entities().out();
  return d.tokens().out(wink.its.pos);
});
const plainCompromise = run('plain compromise nlp()+finders', (t) => {
  const d = nlp(t);
  return [d.people().out('array'), d.organizations().out('array'), d.places().out('array')];
});
console.log(`\nnewsextract / plain compromise: ${(ours / plainCompromise).toFixed(2)}×   newsextract / plain wink-nlp: ${(ours / plainWink).toFixed(2)}×`);
console.log('(peak RSS is for the whole process, models of every system loaded so far included; newsextract runs first)');
