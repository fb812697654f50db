/**
 * The corpus report in a real browser: Debian's chromium driven by playwright-core (no browser is
 * downloaded). `newsextract report` runs on the built CLI over the sample articles plus one
 * article full of markup and a feed of dated records; the test loads the pages from file://
 * URLs, checks what a reader sees and uses (the charts too), and saves screenshots under
 * test/artifacts/ (gitignored). Without chromium it skips
 * with a message, except under CI (`CI` set), where a missing browser fails.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesDir } from '../helpers.js';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!executablePath) {
  if (process.env.CI) throw new Error('The browser test needs chromium under CI: .ci/run installs it with apt-get (set CHROMIUM_PATH if it lives elsewhere).');
  console.warn('report.browser.test.ts skipped: no chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
}

const cli = join(import.meta.dirname, '../../dist/node/cli.js');
const artifacts = join(import.meta.dirname, '../artifacts');
const HOSTILE = `Markup in an article

Kofi Mensah said on Monday in Accra that <script>window.pwned = true</script> was a test.

"We will not be silenced," Mensah told reporters, holding a sign that read <img src=x onerror="window.pwned = true">.`;

const FEED = [
  { date: '2021-03-01', title: 'Teachers strike in Accra', text: 'Kofi Mensah, a spokesman for the National Union of Teachers, said in Accra that “the strike goes on.” The Ministry of Education said talks would resume on Friday.' },
  { date: '2021-03-04', title: 'Talks resume', text: '“We will not give up,” Kofi Mensah told reporters. Ama Owusu, the chair of the Ghana Cocoa Board, said: “The arrears are real.”' },
];

describe.skipIf(!executablePath)('the corpus report in chromium', () => {
  let browser: Browser;
  let page: Page;
  let out: string;
  // Every URL the pages ask for: the report must need nothing beyond its own files.
  const requests: string[] = [];

  beforeAll(async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'newsextract-report-in-'));
    for (const f of readdirSync(articlesDir).filter((f) => f.endsWith('.txt'))) copyFileSync(join(articlesDir, f), join(corpus, f));
    writeFileSync(join(corpus, 'zz-markup.txt'), HOSTILE);
    // Dated records, so that the quotes-per-day chart has days to draw.
    writeFileSync(join(corpus, 'feed.jsonl'), FEED.map((r) => JSON.stringify(r)).join('\n'));
    out = mkdtempSync(join(tmpdir(), 'newsextract-report-out-'));
    execFileSync('node', [cli, 'report', corpus, '--out', out], { stdio: 'pipe' });
    mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({ executablePath: executablePath!, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws its charts in the page, fetching nothing', async () => {
    const charts = page.locator('figure.chart');
    expect(await charts.evaluateAll((figures) => figures.map((f) => f.id))).toEqual(['chart-speakers', 'chart-organizations', 'chart-days', 'chart-pairs']);
    for (const figure of await charts.all()) {
      const box = (await figure.locator('svg').boundingBox())!;
      expect(box.width).toBeGreaterThan(300);
      expect(box.height).toBeGreaterThan(60);
      expect(await figure.locator('svg > title').textContent()).toMatch(/\S/);
    }
    // The bars of the speakers' chart are drawn longest first (most quoted first), and the longest is really long.
    const widths = await page.locator('#chart-speakers g.bar rect').evaluateAll((rects) => rects.map((r) => (r as unknown as { getBBox(): { width: number } }).getBBox().width));
    const named = widths.slice(0, await page.locator('#chart-speakers g.bar text[fill="#1d1d1f"]').count());
    expect(named.length).toBeGreaterThan(3);
    expect(named).toEqual([...named].sort((a, b) => b - a));
    expect(named[0]).toBeGreaterThan(200);
    // Three dated days with quotes, each a visible column: the feed's two, and the sample article
    // that states its date (004, whose reported `made it clear that …` is a quote).
    const columns = page.locator('#chart-days rect.column');
    expect(await columns.count()).toBe(3);
    for (const c of await columns.all()) expect((await c.boundingBox())!.height).toBeGreaterThan(20);
    expect(await page.locator('#chart-pairs g.pair').count()).toBeGreaterThan(5);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await page.locator('section.charts').screenshot({ path: join(artifacts, 'report-charts.png') });
  });

  it('shows the top speakers, organizations and places of the corpus', async () => {
    expect(await page.locator('h1').textContent()).toBe('8 articles');
    const speakers = page.locator('section:has(h2:text("Top speakers")) tbody tr');
    expect(await speakers.count()).toBeGreaterThan(3);
    expect(await page.locator('section:has(h2:text("Top organizations")) tbody tr').first().textContent()).toContain('Mojahedin');
    await page.screenshot({ path: join(artifacts, 'report-index.png') });
  });

  it('sorts the table of quotes by a column, both ways, and filters it', async () => {
    const speakers = () => page.locator('#quotes tbody tr:not([hidden]) td:first-child').allTextContents();
    const header = page.locator('#quotes th', { hasText: 'speaker' });
    await header.click();
    const ascending = await speakers();
    expect(ascending.length).toBeGreaterThan(5);
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
    await header.click();
    expect(await speakers()).toEqual([...ascending].reverse());
    await page.fill('#filter', 'Mensah');
    const filtered = await speakers();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((s) => s.includes('Mensah'))).toBe(true);
    await page.screenshot({ path: join(artifacts, 'report-quotes-filtered.png'), fullPage: false });
    await page.fill('#filter', '');
  });

  it('links each quote and article to its page, where names, dates and quotes are highlighted', async () => {
    await page.locator('ul.articles a').first().click();
    expect(page.url()).toMatch(/articles\/0001\.html$/);
    for (const type of ['person', 'organization', 'place', 'date']) expect(await page.locator(`article mark.${type}`).count()).toBeGreaterThan(0);
    // The canonical name and aliases are on hover, without a script.
    const org = page.locator('article mark.organization').first();
    expect(await org.getAttribute('title')).toMatch(/\S/);
    expect(await page.locator('aside table.speakers tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'report-article.png') });
    await page.goBack();
  });

  it('shows markup from an article as text and never runs it', async () => {
    await page.locator('ul.articles li', { hasText: 'zz-markup.txt' }).locator('a').click();
    const text = await page.locator('article.text').textContent();
    expect(text).toContain('<script>window.pwned = true</script>');
    expect(text).toContain('<img src=x onerror=');
    expect(await page.evaluate(() => (globalThis as { pwned?: boolean }).pwned)).toBeUndefined();
    expect(await page.locator('article script, article img').count()).toBe(0);
    // Its quote is marked, with the speaker.
    expect(await page.locator('article q.quote').first().getAttribute('data-speaker')).toBe('Kofi Mensah');
    await page.screenshot({ path: join(artifacts, 'report-markup-article.png') });
  });
});
