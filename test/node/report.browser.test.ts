/**
 * The corpus report in a real browser: Debian's chromium driven by playwright-core (no browser is
 * downloaded). `newsextract report` runs on the built CLI over the sample articles plus one
 * article full of markup; the test loads the pages from file:// URLs, checks what a reader sees
 * and uses, and saves screenshots under test/artifacts/ (gitignored). Without chromium it skips
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

describe.skipIf(!executablePath)('the corpus report in chromium', () => {
  let browser: Browser;
  let page: Page;
  let out: string;

  beforeAll(async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'newsextract-report-in-'));
    for (const f of readdirSync(articlesDir).filter((f) => f.endsWith('.txt'))) copyFileSync(join(articlesDir, f), join(corpus, f));
    writeFileSync(join(corpus, 'zz-markup.txt'), HOSTILE);
    out = mkdtempSync(join(tmpdir(), 'newsextract-report-out-'));
    execFileSync('node', [cli, 'report', corpus, '--out', out], { stdio: 'pipe' });
    mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({ executablePath: executablePath!, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the top speakers, organizations and places of the corpus', async () => {
    expect(await page.locator('h1').textContent()).toBe('6 articles');
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
