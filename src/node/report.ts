import { mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { aggregate, type Corpus, type CorpusEntity } from '../aggregate.js';
import { renderHtml } from '../renderHtml.js';
import type { Extraction } from '../types.js';
import { escapeAttribute, escapeText } from '../escapeHtml.js';
import { makeDirectories, writeOutputFile, writing } from './output.js';
import { REPORT_MARKER } from './walk.js';

/** One extracted article as the report needs it. */
export interface ReportArticle {
  path: string;
  result: Extraction;
  text: string;
}

/** The corpus pieces the index page and the summary share: the top of each table. */
export interface CorpusSummary {
  articles: number;
  /**
   * Quotes by people, by the speaker's gender (the Gender Gap Tracker's headline figure): how many
   * quotes women, men and people whose gender the articles do not tell were given.
   */
  quotesByGender: { female: number; male: number; unknown: number };
  speakers: { name: string; id: string; quotes: number; articles: number; organizations: string[]; titles: string[]; gender: string | null }[];
  organizations: { name: string; id: string; articles: number; mentions: number; quotes: number }[];
  places: { name: string; id: string; articles: number; mentions: number }[];
}

/** The `top` most quoted speakers and the organizations and places in the most articles. */
export function summarize(corpus: Corpus, top: number): CorpusSummary {
  const byArticles = (type: CorpusEntity['type']) =>
    corpus.entities.filter((e) => e.type === type).sort((a, b) => b.articles.length - a.articles.length || b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1)).slice(0, top);
  const quotesByGender = { female: 0, male: 0, unknown: 0 };
  for (const s of corpus.speakers) if (s.type === 'person') quotesByGender[s.gender ?? 'unknown'] += s.quotes;
  return {
    articles: corpus.articles,
    quotesByGender,
    speakers: corpus.speakers.slice(0, top).map((s) => ({ name: s.name, id: s.entityId, quotes: s.quotes, articles: s.articles, organizations: s.organizations, titles: s.titles, gender: s.gender })),
    organizations: byArticles('organization').map((e) => ({ name: e.name, id: e.id, articles: e.articles.length, mentions: e.mentionCount, quotes: e.quoteCount })),
    places: byArticles('place').map((e) => ({ name: e.name, id: e.id, articles: e.articles.length, mentions: e.mentionCount })),
  };
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
    const html = renderHtml(article.result, article.text, { title: article.result.meta.title ?? article.path, nav: { href: '../index.html', label: '← corpus', note: article.path } });
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

/** `Quotes by people: women 31% (12), men 64% (25), unknown 5% (2)`. */
export function genderLine(q: CorpusSummary['quotesByGender']): string {
  const all = q.female + q.male + q.unknown;
  const share = (n: number) => `${all ? Math.round((100 * n) / all) : 0}% (${n})`;
  return `Quotes by people: women ${share(q.female)}, men ${share(q.male)}, gender not stated ${share(q.unknown)}`;
}

function indexPage(corpus: Corpus, summary: CorpusSummary, articles: readonly { path: string; page: string; result: Extraction }[]): string {
  // Corpus entity of each (article, entity id), for quote speakers.
  const owner = new Map<string, CorpusEntity>();
  for (const e of corpus.entities) for (const m of e.members) owner.set(`${m.article}\u0000${m.entityId}`, e);
  const names = new Map(corpus.entities.map((e) => [e.id, e.name]));
  const rows = articles.flatMap((a) =>
    a.result.quotes.map((q, k) => {
      const entity = q.speaker?.entityId ? owner.get(`${a.path}\u0000${q.speaker.entityId}`) : undefined;
      const speaker = entity?.name ?? q.speaker?.name ?? 'unattributed';
      // The organizations the articles tie the speaker to, else the titles they give them.
      const affiliation = entity ? (entity.affiliations.length ? entity.affiliations.map((id) => names.get(id)!).join('; ') : entity.titles.join('; ')) : '';
      return `<tr><td>${escapeText(speaker)}</td><td>${escapeText(affiliation)}</td><td>${escapeText(q.kind)}</td><td class="quote">${escapeText(q.text)}</td><td><a href="${escapeAttribute(a.page)}#quote-${k + 1}">${escapeText(a.path)}</a></td><td>${escapeText(a.result.meta.published ?? '')}</td></tr>`;
    }),
  );
  const table = (head: string[], body: string[][]) =>
    `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
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
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
th{cursor:pointer;background:#f4f4f6;user-select:none}th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
td.quote{max-width:40rem}input{font:inherit;padding:.3rem .5rem;width:20rem;margin:.5rem 0}
</style>
</head>
<body>
<h1>${summary.articles} articles</h1>
<div class="tops">
<section><h2>Top speakers</h2>${table(['speaker', 'quotes', 'articles', 'gender', 'affiliation / titles'], summary.speakers.map((s) => [escapeText(s.name), String(s.quotes), String(s.articles), escapeText(s.gender ?? ''), escapeText((s.organizations.length ? s.organizations : s.titles).join('; '))]))}<p class="gender">${escapeText(genderLine(summary.quotesByGender))}</p></section>
<section><h2>Top organizations</h2>${table(['organization', 'articles', 'mentions', 'quotes'], summary.organizations.map((o) => [escapeText(o.name), String(o.articles), String(o.mentions), String(o.quotes)]))}</section>
<section><h2>Top places</h2>${table(['place', 'articles', 'mentions'], summary.places.map((p) => [escapeText(p.name), String(p.articles), String(p.mentions)]))}</section>
</div>
<h2>Articles</h2>
<ul class="articles">${articles.map((a) => `<li><a href="${escapeAttribute(a.page)}">${escapeText(a.result.meta.title ?? a.path)}</a> <small>${escapeText(a.path)}</small></li>`).join('')}</ul>
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
