/**
 * `npm run demo`: extract every article in a folder and print a readable summary.
 * Usage: tsx examples/demo.ts [folder]   (default: examples/articles)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';

const dir = process.argv[2] ?? join(import.meta.dirname, 'articles');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
for (const file of files) {
  const r = extract(readFileSync(join(dir, file), 'utf8'));
  console.log(`\n=== ${file}${r.meta.title ? ` — ${r.meta.title}` : ''}`);
  if (r.meta.byline || r.meta.published) console.log(`by ${r.meta.byline ?? '?'}, published ${r.meta.published ?? '?'}`);
  const list = (label: string, entities: typeof r.people) => {
    if (!entities.length) return;
    console.log(`${label}:`);
    for (const e of entities) {
      const extra = [e.aliases.length ? `aka ${e.aliases.join(', ')}` : '', e.titles.length ? `(${e.titles.join('; ')})` : ''].filter(Boolean).join(' ');
      console.log(`  ${e.name}${extra ? ` ${extra}` : ''} ×${e.mentions.length}`);
    }
  };
  list('People', r.people);
  list('Organizations', r.organizations);
  list('Places', r.places);
  if (r.dates.length) console.log(`Dates: ${r.dates.map((d) => `${d.text} → ${d.value ?? '?'}`).join(' | ')}`);
  if (r.quotes.length) {
    console.log('Quotes:');
    for (const q of r.quotes) {
      const who = q.speaker ? `${q.speaker.name}${q.speaker.entityId ? '' : ' (unlinked)'}` : 'unknown speaker';
      const words = q.text.length > 90 ? `${q.text.slice(0, 87)}…` : q.text;
      console.log(`  ${who} [${q.kind}${q.cue ? `, ${q.cue.text}` : ''}, ${(q.confidence ?? 0).toFixed(2)}]: “${words}”`);
    }
  }
}
