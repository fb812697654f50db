/**
 * Outputs never touch inputs, and the report is written whole or not at all: the CLI as users
 * (careless or hostile ones) run it, on temp folders of real sample articles.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesDir, sampleArticles } from '../helpers.js';
import { newsextract } from './run.js';

/** A folder holding the first `n` sample articles, plus `extra` files (name → content). */
function corpus(n = 2, extra: Record<string, string> = {}): string {
  const d = mkdtempSync(join(tmpdir(), 'newsextract-guard-'));
  for (const a of sampleArticles().slice(0, n)) copyFileSync(join(articlesDir, a.file), join(d, a.file));
  for (const [name, content] of Object.entries(extra)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), content);
  }
  return d;
}

/** Every file below `dir` with its content, to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name).slice(dir.length)] = readFileSync(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

const ARTICLE = 'Kofi Mensah, the chair of the teachers’ union, said in Accra on Monday that the strike would go on.';

describe('outputs never touch inputs', () => {
  it('report --out the input folder, which holds an article called index.html: refused (exit 2), the article untouched', async () => {
    const d = corpus(2, { 'index.html': `<html><body><p>${ARTICLE}</p></body></html>` });
    const before = snapshot(d);
    const { code, stderr } = await newsextract(['report', d, '--out', d]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^newsextract: --out ".*" holds the input file ".*": the report replaces that folder/);
    expect(snapshot(d)).toEqual(before);
  }, 60_000);

  it('report --out the input folder, which holds articles/0001.html as input: refused, nothing overwritten', async () => {
    const d = corpus(1, { 'articles/0001.html': `<html><body><p>${ARTICLE}</p></body></html>` });
    const before = snapshot(d);
    const { code } = await newsextract(['report', d, '--out', d]);
    expect(code).toBe(2);
    expect(snapshot(d)).toEqual(before);
  }, 60_000);

  it('report --out a folder inside the input: refused; with --allow-output-in-input, run twice, the second run does not read the first report', async () => {
    const d = corpus(3);
    const out = join(d, 'report');
    const refused = await newsextract(['report', d, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/lies inside the input folder .*--allow-output-in-input/);
    expect(existsSync(out)).toBe(false);
    for (let run = 0; run < 2; run++) {
      const { code, stderr } = await newsextract(['report', d, '--out', out, '--allow-output-in-input']);
      expect(code).toBe(0);
      if (run === 1) expect(stderr).toMatch(/skipped 1 folder\(s\) holding a newsextract report/);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/<h1>3 articles<\/h1>/);
      expect(readdirSync(join(out, 'articles'))).toHaveLength(3);
    }
  }, 120_000);

  it('report over an earlier, larger report: replaced whole, no stale pages; a folder that is not a report is never overwritten', async () => {
    const big = corpus(4);
    const small = corpus(2);
    const out = join(mkdtempSync(join(tmpdir(), 'newsextract-out-')), 'report');
    expect((await newsextract(['report', big, '--out', out])).code).toBe(0);
    expect(readdirSync(join(out, 'articles'))).toHaveLength(4);
    expect((await newsextract(['report', small, '--out', out])).code).toBe(0);
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['0001.html', '0002.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/<h1>2 articles<\/h1>/);
    // Nothing is left beside it: the work folder was renamed into place, the old report removed.
    expect(readdirSync(join(out, '..'))).toEqual(['report']);

    const precious = mkdtempSync(join(tmpdir(), 'newsextract-precious-'));
    writeFileSync(join(precious, 'thesis.docx'), 'years of work');
    const { code, stderr } = await newsextract(['report', small, '--out', precious]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/neither empty nor an earlier newsextract report/);
    expect(snapshot(precious)).toEqual({ '/thesis.docx': 'years of work' });
  }, 120_000);

  it('--out one of the input files: refused (exit 2) before it is truncated', async () => {
    const d = corpus(2);
    const victim = join(d, sampleArticles()[1]!.file);
    const before = readFileSync(victim, 'utf8');
    const { code, stdout, stderr } = await newsextract([d, '--out', victim]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/is the input file .*would destroy the article/);
    expect(readFileSync(victim, 'utf8')).toBe(before);
    // Reached through a symlink, it is still the same file; a CSV table is refused the same way.
    const link = join(mkdtempSync(join(tmpdir(), 'newsextract-link-')), 'out.jsonl');
    symlinkSync(victim, link);
    expect((await newsextract([d, '--out', link])).code).toBe(2);
    expect(readFileSync(victim, 'utf8')).toBe(before);
  }, 60_000);

  it('--out a JSONL file inside the input folder, which the next run would read: refused unless --allow-output-in-input', async () => {
    const d = corpus(2);
    const out = join(d, 'results.jsonl');
    const refused = await newsextract([d, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/the next run would read the output as an article/);
    expect(existsSync(out)).toBe(false);
    const allowed = await newsextract([d, '--out', out, '--allow-output-in-input']);
    expect(allowed.code).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(2);
    // A glob that does not read .jsonl files may write one beside its inputs; CSV tables are not articles.
    const fresh = corpus(2);
    expect((await newsextract([`${fresh}/*.txt`, '--out', join(fresh, 'again.jsonl')])).code).toBe(0);
    expect((await newsextract([`${fresh}/*.txt`, '--format', 'csv', '--out', join(fresh, 'tables')])).code).toBe(0);
  }, 60_000);
});

describe('the report writes through the one output path', () => {
  it('--out under /proc: exit 3 at once with one line, no spin', async () => {
    const d = corpus(1);
    const started = Date.now();
    const { code, stderr } = await newsextract(['report', d, '--out', '/proc/nonexistent/y'], { timeout: 60_000 });
    expect(code).toBe(3);
    expect(stderr).toMatch(/^newsextract: cannot write output: \/proc\S*: [a-z ,/-]+ \(E[A-Z]+\)\n$/);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it('a write that fails half way (file size limit, as on a full disk): exit 3, one line, no stack, the old report kept', async () => {
    const d = corpus(4);
    const out = join(mkdtempSync(join(tmpdir(), 'newsextract-full-')), 'report');
    expect((await newsextract(['report', corpus(1), '--out', out])).code).toBe(0);
    const before = snapshot(out);
    // RLIMIT_FSIZE with SIGXFSZ ignored makes a write past 12 KiB fail with EFBIG, like ENOSPC on a full disk.
    const { code, stderr } = await newsextract(['report', d, '--out', out], { via: ['bash', '-c', 'trap "" XFSZ; ulimit -f 12; exec "$@"', 'limited'] });
    expect(stderr).toMatch(/^newsextract: cannot write output: \S+: file too large \(EFBIG\)\n$/);
    expect(code).toBe(3);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(join(out, '..'))).toEqual(['report']);
  }, 90_000);

  it('JSONL onto a full disk (/dev/full): exit 3, one line', async () => {
    const { code, stderr } = await newsextract([corpus(1), '--out', '/dev/full']);
    expect(code).toBe(3);
    expect(stderr).toBe('newsextract: cannot write output: /dev/full: no space left on device (ENOSPC)\n');
  }, 60_000);

  it("a file name with $', $` and $& gives one well-formed page that names it", async () => {
    const name = "a$'b$`c$&d.txt";
    const d = corpus(0, { [name]: ARTICLE });
    const out = join(mkdtempSync(join(tmpdir(), 'newsextract-dollar-')), 'r');
    expect((await newsextract(['report', d, '--out', out])).code).toBe(0);
    const page = readFileSync(join(out, 'articles/0001.html'), 'utf8');
    expect(page.match(/<!doctype html>/g)).toHaveLength(1);
    expect(page.match(/<body>/g)).toHaveLength(1);
    expect(page).toContain(`<a href="../index.html">← corpus</a> · ${join(d, name).replace('&', '&amp;')}</nav>`);
  }, 60_000);
});
