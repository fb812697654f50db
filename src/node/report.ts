import { mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { aggregate, corpusEntityOf, type Corpus } from '../aggregate.js';
import { renderHtml } from '../renderHtml.js';
import type { Extraction } from '../types.js';
import { escapeAttribute, escapeText } from '../escapeHtml.js';
import { pairChart, shareChart, timeChart, type ShareRow } from './charts.js';
import { makeDirectories, writeOutputFile, writing } from './output.js';
import { genderLine, summarize, type CorpusSummary } from './summary.js';
import { REPORT_MARKER } from './walk.js';

/** One extracted article as the report needs it. */
export interface ReportArticle {
  path: string;
  result: Extraction;
  text: string;
}

/**
 * Writes a corpus report into `dir`: one page per article (`articles/NNNN.html`, from
 * {@link renderHtml}) as articles arrive, then `index.html` with the top speakers, organizations
 * and places and a table of every quote that can be sorted and filtered. Only the results are kept
 * in memory, not the texts.
 *
 * The pages go into a fresh hidden folder beside `dir`, which replaces `dir` only when
 * {@link finish} has written everything: an interrupted or failed run leaves `dir` as it was.
 * The folder holds a marker file, by which a later run recognizes an earlier report (and the
 * walk over inputs skips it). Check `dir` with `checkReportOutput` first: this class replaces
 * whatever is there.
 */
export class ReportWriter {
  private readonly articles: { path: string; page: string; result: Extraction }[] = [];
  private readonly work: string;

  constructor(private readonly dir: string) {
    const parent = dirname(dir);
    makeDirectories(parent);
    this.work = writing(parent, () => mkdtempSync(join(parent, `.${basename(dir)}.newsextract-`)));
    writeOutputFile(join(this.work, REPORT_MARKER), `${JSON.stringify({ generator: 'newsextract report' })}\n`);
    writing(join(this.work, 'articles'), () => makeDirectories(join(this.work, 'articles')));
  }

  add(article: ReportArticle): void {
    const page = `articles/${String(this.articles.length + 1).padStart(4, '0')}.html`;
    const date = dateOf(article.result);
    const html = renderHtml(article.result, article.text, { title: article.result.meta.title ?? article.path, nav: { href: '../index.html', label: '← corpus', note: date ? `${article.path} · ${date}` : article.path } });
    writeOutputFile(join(this.work, page), html);
    this.articles.push({ path: article.path, page, result: article.result });
  }

  /** Write `index.html` and put the report in place of `dir`; returns the index's path. */
  finish(top = 20): string {
    const corpus = aggregate(this.articles.map((a) => ({ article: a.path, result: a.result })));
    writeOutputFile(join(this.work, 'index.html'), indexPage(corpus, summarize(corpus, top), this.articles));
    // An earlier report (or an empty folder) steps aside first: a folder cannot be renamed onto a non-empty one.
    const old = statSync(this.dir, { throwIfNoEntry: false }) ? `${this.work}.old` : undefined;
    if (old) writing(this.dir, () => renameSync(this.dir, old));
    try {
      writing(this.dir, () => renameSync(this.work, this.dir));
    } catch (e) {
      if (old) renameSync(old, this.dir);
      throw e;
    }
    if (old) rmSync(old, { recursive: true, force: true });
    return join(this.dir, 'index.html');
  }

  /** Remove the unfinished report (after an error or Ctrl-C); `dir` stays as it was. */
  abandon(): void {
    rmSync(this.work, { recursive: true, force: true });
  }
}

/** The day an article was published, as far as it or its file says (ISO), or ''. */
function dateOf(result: Extraction): string {
  return result.meta.published ?? result.meta.date ?? '';
}

type Indexed = { path: string; page: string; result: Extraction };

/** The index's charts: share of quotes by speaker and by organization, quotes per day, who is mentioned with whom. */
function charts(corpus: Corpus, articles: readonly Indexed[], owner: ReturnType<typeof corpusEntityOf>, names: ReadonlyMap<string, string>): string {
  const quotes = articles.flatMap((a) => a.result.quotes.map((q) => ({ a, q, entity: owner(a.path, q.speaker?.entityId) })));
  if (quotes.length === 0) return '<p class="no-chart">No quotations in these articles: no charts.</p>';
  const total = quotes.length;
  const top = corpus.speakers.slice(0, 10);
  const shown = top.reduce((n, s) => n + s.quotes, 0);
  const unattributed = quotes.filter((x) => !x.q.speaker).length;
  const speakerRows: ShareRow[] = [
    ...top.map((s) => ({ label: s.name, count: s.quotes })),
    ...(total - shown - unattributed > 0 ? [{ label: 'other speakers', count: total - shown - unattributed, rest: true }] : []),
    ...(unattributed > 0 ? [{ label: 'no speaker found', count: unattributed, rest: true }] : []),
  ];
  // A quote counts for its speaker's organization: the speaker itself, or those the articles tie the person to.
  const byOrganization = new Map<string, number>();
  let untied = 0;
  for (const { entity } of quotes) {
    const orgs = entity ? (entity.type === 'organization' ? [entity.id] : entity.affiliations) : [];
    if (orgs.length === 0) untied++;
    for (const id of orgs) byOrganization.set(id, (byOrganization.get(id) ?? 0) + 1);
  }
  const orgRows: ShareRow[] = [
    ...[...byOrganization].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 10).map(([id, count]) => ({ label: names.get(id)!, count })),
    ...(untied > 0 ? [{ label: 'no organization known', count: untied, rest: true }] : []),
  ];
  const perDay = new Map<string, number>();
  for (const { a } of quotes) {
    const day = a.result.meta.published;
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const dated = [...perDay.values()].reduce((n, v) => n + v, 0);
  // The entities of the most frequent pairs, up to ten, and every pair among them.
  const pairs = new Map(corpus.coMentions.map((p) => [`${p.a}\u0000${p.b}`, p.articles]));
  const picked: string[] = [];
  for (const p of corpus.coMentions) {
    const fresh = [p.a, p.b].filter((id) => !picked.includes(id));
    if (picked.length + fresh.length <= 10) picked.push(...fresh);
    if (picked.length === 10) break;
  }
  const between = (i: number, j: number) => {
    const [x, y] = [picked[i]!, picked[j]!].sort();
    return pairs.get(`${x}\u0000${y}`) ?? 0;
  };
  return [
    shareChart('chart-speakers', 'Share of quotes by speaker', speakerRows, total, `${total} quotes; the ten speakers quoted most, then the rest`),
    orgRows.length > 0 ? shareChart('chart-organizations', 'Share of quotes by organization', orgRows, total, 'A quote counts for the organization that is its speaker, or each one the articles tie the speaker to') : '',
    dated > 0 ? timeChart('chart-days', 'Quotes per day', perDay, `${dated} of ${total} quotes are in articles with a publication date`) : '<p class="no-chart">Quotes per day: no article states its publication date.</p>',
    picked.length >= 2 ? pairChart('chart-pairs', 'Mentioned together', picked.map((id) => names.get(id)!), between, 'Articles that mention both, for the entities of the most frequent pairs') : '',
  ].join('\n');
}

function indexPage(corpus: Corpus, summary: CorpusSummary, articles: readonly Indexed[]): string {
  // Corpus entity of each (article, entity id), for quote speakers.
  const owner = corpusEntityOf(corpus);
  const names = new Map(corpus.entities.map((e) => [e.id, e.name]));
  const rows = articles.flatMap((a) =>
    a.result.quotes.map((q, k) => {
      const entity = owner(a.path, q.speaker?.entityId);
      const speaker = entity?.name ?? q.speaker?.name ?? 'unattributed';
      // The organizations the articles tie the speaker to, else the titles they give them.
      const affiliation = entity ? (entity.affiliations.length ? entity.affiliations.map((id) => names.get(id)!).join('; ') : entity.titles.join('; ')) : '';
      return `<tr><td>${escapeText(speaker)}</td><td>${escapeText(affiliation)}</td><td>${escapeText(q.kind)}</td><td class="quote">${escapeText(q.text)}</td><td><a href="${escapeAttribute(a.page)}#quote-${k + 1}" title="${escapeAttribute(a.path)}">${escapeText(a.result.meta.title ?? a.path)}</a></td><td>${escapeText(dateOf(a.result))}</td></tr>`;
    }),
  );
  const table = (head: string[], body: string[][]) =>
    `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  // The headline when the article has one (the path beside it), else the path alone; then its date.
  const listed = (a: Indexed) => {
    const date = dateOf(a.result);
    const title = a.result.meta.title;
    const small = [title ? a.path : '', date].filter(Boolean).join(' · ');
    return `<li><a href="${escapeAttribute(a.page)}">${escapeText(title ?? a.path)}</a>${small ? ` <small>${escapeText(small)}</small>` : ''}</li>`;
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsextract report: ${summary.articles} articles</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0 2rem 2rem;color:#1d1d1f}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}
.tops{display:flex;gap:2rem;flex-wrap:wrap}.tops section{flex:1;min-width:16rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(26rem,1fr));gap:1rem 2rem}
figure.chart{margin:0}figure.chart h3{font-size:1rem;margin:1rem 0 .5rem}figure.chart figcaption{color:#6e6e73;font-size:.85rem}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
th{cursor:pointer;background:#f4f4f6;user-select:none}th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
td.quote{max-width:40rem}input{font:inherit;padding:.3rem .5rem;width:20rem;margin:.5rem 0}
ul.articles small{color:#6e6e73}
</style>
</head>
<body>
<h1>${summary.articles} articles</h1>
<section class="charts" aria-label="charts">
${charts(corpus, articles, owner, names)}
</section>
<div class="tops">
<section><h2>Top speakers</h2>${table(['speaker', 'quotes', 'articles', 'gender', 'affiliation / titles'], summary.speakers.map((s) => [escapeText(s.name), String(s.quotes), String(s.articles), escapeText(s.gender ?? ''), escapeText((s.organizations.length ? s.organizations : s.titles).join('; '))]))}<p class="gender">${escapeText(genderLine(summary.quotesByGender))}</p></section>
<section><h2>Top organizations</h2>${table(['organization', 'articles', 'mentions', 'quotes'], summary.organizations.map((o) => [escapeText(o.name), String(o.articles), String(o.mentions), String(o.quotes)]))}</section>
<section><h2>Top places</h2>${table(['place', 'articles', 'mentions'], summary.places.map((p) => [escapeText(p.name), String(p.articles), String(p.mentions)]))}</section>
</div>
<h2>Articles</h2>
<ul class="articles">${articles.map(listed).join('')}</ul>
<h2>All quotes (${rows.length})</h2>
<input id="filter" type="search" placeholder="Filter quotes, speakers, articles…" aria-label="filter quotes">
<table id="quotes"><thead><tr><th>speaker</th><th>affiliation / titles</th><th>kind</th><th>quote</th><th>article</th><th>date</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>
<script>
// Sort by a column (click its header; again to reverse) and filter rows by any text.
const table = document.getElementById('quotes');
const body = table.tBodies[0];
table.tHead.querySelectorAll('th').forEach((th, col) => th.addEventListener('click', () => {
  const asc = !th.classList.contains('sorted-asc');
  table.tHead.querySelectorAll('th').forEach((h) => h.classList.remove('sorted-asc', 'sorted-desc'));
  th.classList.add(asc ? 'sorted-asc' : 'sorted-desc');
  const rows = [...body.rows].sort((a, b) => a.cells[col].textContent.localeCompare(b.cells[col].textContent, undefined, { numeric: true }) * (asc ? 1 : -1));
  body.append(...rows);
}));
document.getElementById('filter').addEventListener('input', (e) => {
  const q = e.target.value.toLowerCase();
  for (const row of body.rows) row.hidden = q !== '' && !row.textContent.toLowerCase().includes(q);
});
</script>
</body>
</html>
`;
}
