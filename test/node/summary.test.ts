/**
 * A corpus at a glance, narrowed and drawn: `summary --speaker/--entity` against what the
 * per-article records say, and the report's index (headlines, dates, charts) as HTML. The
 * built CLI over the sample articles (and, for dates, a feed of dated records).
 */
import { mkdtempSync, readFileSync, readdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlesDir, sampleArticles } from '../helpers.js';
import { newsextract, refuses } from './run.js';

interface Entity {
  name: string;
  aliases: string[];
}
interface Record {
  path: string;
  meta: { title?: string; published?: string };
  people: Entity[];
  places: Entity[];
  quotes: { speaker: { name: string; entityId?: string } | null; text: string }[];
}
interface Summary {
  articles: number;
  quotes?: { article: string; speaker: string; text: string }[];
  matched?: { speaker?: string[]; entity?: string[] };
  places: { name: string }[];
}

let records: Record[];
beforeAll(async () => {
  records = (await newsextract([articlesDir, '--workers', '1'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record);
}, 60_000);

describe('summary --speaker and --entity', () => {
  it('--entity keeps the articles that mention it', async () => {
    const { code, stdout } = await newsextract(['summary', articlesDir, '--entity', 'tehran', '--format', 'json', '--workers', '1']);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as Summary;
    const mentioning = records.filter((r) => r.places.some((p) => [p.name, ...p.aliases].includes('Tehran')));
    expect(mentioning.length).toBeGreaterThan(0);
    expect(mentioning.length).toBeLessThan(records.length);
    expect(summary.articles).toBe(mentioning.length);
    expect(summary.matched).toEqual({ entity: ['Tehran'] });
    expect(summary.places.map((p) => p.name)).toContain('Tehran');
  }, 60_000);

  it('--speaker by a surname keeps the articles that quote them, with every one of their quotes', async () => {
    const { code, stdout } = await newsextract(['summary', articlesDir, '--speaker', 'Shamkhani', '--format', 'json', '--workers', '1']);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as Summary;
    const theirs = records.flatMap((r) => r.quotes.filter((q) => q.speaker?.name === 'Ali Shamkhani').map((q) => ({ article: r.path, text: q.text })));
    expect(theirs.length).toBeGreaterThan(0);
    expect(summary.quotes!.map((q) => ({ article: q.article, text: q.text }))).toEqual(theirs);
    expect(summary.matched).toEqual({ speaker: ['Ali Shamkhani'] });
    expect(summary.articles).toBe(new Set(theirs.map((q) => q.article)).size);
  }, 60_000);

  it('the table names whom the filter matched and lists the quotes; CSV gets quote rows', async () => {
    const table = await newsextract(['summary', articlesDir, '--speaker', 'ali shamkhani', '--workers', '1']);
    expect(table.stdout).toMatch(/^1 articles\n {2}quoting: Ali Shamkhani\n/);
    expect(table.stdout).toMatch(/\nQuotes \(2\)\n {2}speaker +kind +article +quote\n {2}Ali Shamkhani +direct /);
    const csv = (await newsextract(['summary', articlesDir, '--speaker', 'Shamkhani', '--format', 'csv', '--workers', '1'])).stdout.trim().split('\n');
    expect(csv[0]).toBe('table,name,id,articles,mentions,quotes,organizations,titles,gender,article,kind,confidence,text');
    expect(csv.filter((r) => r.startsWith('quotes,Ali Shamkhani,'))).toHaveLength(2);
  }, 60_000);

  it('a name nobody has: an empty summary and a note, exit 0', async () => {
    const { code, stdout, stderr } = await newsextract(['summary', articlesDir, '--speaker', 'Nobody Atall', '--workers', '1']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^0 articles\n {2}quoting: \(no one\)\n/);
    expect(stderr).toBe('newsextract: no article quotes Nobody Atall\n');
  }, 60_000);

  refuses([
    [['summary', articlesDir, '--speaker', ' '], /--speaker needs a name/],
    [['report', articlesDir, '--out', '/tmp/x', '--speaker', 'X'], /--speaker does not apply to report/],
    [[articlesDir, '--entity', 'X'], /--entity does not apply to extraction/],
  ]);
});

describe('the report index: headlines, dates and charts', () => {
  let index: string;
  let corpus: string;
  let all: Record[];
  beforeAll(async () => {
    corpus = mkdtempSync(join(tmpdir(), 'newsextract-report-charts-'));
    for (const a of sampleArticles()) copyFileSync(join(articlesDir, a.file), join(corpus, a.file));
    const kofi = 'Kofi Mensah, a spokesman for the National Union of Teachers, said in Accra that “the strike goes on.”';
    writeFileSync(
      join(corpus, 'feed.jsonl'),
      [
        { text: `${kofi} The Ministry of Education said talks would resume.`, title: 'Strike goes on', date: '2021-03-01' },
        { text: `“We will not give up,” Kofi Mensah told reporters on Tuesday. ${kofi}`, title: 'Teachers hold out', date: '2021-03-03' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const out = join(mkdtempSync(join(tmpdir(), 'newsextract-report-charts-out-')), 'report');
    const { code } = await newsextract(['report', corpus, '--out', out, '--workers', '1']);
    expect(code).toBe(0);
    index = readFileSync(join(out, 'index.html'), 'utf8');
    all = (await newsextract([corpus, '--workers', '1'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record);
    expect(readdirSync(join(out, 'articles'))).toHaveLength(7);
  }, 120_000);

  it('lists each article once, by its headline, with its path and date beside it', () => {
    const list = /<ul class="articles">(.*?)<\/ul>/s.exec(index)![1]!;
    expect(list).toContain('>Strike goes on</a> <small>');
    expect(list).toMatch(/>Strike goes on<\/a> <small>[^<]*feed\.jsonl#1 · 2021-03-01<\/small>/);
    // An article without a headline is listed by its path, once.
    const untitled = join(corpus, sampleArticles()[0]!.file);
    expect(list.split(untitled).length - 1).toBe(1);
    // The quote table's date column is filled where the article has a date.
    expect(index).toMatch(/<td><a href="articles\/0006\.html#quote-1" [^>]*>Strike goes on<\/a><\/td><td>2021-03-01<\/td>/);
  });

  it('draws the four charts inline: shares by speaker and by organization, quotes per day, who is mentioned with whom', () => {
    for (const id of ['chart-speakers', 'chart-organizations', 'chart-days', 'chart-pairs']) expect(index).toMatch(new RegExp(`<figure class="chart" id="${id}"><h3>[^<]+</h3><svg viewBox="0 0 640 \\d+" [^>]*role="img"`));
    // No script, font or image is fetched: the charts are SVG in the page.
    expect(index).not.toMatch(/<(?:img|link|iframe)\b|src="http|href="http/);
    const chart = (id: string) => new RegExp(`<figure class="chart" id="${id}">(.*?)</figure>`, 's').exec(index)![1]!;
    // The figures drawn are the records' own: every quote, Kofi Mensah's, and the union he speaks for.
    const total = all.reduce((n, r) => n + r.quotes.length, 0);
    expect(chart('chart-speakers')).toContain(`>${total} quotes; the ten speakers`);
    const kofi = all.reduce((n, r) => n + r.quotes.filter((q) => q.speaker?.name === 'Kofi Mensah').length, 0);
    expect(kofi).toBeGreaterThan(1);
    expect(chart('chart-speakers')).toMatch(new RegExp(`<title>Kofi Mensah: ${kofi} of ${total} quotes, `));
    expect(chart('chart-organizations')).toMatch(new RegExp(`<title>National Union of Teachers: ${kofi} of ${total} quotes`));
    // A column per day from the first dated article to the last, with its quotes; none for a day without.
    const perDay = new Map<string, number>();
    for (const r of all) if (r.meta.published && r.quotes.length) perDay.set(r.meta.published, (perDay.get(r.meta.published) ?? 0) + r.quotes.length);
    for (const [day, n] of perDay) expect(chart('chart-days')).toContain(`<title>${day}: ${n} quote${n === 1 ? '' : 's'}</title>`);
    expect(chart('chart-days').match(/<rect class="column"/g)).toHaveLength(perDay.size);
    expect(chart('chart-days')).not.toMatch(/2021-03-02: /);
    const dated = [...perDay.values()].reduce((n, v) => n + v, 0);
    expect(chart('chart-days')).toContain(`>${dated} of ${total} quotes are in articles with a publication date<`);
    expect(chart('chart-pairs')).toMatch(/<title>[^<]+ and [^<]+: \d+ articles?<\/title>/);
  });
});
