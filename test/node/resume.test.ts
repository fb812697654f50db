/**
 * `--resume`: a run killed with SIGKILL (no chance to clean up) and resumed gives the very file
 * an uninterrupted run gives. The built CLI in subprocesses, over real articles: a JSONL file of
 * records first (so the kill lands among its lines) and plain files after it.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlesDir, variedCorpus } from '../helpers.js';
import { cli, newsextract, refuses } from './run.js';

let corpus: string;
let expected: string;

const lineCount = (path: string) => {
  try {
    return readFileSync(path, 'utf8').split('\n').length - 1;
  } catch {
    return 0;
  }
};

beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'newsextract-resume-'));
  const docs = variedCorpus();
  writeFileSync(join(corpus, 'a-feed.jsonl'), docs.slice(0, 20).map((text, i) => JSON.stringify({ text, title: `Record ${i}`, date: '2021-03-03' })).join('\n'));
  for (let i = 0; i < 120; i++) writeFileSync(join(corpus, `b-${String(i).padStart(3, '0')}.txt`), docs[(i * 7) % docs.length]!);
  const whole = await newsextract([corpus, '--workers', '1']);
  expect(whole.code).toBe(0);
  expected = whole.stdout;
  expect(expected.split('\n')).toHaveLength(141);
}, 300_000);

describe('--resume', () => {
  it('after SIGKILL mid-run (and a half-written last line) gives the same file as an uninterrupted run', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsextract-resume-out-')), 'results.jsonl');
    const child = spawn('node', [cli, corpus, '--workers', '1', '--out', out]);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal === 'SIGKILL' ? -9 : _code)));
    // Kill among the JSONL file's records: some of its lines written, not all.
    while (lineCount(out) < 8 && child.exitCode === null) await sleep(20);
    child.kill('SIGKILL');
    expect(await exited).toBe(-9);
    const written = lineCount(out);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(140);
    // What a kill during a write leaves: the start of a line.
    appendFileSync(out, '{"path":"b-0');

    const resumed = await newsextract([corpus, '--workers', '1', '--out', out, '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/--resume: removed an incomplete last line \(\d+ bytes\)/);
    expect(resumed.stderr).toMatch(new RegExp(`--resume: ${written} article\\(s\\) already in .* skipped`));
    expect(readFileSync(out, 'utf8')).toBe(expected);
  }, 300_000);

  it('on a finished output appends nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsextract-resume-done-')), 'results.jsonl');
    writeFileSync(out, expected);
    const { code, stderr } = await newsextract([corpus, '--out', out, '--resume']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/--resume: 140 article\(s\) already in/);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  }, 120_000);

  it('refuses a file that is not newsextract JSONL, and leaves it as it was', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsextract-resume-bad-')), 'notes.jsonl');
    writeFileSync(out, '{"path":"x.txt"}\nsome notes\n');
    const before = statSync(out).size;
    const { code, stderr } = await newsextract([corpus, '--out', out, '--resume']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/line 2 of .*notes\.jsonl is not a newsextract record/);
    expect(statSync(out).size).toBe(before);
  }, 60_000);

  it('refuses an input written otherwise than in the interrupted run (paths would not match)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsextract-resume-path-')), 'results.jsonl');
    writeFileSync(out, expected.split('\n').slice(0, 5).join('\n') + '\n');
    const { code, stderr } = await newsextract(['.', '--out', out, '--resume'], { cwd: corpus });
    expect(code).toBe(2);
    expect(stderr).toMatch(/none of the 5 article\(s\) in .* is a file of \.: give the input as the interrupted run did/);
    expect(lineCount(out)).toBe(5);
  }, 60_000);

  refuses([
    [[articlesDir, '--resume'], /--resume continues a JSONL file: give --out FILE/],
    [[articlesDir, '--resume', '--format', 'csv', '--out', 'x'], /--resume continues a JSONL file/],
    [['-', '--resume', '--out', 'x'], /--resume reads a directory, glob or file, not standard input/],
  ]);
});
