/**
 * Walking an input folder: symlinks at most once per real path, unreadable folders reported while
 * the rest go on, nothing skipped silently. Through the built CLI, as users meet it.
 */
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFiles } from '../../src/node/index.js';
import { newsextract } from './run.js';

const ARTICLE = 'Amina Diallo, the mayor of Dakar, said on Monday that the new bridge would open in June.';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'newsextract-walk-'));
}

const paths = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { path: string }).path);

describe('walking input folders', () => {
  it('one extension walks as well as several (a glob brace needs two items: `*.{jsonl}` matched nothing)', async () => {
    const d = folder();
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'a.jsonl'), '{"text":"x"}');
    writeFileSync(join(d, 'sub', 'b.jsonl'), '{"text":"y"}');
    writeFileSync(join(d, 'c.txt'), ARTICLE);
    expect((await findFiles(d, { extensions: ['jsonl'] })).files).toEqual([join(d, 'a.jsonl'), join(d, 'sub', 'b.jsonl')]);
    expect((await findFiles(d, { extensions: ['jsonl', 'txt'] })).files).toEqual([join(d, 'a.jsonl'), join(d, 'c.txt'), join(d, 'sub', 'b.jsonl')]);
  });

  it('a symlink loop (loop -> .) gives each file once', async () => {
    const d = folder();
    writeFileSync(join(d, 'a.txt'), ARTICLE);
    symlinkSync('.', join(d, 'loop'));
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'sub', 'b.txt'), ARTICLE);
    symlinkSync('..', join(d, 'sub', 'up'));
    const { code, stdout } = await newsextract([d, '--only', 'people']);
    expect(code).toBe(0);
    expect(paths(stdout)).toEqual([join(d, 'a.txt'), join(d, 'sub', 'b.txt')]);
  }, 60_000);

  it('two loops do not multiply (each would double the paths at every level)', async () => {
    const d = folder();
    writeFileSync(join(d, 'a.txt'), ARTICLE);
    symlinkSync('.', join(d, 'x'));
    symlinkSync('.', join(d, 'y'));
    const found = await findFiles(d);
    expect(found.files).toEqual([join(d, 'a.txt')]);
  });

  it('a folder reached by a link from outside is read; a file reached twice is read once, under its first path', async () => {
    const d = folder();
    const elsewhere = folder();
    writeFileSync(join(elsewhere, 'c.txt'), ARTICLE);
    symlinkSync(elsewhere, join(d, 'linked'));
    symlinkSync(join(elsewhere, 'c.txt'), join(d, 'b.txt'));
    expect((await findFiles(d)).files).toEqual([join(d, 'b.txt')]);
  });

  it('an unreadable sub-folder is reported with its path and the rest continue (exit 1)', async () => {
    const d = folder();
    writeFileSync(join(d, 'a.txt'), ARTICLE);
    mkdirSync(join(d, 'locked'));
    writeFileSync(join(d, 'locked', 'secret.txt'), ARTICLE);
    writeFileSync(join(d, 'z.txt'), ARTICLE);
    chmodSync(join(d, 'locked'), 0o000);
    // Root reads any folder: without the two capabilities that let it, root meets the folder as a user would.
    const asRoot = process.getuid?.() === 0;
    const { code, stdout, stderr } = await newsextract([d, '--only', 'people'], asRoot ? { via: ['setpriv', '--bounding-set', '-dac_override,-dac_read_search'] } : {});
    chmodSync(join(d, 'locked'), 0o755);
    expect(stderr).toContain(`  ${join(d, 'locked')}: is a folder that cannot be read (EACCES)\n`);
    expect(paths(stdout)).toEqual([join(d, 'a.txt'), join(d, 'z.txt')]);
    expect(code).toBe(1);
  }, 60_000);

  it('hidden files are skipped, but not silently; --hidden reads them', async () => {
    const d = folder();
    writeFileSync(join(d, 'a.txt'), ARTICLE);
    writeFileSync(join(d, '.draft.txt'), ARTICLE);
    const skipped = await newsextract([d, '--only', 'people']);
    expect(skipped.code).toBe(0);
    expect(paths(skipped.stdout)).toEqual([join(d, 'a.txt')]);
    expect(skipped.stderr).toBe('newsextract: skipped 1 hidden file(s) or folder(s) (names starting with a dot); --hidden reads them\n');
    const all = await newsextract([d, '--only', 'people', '--hidden']);
    expect(paths(all.stdout)).toEqual([join(d, '.draft.txt'), join(d, 'a.txt')]);
    expect(all.stderr).toBe('');
  }, 60_000);

  it('a file name that is not UTF-8 is reported as such, not as a missing file', async () => {
    const d = folder();
    writeFileSync(join(d, 'a.txt'), ARTICLE);
    writeFileSync(Buffer.concat([Buffer.from(`${d}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), ARTICLE);
    const { code, stderr } = await newsextract([d, '--only', 'people']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/caf\uFFFD\.txt: has a file name that is not valid UTF-8; rename it to read it/);
    expect(stderr).not.toMatch(/ENOENT/);
  }, 60_000);
});
