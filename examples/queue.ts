/**
 * A corpus over the queue, from TypeScript: queue the sample articles, run one worker in this
 * process until the queue is empty, then merge its shard. On several machines each would run
 * `runWorker` (or `newsextract queue work`) against the same Redis.
 * Run: npm run build && npx tsx examples/queue.ts redis://127.0.0.1:6379 [dir]
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectShards, enqueueArticles, queueStatus, runWorker } from '../dist/node/queue.js';

const where = { redis: process.argv[2] ?? process.env.NEWSEXTRACT_REDIS ?? 'redis://127.0.0.1:6379', queue: 'example' };
const dir = process.argv[3] ?? join(import.meta.dirname, 'articles');
const work = mkdtempSync(join(tmpdir(), 'newsextract-example-'));

const added = await enqueueArticles(dir, where);
console.log(`queued ${added.queued} article(s); ${added.failed.length} could not be read`);

// Each try of an article may take 60 s; a killed worker's articles go to another after 30 s.
const done = await runWorker({ ...where, out: join(work, 'shards'), concurrency: 2, untilEmpty: true, timeoutSeconds: 60, onFailure: (f) => console.error(`failed: ${f.path}: ${f.reason}`) });
console.log(`worker: ${done.completed} written to ${done.shard}`);
console.log('queue:', await queueStatus(where));

const out = join(work, 'results.jsonl');
const merged = await collectShards(join(work, 'shards'), { out });
console.log(`collected ${merged.records} record(s), ${merged.duplicates} duplicate(s) dropped, into ${out}`);
for (const line of readFileSync(out, 'utf8').trim().split('\n')) {
  const r = JSON.parse(line) as { path: string; people: { name: string }[]; quotes: unknown[] };
  console.log(`  ${r.path}: ${r.people.length} people, ${r.quotes.length} quotes`);
}
