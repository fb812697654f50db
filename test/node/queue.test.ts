/**
 * The distributed run, as users run it: redis-server on a free loopback port, `newsextract queue
 * add` over 500 real news articles (PolNeAR train when ../shared is there, duplicates included),
 * worker processes that are killed and replaced, and `collect`, whose file must be the one the
 * single-machine CLI writes, byte for byte. Then the same API from TypeScript
 * (`newsextract/queue`, built), with an article past its time budget.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleArticles, variedCorpus } from '../helpers.js';
import { redisForTests, redisServer } from './redis.js';
import { cli, newsextract, refuses } from './run.js';

const polnear = join(import.meta.dirname, '../../../shared/data/polnear-train');

/** 464 distinct news articles: PolNeAR train, or (without ../shared) the sample articles rearranged. */
function newsTexts(): string[] {
  if (existsSync(polnear)) return readdirSync(polnear).filter((f) => f.endsWith('.txt')).sort().slice(0, 464).map((f) => readFileSync(join(polnear, f), 'utf8'));
  console.warn('queue.test.ts: ../shared/data/polnear-train not found; using the sample articles rearranged');
  const docs = variedCorpus();
  return Array.from({ length: 464 }, (_, i) => `${docs[i % docs.length]}\n\n${docs[(i * 7 + 1) % docs.length]!.split('\n').slice(0, (i % 5) + 1).join('\n')}`);
}

const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0);
const shardLines = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith('results-')).reduce((n, f) => n + lines(join(dir, f)), 0) : 0);

function worker(args: string[]): { child: ChildProcess; exit: Promise<{ code: number | null; signal: string | null }>; stderr: () => string } {
  const child = spawn('node', [cli, 'queue', 'work', ...args]);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.resume();
  return { child, exit: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))), stderr: () => stderr };
}

describe.skipIf(!redisServer)('queue: one corpus, several worker processes, one result', () => {
  const server = redisForTests();
  let corpus: string;
  let expected: string;
  const articles = 500;

  beforeAll(async () => {
    corpus = mkdtempSync(join(tmpdir(), 'newsextract-queue-'));
    const texts = newsTexts();
    mkdirSync(join(corpus, 'news'));
    mkdirSync(join(corpus, 'copies'));
    texts.forEach((t, i) => writeFileSync(join(corpus, 'news', `${String(i).padStart(3, '0')}.txt`), t));
    // The same articles again under other paths: duplicates of content, distinct articles.
    texts.slice(0, 32).forEach((t, i) => writeFileSync(join(corpus, 'copies', `${String(i).padStart(3, '0')}.txt`), t));
    writeFileSync(
      join(corpus, 'feed.jsonl'),
      [
        { text: texts[100], title: 'From the feed', url: 'https://news.example/1', date: '2016-03-02' },
        // Poison: its date names no day, so extract() throws on it, every time.
        { text: texts[101], date: '2016-02-30' },
        { text: texts[102], url: 'https://news.example/3' },
        { text: texts[103], title: 'Last of the feed' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const whole = await newsextract([corpus, '--workers', '2']);
    expect(whole.code).toBe(1);
    expect(whole.stderr).toMatch(/feed\.jsonl#2: options\.published is not a calendar date/);
    expected = whole.stdout;
    expect(expected.split('\n')).toHaveLength(articles - 1 + 1);
  }, 300_000);

  it('add queues each article once; two workers, one SIGKILLed mid-run and replaced; collect writes the CLI’s file byte for byte; the poison article fails alone', async () => {
    const redis = server();
    const at = ['--redis', redis.url];
    const status = async () => JSON.parse((await newsextract(['queue', 'status', ...at, '--json'])).stdout) as Record<string, number>;
    expect((await newsextract(['queue', 'add', corpus, ...at])).code).toBe(0);
    // Again: the same paths are the same jobs.
    const again = await newsextract(['queue', 'add', corpus, ...at]);
    expect(again.code).toBe(0);
    expect(await status()).toEqual({ waiting: articles, active: 0, completed: 0, failed: 0 });

    const shards = mkdtempSync(join(tmpdir(), 'newsextract-shards-'));
    const settings = ['--concurrency', '1', '--stall-timeout', '5', ...at];
    const w1 = worker(['--out', join(shards, 'w1'), ...settings]);
    const w2 = worker(['--out', join(shards, 'w2'), '--until-empty', ...settings]);
    while (shardLines(join(shards, 'w1')) < 30) {
      expect(w1.child.exitCode, w1.stderr()).toBeNull();
      await sleep(50);
    }
    w1.child.kill('SIGKILL');
    expect((await w1.exit).signal).toBe('SIGKILL');
    const w3 = worker(['--out', join(shards, 'w3'), '--until-empty', ...settings]);
    const [end2, end3] = await Promise.all([w2.exit, w3.exit]);
    expect(end2.code, w2.stderr()).toBe(0);
    expect(end3.code, w3.stderr()).toBe(0);
    // The poison article: tried three times, then failed, with its reason, by whichever worker had it last.
    expect(w2.stderr() + w3.stderr()).toMatch(/failed after 3 tries: .*feed\.jsonl#2: options\.published is not a calendar date: "2016-02-30"/);
    // All three did part of the work.
    for (const w of ['w1', 'w2', 'w3']) expect(shardLines(join(shards, w)), w).toBeGreaterThan(0);

    expect(await status()).toEqual({ waiting: 0, active: 0, completed: articles - 1, failed: 1 });
    const text = await newsextract(['queue', 'status', ...at]);
    expect(text.stdout).toMatch(/^failed +1$/m);
    expect(text.stdout).toMatch(/feed\.jsonl#2: options\.published is not a calendar date.* \(3 tries\)/);
    // No result stays in Redis: the only job left is the failed one.
    const client = new Redis(redis.url);
    const jobs = (await client.keys('newsextract:newsextract:a-*')).filter((k) => /:a-[0-9a-f]{40}$/.test(k));
    await client.quit();
    expect(jobs).toHaveLength(1);

    const out = join(mkdtempSync(join(tmpdir(), 'newsextract-collected-')), 'results.jsonl');
    const collected = await newsextract(['queue', 'collect', shards, '--out', out]);
    expect(collected.code).toBe(1);
    expect(collected.stderr).toMatch(new RegExp(`${articles - 1} article\\(s\\) from 3 shard\\(s\\)`));
    expect(collected.stderr).toMatch(/1 file\(s\) failed:\n {2}.*feed\.jsonl#2: options\.published is not a calendar date/);
    expect(readFileSync(out, 'utf8')).toBe(expected);
    // The shards hold at least every article once (more when the kill fell between a write and its job's end).
    expect(shardLines(join(shards, 'w1')) + shardLines(join(shards, 'w2')) + shardLines(join(shards, 'w3'))).toBeGreaterThanOrEqual(articles - 1);
  }, 300_000);
});

describe.skipIf(!redisServer)('newsextract/queue from TypeScript', () => {
  const server = redisForTests();

  it('an article past its time budget fails alone, after its tries; the rest are collected; collect sorts and drops duplicates with little memory', async () => {
    const q = (await import(join(import.meta.dirname, '../../dist/node/queue.js'))) as typeof import('../../src/node/queue/index.js');
    const texts = newsTexts().slice(0, 6);
    const corpus = mkdtempSync(join(tmpdir(), 'newsextract-budget-'));
    texts.forEach((t, i) => writeFileSync(join(corpus, `${i}.txt`), t));
    // ~6 MB of news in one article: far over a 1-second budget (extraction runs at well under 1 MB/s a core).
    let huge = '';
    for (let i = 0; huge.length < 6_000_000; i++) huge += `${texts[i % texts.length]}\n\n`;
    writeFileSync(join(corpus, 'huge.txt'), huge);
    const where = { redis: server().url, queue: 'budget' };

    const added = await q.enqueueArticles(corpus, { ...where, attempts: 2 });
    expect(added).toEqual({ queued: 7, failed: [], stopped: false });
    const failures: string[] = [];
    const shards = mkdtempSync(join(tmpdir(), 'newsextract-budget-shards-'));
    const totals = await q.runWorker({ ...where, out: shards, concurrency: 1, untilEmpty: true, timeoutSeconds: 1, onFailure: (f) => failures.push(`${f.path}: ${f.reason} (${f.attempts})`) });
    expect(totals).toMatchObject({ completed: 6, failed: 1, retried: 1, stopped: false });
    expect(failures).toEqual([`${join(corpus, 'huge.txt')}: extraction took longer than the time budget of 1 s; its thread was stopped (2)`]);
    expect(await q.queueStatus(where)).toMatchObject({ waiting: 0, active: 0, completed: 6, failed: 1 });
    expect(await q.queueStatus(where, 5)).toMatchObject({ failures: [{ path: join(corpus, 'huge.txt'), reason: 'extraction took longer than the time budget of 1 s; its thread was stopped', attempts: 2 }] });
    // One more try for the failed (as after a failure of the machine, not the article): back in the queue, with its text.
    expect(await q.retryFailed(where)).toBe(1);
    expect(await q.queueStatus(where)).toMatchObject({ waiting: 1, active: 0, failed: 0 });

    // A second copy of every shard line: collect keeps one of each, in the CLI's order, also when it must sort in runs on disk.
    const shard = readdirSync(shards).find((f) => f.startsWith('results-'))!;
    writeFileSync(join(shards, 'results-copy.jsonl'), readFileSync(join(shards, shard)));
    const small = join(mkdtempSync(join(tmpdir(), 'newsextract-budget-out-')), 'all.jsonl');
    const collected = await q.collectShards(shards, { out: small, memory: 20_000 });
    expect(collected).toMatchObject({ shards: 2, records: 6, duplicates: 6, differing: 0, incomplete: 0 });
    expect(collected.failed.map((f) => f.path)).toEqual([join(corpus, 'huge.txt')]);
    // The CLI over the same six articles (a glob gives the same paths as the folder's walk).
    const cliOut = await newsextract([join(corpus, '[0-9].txt'), '--workers', '1']);
    expect(cliOut.stdout.split('\n')).toHaveLength(7);
    expect(readFileSync(small, 'utf8')).toBe(cliOut.stdout);
  }, 300_000);

  it('examples/queue.ts runs as its comment says', async () => {
    const root = join(import.meta.dirname, '../..');
    const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'examples/queue.ts'), server().url], { cwd: root });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('exit', (code) => resolve({ code, out }));
    });
    expect(run.code, run.out).toBe(0);
    const articles = sampleArticles().length;
    expect(run.out).toMatch(new RegExp(`^queued ${articles} article\\(s\\); 0 could not be read\n`));
    expect(run.out).toMatch(new RegExp(`\nworker: ${articles} written to `));
    expect(run.out).toMatch(new RegExp(`\ncollected ${articles} record\\(s\\), 0 duplicate\\(s\\) dropped`));
    expect(run.out).toMatch(/examples\/articles\/000_880b43c4873f66a2\.txt: \d+ people, \d+ quotes/);
  }, 300_000);

  it('add pauses while --max-waiting articles wait, and a worker --until-empty does not stop while add is still filling the queue', async () => {
    const q = (await import(join(import.meta.dirname, '../../dist/node/queue.js'))) as typeof import('../../src/node/queue/index.js');
    const corpus = mkdtempSync(join(tmpdir(), 'newsextract-backpressure-'));
    for (let i = 0; i < 40; i++) writeFileSync(join(corpus, `${String(i).padStart(2, '0')}.txt`), `Amina Diallo${i ? ` ${'and Kofi Mensah '.repeat(i % 3)}` : ''} spoke in Dakar on day ${i}.`);
    const where = { redis: server().url, queue: 'backpressure' };
    const shards = mkdtempSync(join(tmpdir(), 'newsextract-backpressure-shards-'));
    let most = 0;
    const watch = setInterval(() => void q.queueStatus(where).then((s) => (most = Math.max(most, s.waiting))), 100);
    // add fills the queue to 5 and waits; the worker, faster than add's half-second looks, empties the queue
    // again and again meanwhile: it must not take one of those moments for the end.
    const adding = q.enqueueArticles(corpus, { ...where, maxWaiting: 5 });
    await sleep(300);
    const totals = await q.runWorker({ ...where, out: shards, concurrency: 1, untilEmpty: true });
    // A worker that stopped early leaves add waiting for room for ever: say so rather than time out.
    const added = await Promise.race([adding, sleep(30_000).then(() => 'add was still waiting when the worker stopped' as const)]);
    expect(added).not.toBe('add was still waiting when the worker stopped');
    if (typeof added === 'string') return;
    clearInterval(watch);
    expect(added.queued).toBe(40);
    expect(totals.completed).toBe(40);
    expect(most).toBeLessThanOrEqual(5);
    expect(await q.queueStatus(where)).toMatchObject({ waiting: 0, active: 0, completed: 40, failed: 0 });
  }, 300_000);
});

describe('queue commands: usage and an unreachable Redis', () => {
  refuses([
    [['queue', 'work', '--redis', 'redis://127.0.0.1:1'], /queue work needs --out DIR/],
    [['queue', 'add'], /queue add: one input expected, got 0/],
    [['queue', 'status', 'extra'], /queue status takes no input, got extra/],
    [['queue', 'add', 'corpus', '--redis', 'http://example.com'], /--redis must be a redis:\/\/ or rediss:\/\/ URL with a host/],
    [['queue', 'add', 'corpus', '--queue', 'a b'], /--queue must be a name of letters, digits/],
    [['queue', 'work', '--out', 'x', '--timeout', '0'], /--timeout takes seconds \(a number > 0\), got "0"/],
    [['queue', 'status', '--out', 'x'], /--out does not apply to queue status/],
    [['queue', 'collect', 'shards'], /queue collect needs --out FILE/],
  ]);

  it('a Redis nobody answers at is one line and exit 4, at once', async () => {
    const { code, stdout, stderr } = await newsextract(['queue', 'status', '--redis', 'redis://:secret@127.0.0.1:1']);
    expect(code).toBe(4);
    expect(stdout).toBe('');
    // The password is not printed.
    expect(stderr).toMatch(/^newsextract: cannot reach the queue at redis:\/\/:\*\*\*@127\.0\.0\.1:1: connect ECONNREFUSED 127\.0\.0\.1:1\n$/);
  }, 30_000);

  it('outputs never touch inputs: collect --out among the shards, work --out a file (exit 2, nothing written)', async () => {
    const shards = mkdtempSync(join(tmpdir(), 'newsextract-guard-shards-'));
    writeFileSync(join(shards, 'results-a.jsonl'), '{"path":"a.txt","meta":{}}\n');
    const inside = await newsextract(['queue', 'collect', shards, '--out', join(shards, 'all.jsonl')]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/all\.jsonl" lies where the input ".*" reads articles/);
    expect(existsSync(join(shards, 'all.jsonl'))).toBe(false);
    const asShard = await newsextract(['queue', 'collect', shards, '--out', join(shards, 'results-a.jsonl')]);
    expect(asShard.code).toBe(2);
    expect(asShard.stderr).toMatch(/is the input file/);
    expect(readFileSync(join(shards, 'results-a.jsonl'), 'utf8')).toBe('{"path":"a.txt","meta":{}}\n');
    const work = await newsextract(['queue', 'work', '--out', join(shards, 'results-a.jsonl'), '--redis', 'redis://127.0.0.1:1']);
    expect(work.code).toBe(2);
    expect(work.stderr).toMatch(/results-a\.jsonl" is a file; queue work writes its shards into a folder/);
  }, 30_000);

  it('collect over a folder without shards says so (exit 2) and writes nothing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'newsextract-noshards-'));
    const out = join(mkdtempSync(join(tmpdir(), 'newsextract-noshards-out-')), 'all.jsonl');
    const { code, stderr } = await newsextract(['queue', 'collect', empty, '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no shards \(results-\*\.jsonl\) below /);
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});
