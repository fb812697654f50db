/**
 * `npm run bench:queue`: articles/s of a corpus run on the queue (BullMQ + a local redis-server)
 * with 1 and 2 worker processes, beside the plain CLI with 1 and 2 worker threads, on PolNeAR
 * train (840 real articles, ~3.9 MB); and what the queue costs per article: queueing (`add`),
 * the difference between one worker process and the CLI on one thread, and `collect`. Each
 * collected file is checked against the CLI's output.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startRedis, redisServer } from '../node/redis.js';
import { SHARED } from './corpus.js';

const cli = join(import.meta.dirname, '../../dist/node/cli.js');
const corpus = join(SHARED, 'data/polnear-train');
if (!existsSync(corpus) || !redisServer) {
  console.error(`npm run bench:queue needs ${existsSync(corpus) ? 'redis-server (apt-get install redis-server)' : `the PolNeAR articles at ${corpus}`}`);
  process.exit(2);
}
const input = join(corpus, '*.txt');

/** Run the CLI; resolve with seconds taken. */
function timed(args: string[]): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('node', [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => (code === 0 ? resolve((performance.now() - t0) / 1000) : reject(new Error(`newsextract ${args.join(' ')} exited ${code}: ${stderr}`))));
  });
}

const work = mkdtempSync(join(tmpdir(), 'newsextract-bench-queue-'));
const redis = await startRedis();
const rows: [string, number, number][] = [];
const row = (label: string, articles: number, secs: number) => {
  rows.push([label, articles, secs]);
  console.log(`${label.padEnd(42)} ${(articles / secs).toFixed(1).padStart(6)} articles/s  (${secs.toFixed(1)} s)`);
};
try {
  const articles = readdirSync(corpus).filter((f) => f.endsWith('.txt')).length;
  console.log(`Corpus: ${articles} PolNeAR train articles; redis-server on ${redis.url}; ${availableParallelism()} cores\n`);
  const expected = join(work, 'cli.jsonl');
  row('newsextract (CLI), 1 worker thread', articles, await timed([input, '--workers', '1', '--out', expected]));
  row('newsextract (CLI), 2 worker threads', articles, await timed([input, '--workers', '2', '--out', join(work, 'cli2.jsonl')]));
  const perArticle: Record<string, number> = {};
  for (const processes of [1, 2]) {
    const queue = ['--redis', redis.url, '--queue', `bench-${processes}`];
    const add = await timed(['queue', 'add', input, ...queue]);
    perArticle[`add (${processes})`] = add / articles;
    const shards = join(work, `shards-${processes}`);
    const t0 = performance.now();
    await Promise.all(Array.from({ length: processes }, (_, k) => timed(['queue', 'work', ...queue, '--out', join(shards, `w${k}`), '--concurrency', '1', '--until-empty'])));
    const secs = (performance.now() - t0) / 1000;
    row(`queue, ${processes} worker process${processes > 1 ? 'es' : ''} (1 thread each)`, articles, secs);
    if (processes === 1) perArticle.work = secs / articles - rows[0]![2] / articles;
    const out = join(work, `collected-${processes}.jsonl`);
    perArticle[`collect (${processes})`] = (await timed(['queue', 'collect', shards, '--out', out])) / articles;
    if (readFileSync(out, 'utf8') !== readFileSync(expected, 'utf8')) throw new Error(`the collected file of the ${processes}-process run differs from the CLI's`);
  }
  // The queue's own cost, nearly alone: articles of one short sentence (extraction ~0.1 ms), through the API in this process.
  const tiny = join(work, 'tiny');
  mkdirSync(tiny);
  const count = 2000;
  for (let i = 0; i < count; i++) writeFileSync(join(tiny, `${String(i).padStart(4, '0')}.txt`), `Amina Diallo spoke in Dakar on day ${i}.`);
  const q = (await import(pathToFileURL(join(import.meta.dirname, '../../dist/node/queue.js')).href)) as typeof import('../../src/node/queue/index.js');
  const where = { redis: redis.url, queue: 'bench-tiny' };
  let t0 = performance.now();
  await q.enqueueArticles(tiny, where);
  const addTiny = (performance.now() - t0) / 1000 / count;
  t0 = performance.now();
  await q.runWorker({ ...where, out: join(work, 'tiny-shards'), concurrency: 1, untilEmpty: true });
  // The worker waits up to a second to see the queue empty: not a cost per article.
  const workTiny = ((performance.now() - t0) / 1000 - 1) / count;
  // The same articles extracted without the queue, in this thread (the second pass: models loaded).
  const { extractDirectory } = (await import(pathToFileURL(join(import.meta.dirname, '../../dist/node/index.js')).href)) as typeof import('../../src/node/index.js');
  let plain = 0;
  for (let pass = 0; pass < 2; pass++) {
    t0 = performance.now();
    for await (const r of extractDirectory(tiny, { workers: 1 })) if (r.error) throw new Error(r.error.message);
    plain = (performance.now() - t0) / 1000 / count;
  }
  const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
  console.log(`\nThe queue alone, on ${count} one-sentence articles: add ${ms(addTiny)}, work ${ms(workTiny)} per article, of which ${ms(plain)} is reading and extracting them (the CLI's way, one thread): the queue's own cost is ${ms(workTiny - plain)} (a thread hop, Redis to take and to finish the job, the shard line written and fsynced)`);
  console.log(`\nQueue overhead per article, PolNeAR:`);
  console.log(`  queue add                    ${ms(perArticle['add (1)']!)}  (read, hash its path, send its text to Redis)`);
  console.log(`  queue work, 1 process        ${ms(perArticle.work!)}  (over the CLI on 1 thread, process start included; on a busy machine mostly noise)`);
  console.log(`  queue collect                ${ms(perArticle['collect (1)']!)}  (read, sort, drop duplicates, write)`);
  console.log(`\n2 worker processes / 1: ${(rows[3]![2] > 0 ? rows[2]![2] / rows[3]![2] : 0).toFixed(2)}×; the collected files equal the CLI's output byte for byte.`);
} finally {
  await redis.stop();
  rmSync(work, { recursive: true, force: true });
}
