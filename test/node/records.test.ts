/**
 * What the CLI writes for each article, beyond the extraction itself: the metadata a file gives
 * (a record's url, title, date and named fields; a headline ending with a period), the byte-order
 * mark spreadsheets need, and keeping only confident attributions. The built CLI, on real text.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlesDir } from '../helpers.js';
import { newsextract, refuses } from './run.js';

interface Record {
  path: string;
  meta: { [k: string]: string | undefined };
  quotes: { confidence?: number; speaker: { name: string } | null; text: string }[];
}

const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record);

const BODY = 'WASHINGTON — Amina Diallo, a spokeswoman for the National Union of Teachers, said on Monday that the talks had failed. “We will strike,” she said.';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsextract-records-'));
  writeFileSync(
    join(dir, 'feed.jsonl'),
    [
      // The text opens with its own headline; the record's title is the one that counts.
      { text: `Teachers walk out.\n\n${BODY}`, title: 'Teachers’ union calls a strike', url: 'https://news.example/teachers?id=7&x=“1”', date: 'March 1, 2021', author: 'Jo Mensah', section: 'Education', views: 120 },
      { text: BODY, url: 'https://news.example/2' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
  writeFileSync(join(dir, 'polnear-style.txt'), `Cruz looks to ease bad blood with GOP establishment.\n\n${BODY}`);
});

describe('metadata the file gives is carried into meta', () => {
  it('a record’s url, title and date unchanged, the title over the one detected, and the fields named with --meta', async () => {
    const { code, stdout } = await newsextract([join(dir, 'feed.jsonl'), '--meta', 'author,section,views,missing', '--workers', '1']);
    expect(code).toBe(0);
    const [first, second] = lines(stdout);
    expect(first!.meta).toEqual({
      title: 'Teachers’ union calls a strike',
      published: '2021-03-01',
      url: 'https://news.example/teachers?id=7&x=“1”',
      date: 'March 1, 2021',
      author: 'Jo Mensah',
      section: 'Education',
    });
    // A field that is not a string (views) or not there (missing) is left out; nothing is invented for the second record.
    expect(second!.meta).toEqual({ url: 'https://news.example/2' });
  }, 60_000);

  it('without --meta only url, title and date are carried', async () => {
    const { stdout } = await newsextract([join(dir, 'feed.jsonl'), '--workers', '1']);
    expect(Object.keys(lines(stdout)[0]!.meta).sort()).toEqual(['date', 'published', 'title', 'url']);
  }, 60_000);

  it('a headline line ending with a period is the title', async () => {
    const { stdout } = await newsextract([join(dir, 'polnear-style.txt'), '--workers', '1']);
    expect(lines(stdout)[0]!.meta.title).toBe('Cruz looks to ease bad blood with GOP establishment.');
  }, 60_000);

  describe('--meta', () => {
    refuses([
      [[articlesDir, '--meta', 'published'], /"published" is the ISO day/],
      [[articlesDir, '--meta', ','], /--meta takes field names/],
      [[articlesDir, '--meta', 'text'], /"text" is the article itself/],
    ]);
  });
});

describe('--bom', () => {
  it('starts every CSV table with a byte-order mark, so curly quotes survive a spreadsheet', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsextract-bom-')), 't');
    const { code } = await newsextract([join(dir, 'feed.jsonl'), '--format', 'csv', '--bom', '--out', out, '--workers', '1']);
    expect(code).toBe(0);
    for (const table of ['entities', 'mentions', 'quotes', 'dates', 'affiliations']) {
      const bytes = readFileSync(`${out}.${table}.csv`);
      expect([...bytes.subarray(0, 3)], table).toEqual([0xef, 0xbb, 0xbf]);
      // Only one mark, at the very start; the header follows.
      expect(bytes.toString('utf8').slice(1, 6)).toBe('path,');
    }
    expect(readFileSync(`${out}.quotes.csv`, 'utf8')).toContain('We will strike');
  }, 60_000);

  it('is refused where there is no CSV', async () => {
    const { code, stderr } = await newsextract([dir, '--bom']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--bom is for --format csv/);
  }, 30_000);

  it('summary --format csv --bom', async () => {
    const { stdout } = await newsextract(['summary', articlesDir, '--format', 'csv', '--bom', '--workers', '1']);
    expect(stdout.startsWith('\uFEFFtable,name,')).toBe(true);
  }, 60_000);
});

describe('--min-confidence', () => {
  it('keeps only the quotes whose attribution is at least that sure; the rest of the record is unchanged', async () => {
    const all = lines((await newsextract([articlesDir, '--workers', '1'])).stdout);
    const sure = lines((await newsextract([articlesDir, '--min-confidence', '0.8', '--workers', '1'])).stdout);
    const quotes = all.flatMap((r) => r.quotes);
    expect(quotes.some((q) => (q.confidence ?? 0) < 0.8)).toBe(true);
    expect(quotes.some((q) => (q.confidence ?? 0) >= 0.8)).toBe(true);
    sure.forEach((r, i) => {
      expect(r.quotes).toEqual(all[i]!.quotes.filter((q) => (q.confidence ?? 0) >= 0.8));
      expect({ ...r, quotes: [] }).toEqual({ ...all[i], quotes: [] });
    });
  }, 60_000);

  it('drops them from the CSV quotes table too', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsextract-conf-')), 't');
    await newsextract([articlesDir, '--format', 'csv', '--min-confidence', '0.9', '--out', out, '--workers', '1']);
    const rows = readFileSync(`${out}.quotes.csv`, 'utf8').trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    // confidence is the 9th column; quoted cells hold commas, so read it from the end: 3 affiliation columns follow it.
    for (const row of rows) expect(Number(/,([0-9.]+),[^,]*,[^,]*,[^,]*$/.exec(row)![1])).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  refuses(['1.5', '-0.1', 'high', '0,8'].map((value) => [[articlesDir, `--min-confidence=${value}`], /--min-confidence must be a number from 0 to 1/]));
});
