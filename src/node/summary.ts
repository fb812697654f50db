import { aggregate, corpusEntityOf, type ArticleResult, type Corpus, type CorpusEntity } from '../aggregate.js';
import { fold } from '../knowledge/fold.js';
import { csvCell, BOM } from './sinks.js';
import { printable } from './terminal.js';

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
  /** With a speaker filter: every quote of that speaker, in article order. */
  quotes?: { article: string; speaker: string; kind: string; confidence: number; text: string }[];
  /** With a filter: the names (canonical, sorted) it matched, so a reader sees who was counted. */
  matched?: { speaker?: string[]; entity?: string[] };
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

/** `Quotes by people: women 31% (12), men 64% (25), gender not stated 5% (2)`. */
export function genderLine(q: CorpusSummary['quotesByGender']): string {
  const all = q.female + q.male + q.unknown;
  const share = (n: number) => `${all ? Math.round((100 * n) / all) : 0}% (${n})`;
  return `Quotes by people: women ${share(q.female)}, men ${share(q.male)}, gender not stated ${share(q.unknown)}`;
}

/** `summary --speaker NAME` / `--entity NAME`. */
export interface SummaryFilter {
  /** Keep the articles that quote this speaker (any name or alias the corpus knows them by, or an unlinked speaker's name), and list their quotes. */
  speaker?: string;
  /** Keep the articles that mention this person, organization or place (any name or alias). */
  entity?: string;
}

/** Letters and digits only, words one space apart, folded: `Ana Ruiz-Ferreira` → `ana ruiz ferreira`. */
const words = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Does `name` (already {@link words}) stand in `form` as whole words? `mensah` in `Kofi Mensah`, not in `Mensahville`. */
const within = (name: string, form: string) => ` ${words(form)} `.includes(` ${name} `);

/**
 * The summary of the articles a filter keeps (all, without one): entities are merged over the
 * whole corpus first, so a name matches every article of the entity it belongs to, then
 * the kept articles are summarized on their own. A name matches an entity when its words
 * stand whole in one of the entity's names or aliases, case- and accent-insensitively:
 * `Mensah` matches Kofi Mensah and Ama Mensah (`matched` lists whom it matched).
 */
export function summarizeCorpus(articles: readonly ArticleResult[], top: number, filter: SummaryFilter = {}): CorpusSummary {
  if (filter.speaker === undefined && filter.entity === undefined) return summarize(aggregate(articles), top);
  const corpus = aggregate(articles);
  const owner = corpusEntityOf(corpus);
  const named = (name: string, entity: CorpusEntity) => entity.forms.some((f) => within(name, f));
  const matched: NonNullable<CorpusSummary['matched']> = {};
  let kept = articles;
  if (filter.entity !== undefined) {
    const name = words(filter.entity);
    const entities = corpus.entities.filter((e) => named(name, e));
    const where = new Set(entities.flatMap((e) => e.articles));
    kept = kept.filter((a) => where.has(a.article));
    matched.entity = [...new Set(entities.map((e) => e.name))].sort();
  }
  let quotes: CorpusSummary['quotes'];
  if (filter.speaker !== undefined) {
    const name = words(filter.speaker);
    quotes = [];
    for (const a of kept) {
      for (const q of a.result.quotes) {
        if (!q.speaker) continue;
        const entity = owner(a.article, q.speaker.entityId);
        if (entity ? named(name, entity) : within(name, q.speaker.name)) quotes.push({ article: a.article, speaker: entity?.name ?? q.speaker.name, kind: q.kind, confidence: q.confidence ?? 0, text: q.text });
      }
    }
    const quoting = new Set(quotes.map((q) => q.article));
    kept = kept.filter((a) => quoting.has(a.article));
    matched.speaker = [...new Set(quotes.map((q) => q.speaker))].sort();
  }
  return { ...summarize(aggregate(kept), top), ...(quotes ? { quotes } : {}), matched };
}

/** The summary as an aligned table, CSV (one row per entity, `table` column first) or JSON. */
export function formatSummary(summary: CorpusSummary, format: 'table' | 'csv' | 'json', options: { csvGuard?: boolean; bom?: boolean } = {}): string {
  if (format === 'json') return `${JSON.stringify(summary, null, 2)}\n`;
  const quotes = summary.quotes ?? [];
  if (format === 'csv') {
    const head = ['table', 'name', 'id', 'articles', 'mentions', 'quotes', 'organizations', 'titles', 'gender', ...(summary.quotes ? ['article', 'kind', 'confidence', 'text'] : [])];
    const pad = summary.quotes ? ['', '', '', ''] : [];
    const rows: (string | number)[][] = [
      ...summary.speakers.map((s) => ['speakers', s.name, s.id, s.articles, '', s.quotes, s.organizations.join('; '), s.titles.join('; '), s.gender ?? '', ...pad]),
      ...summary.organizations.map((o) => ['organizations', o.name, o.id, o.articles, o.mentions, o.quotes, '', '', '', ...pad]),
      ...summary.places.map((p) => ['places', p.name, p.id, p.articles, p.mentions, '', '', '', '', ...pad]),
      ...quotes.map((q) => ['quotes', q.speaker, '', '', '', '', '', '', '', q.article, q.kind, q.confidence, q.text]),
    ];
    return (options.bom ? BOM : '') + [head, ...rows].map((r) => r.map((c) => csvCell(c, options.csvGuard ?? true)).join(',')).join('\n') + '\n';
  }
  const section = (title: string, head: string[], body: (string | number)[][], width = 48) => {
    const cells = [head, ...body.map((r) => r.map((c) => printable(String(c))))];
    const widths = head.map((_, c) => Math.min(width, Math.max(...cells.map((r) => r[c]!.length))));
    const line = (r: string[]) => `  ${r.map((v, c) => (v.length > widths[c]! ? `${v.slice(0, widths[c]! - 1)}…` : v.padEnd(widths[c]!))).join('  ')}`.trimEnd();
    return `${title}\n${cells.map(line).join('\n')}\n${body.length ? '' : '  (none)\n'}`;
  };
  const filters = Object.entries(summary.matched ?? {}).map(([k, names]) => `  ${k === 'speaker' ? 'quoting' : 'mentioning'}: ${names.length ? names.map((n) => printable(n)).join(', ') : '(no one)'}`);
  return [
    `${summary.articles} articles\n${filters.length ? `${filters.join('\n')}\n` : ''}`,
    `${genderLine(summary.quotesByGender)}\n`,
    section('Top speakers', ['quotes', 'articles', 'speaker', 'gender', 'affiliation / titles'], summary.speakers.map((s) => [s.quotes, s.articles, s.name, s.gender ?? '', (s.organizations.length ? s.organizations : s.titles).join('; ')])),
    section('Top organizations (by articles)', ['articles', 'mentions', 'organization'], summary.organizations.map((o) => [o.articles, o.mentions, o.name])),
    section('Top places (by articles)', ['articles', 'mentions', 'place'], summary.places.map((p) => [p.articles, p.mentions, p.name])),
    ...(summary.quotes ? [section(`Quotes (${quotes.length})`, ['speaker', 'kind', 'article', 'quote'], quotes.map((q) => [q.speaker, q.kind, q.article, q.text]), 72)] : []),
  ].join('\n');
}
