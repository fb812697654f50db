/**
 * `npm run bench:huge`: one very long text through extract(): time and peak RSS for 5 and
 * 20 MB beside one article, each in a fresh process, with V8's default heap and with the heap
 * capped (which shows what must stay in memory; V8 otherwise lets garbage grow to ~4× what is live).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '../../dist/index.cjs');
const articles = join(import.meta.dirname, '../../examples/articles');
const script = (mb: number) => `
  const { readdirSync, readFileSync } = require('node:fs');
  const { extract } = require(${JSON.stringify(dist)});
  const dir = ${JSON.stringify(articles)};
  const one = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + '/' + f, 'utf8')).join('\\n\\n');
  let text = one;
  while (text.length < ${mb} * 1e6) text += '\\n\\n' + one;
  const t = performance.now();
  const r = extract(text);
  const secs = (performance.now() - t) / 1000;
  const mentions = [...r.people, ...r.organizations, ...r.places].reduce((n, e) => n + e.mentions.length, 0);
  console.log(JSON.stringify({ chars: text.length, secs, maxRss: process.resourceUsage().maxRSS * 1024, mentions }));`;

console.log('text            heap cap   time     peak RSS   RSS above one article, per character');
const baseline: Record<string, number> = {};
for (const mb of [0, 5, 20]) {
  for (const cap of [undefined, 250]) {
    const args = [...(cap ? [`--max-old-space-size=${cap}`] : []), '-e', script(mb)];
    try {
      const r = JSON.parse(execFileSync('node', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString()) as { chars: number; secs: number; maxRss: number };
      const key = String(cap ?? 'default');
      if (mb === 0) baseline[key] = r.maxRss;
      const above = mb === 0 ? '' : `${((r.maxRss - baseline[key]!) / r.chars).toFixed(1)} bytes`;
      console.log(`${(mb === 0 ? 'one copy' : `${mb} MB`).padEnd(15)} ${(cap ? `${cap} MB` : 'default').padEnd(10)} ${r.secs.toFixed(1).padStart(5)} s  ${(r.maxRss / 2 ** 20).toFixed(0).padStart(6)} MiB   ${above}`);
    } catch (e) {
      console.log(`${mb} MB with heap ${cap}: failed (${String((e as { stderr?: Buffer }).stderr ?? e).split('\n').find((l) => /heap|FATAL/.test(l)) ?? 'error'})`);
    }
  }
}
