/**
 * A corpus on worker threads, then flat tables: run with `npm run build && npx tsx examples/directory.ts [dir]`.
 */
import { toRows } from '../src/index.js';
import { extractDirectory } from '../dist/node/index.js';

const dir = process.argv[2] ?? new URL('./articles', import.meta.url).pathname;
// includeText: each record carries the text its offsets index (for HTML/JSON, the extracted article).
const run = extractDirectory(dir, { workers: 2, includeText: true });
const quotes = [];
for await (const r of run) {
  if (r.error) {
    console.error(`skipped ${r.path}: ${r.error.message}`);
    continue;
  }
  quotes.push(...toRows(r.result, r.path).quotes);
  const first = r.result.quotes[0];
  if (first && r.text) console.log(`${r.path}: …${r.text.slice(Math.max(0, first.start - 60), first.start).replace(/\s+/g, ' ')}[quote starts here]`);
}
console.table(quotes.filter((q) => q.kind === 'direct').map((q) => ({ speaker: q.speaker, confidence: q.confidence, quote: q.text.slice(0, 60) })));
console.log(run.totals);
