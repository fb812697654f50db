/**
 * A corpus at a glance: extract every sample article, merge their entities across articles, and
 * print who is quoted most and what recurs. Run: npx tsx examples/corpus.ts [dir]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { aggregate, extract } from '../src/index.js';

const dir = process.argv[2] ?? join(import.meta.dirname, 'articles');
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => ({ article: file, result: extract(readFileSync(join(dir, file), 'utf8')) }));

const corpus = aggregate(articles);
console.log(`${corpus.articles} articles, ${corpus.entities.length} entities\n`);
console.log('Quoted most:');
for (const s of corpus.speakers.slice(0, 5)) console.log(`  ${s.name.padEnd(28)} ${s.quotes} quote(s) in ${s.articles} article(s)  ${s.titles.join('; ')}`);
console.log('\nIn the most articles:');
for (const e of [...corpus.entities].sort((a, b) => b.articles.length - a.articles.length).slice(0, 5)) console.log(`  ${e.type.padEnd(13)} ${e.name.padEnd(40)} ${e.articles.length} articles, ${e.mentionCount} mentions  (${e.forms.join(', ')})`);
console.log('\nMentioned together most:', corpus.coMentions.slice(0, 3));
