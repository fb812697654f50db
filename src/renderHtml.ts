import type { Entity, Extraction, Mention, Quote } from './types.js';
import { escapeAttribute, escapeText } from './escapeHtml.js';
import { assertExtraction } from './validate.js';

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** Page title. Default: the article's title, else `Article`. */
  title?: string;
  /** A link above the page, such as back to a corpus index: `{ href: '../index.html', label: '← corpus', note: 'corpus/a.txt' }`. */
  nav?: { href: string; label: string; note?: string };
}

/** A highlighted stretch of the text. */
interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
}

/**
 * The article as one self-contained HTML page: people, organizations, places and dates
 * highlighted by type (canonical name and aliases on hover), quotations marked with their
 * speaker, and a side list of speakers with their quote counts. No script, no network: inline
 * CSS only. Every piece of article text is escaped, so an article containing `<script>` shows it
 * as text.
 *
 * Throws a `TypeError` when `result` is not an extraction result (checked field by field, so a
 * result read back from a file cannot smuggle markup into the page through a forged `type` or
 * `kind`), or when `text` is not the text `result` was extracted from (a mention's offsets do
 * not give its text).
 *
 * @example
 * const html = renderHtml(extract(text), text);
 * // Deno.jupyter.html`${html}` in a notebook, or write it to a file and open it
 */
export function renderHtml(result: Extraction, text: string, options: HtmlOptions = {}): string {
  assertExtraction(result, 'renderHtml()');
  if (typeof text !== 'string') throw new TypeError(`newsextract: renderHtml(): text must be the article text as a string, got ${text === null ? 'null' : typeof text}`);
  if (options === null || typeof options !== 'object') throw new TypeError('newsextract: renderHtml(): options must be an object');
  if (options.title !== undefined && typeof options.title !== 'string') throw new TypeError('newsextract: renderHtml(): options.title must be a string');
  const nav = options.nav;
  if (nav !== undefined && (nav === null || typeof nav.href !== 'string' || typeof nav.label !== 'string' || (nav.note !== undefined && typeof nav.note !== 'string')))
    throw new TypeError('newsextract: renderHtml(): options.nav must be { href, label, note? } strings');
  const entities = [...result.people, ...result.organizations, ...result.places];
  for (const m of [...entities.flatMap((e) => e.mentions), ...result.dates, ...result.quotes]) {
    if (text.slice(m.start, m.end) !== m.text) throw new TypeError(`newsextract: renderHtml(): the text is not the one this result was extracted from (at ${m.start}: "${m.text.slice(0, 40)}")`);
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  const quotes = withoutOverlaps(result.quotes.map((q, k) => quoteMark(q, k, byId)));
  const inner = withoutOverlaps([
    ...entities.flatMap((e) => e.mentions.map((m) => mentionMark(e, m))),
    ...result.dates.map((d) => ({ start: d.start, end: d.end, open: `<mark class="date" title="${escapeAttribute(d.value ?? 'date')}">`, close: '</mark>' })),
  ]).filter((m) => !quotes.some((q) => m.start < q.end && q.start < m.end && (m.start < q.start || m.end > q.end)));
  const title = options.title ?? result.meta.title ?? 'Article';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${nav ? `<nav style="padding:.5rem 2rem"><a href="${escapeAttribute(nav.href)}">${escapeText(nav.label)}</a>${nav.note ? ` · ${escapeText(nav.note)}` : ''}</nav>\n` : ''}<header><h1>${escapeText(title)}</h1>${metaLine(result)}
<p class="legend"><mark class="person">person</mark> <mark class="organization">organization</mark> <mark class="place">place</mark> <mark class="date">date</mark> <q class="quote">quotation</q></p></header>
<main>
<article class="text">${weave(text, [...quotes, ...inner])}</article>
<aside>${speakerList(result.quotes, byId)}</aside>
</main>
</body>
</html>
`;
}

const STYLE = `
body{font:16px/1.55 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:1rem 2rem;border-bottom:1px solid #ddd;background:#fff}
h1{font-size:1.3rem;margin:.2rem 0}
.meta,.legend{color:#555;font-size:.9rem;margin:.3rem 0}
main{display:flex;gap:2rem;padding:1rem 2rem;align-items:flex-start}
.text{white-space:pre-wrap;flex:3;background:#fff;padding:1rem 1.5rem;border:1px solid #e3e3e3;border-radius:6px}
aside{flex:1;min-width:14rem}
aside table{border-collapse:collapse;width:100%;font-size:.9rem}
aside td,aside th{text-align:left;padding:.2rem .4rem;border-bottom:1px solid #eee}
mark{border-radius:3px;padding:0 .1em;cursor:help}
mark.person{background:#ffe08a}
mark.organization{background:#b9e3ff}
mark.place{background:#c8f0c0}
mark.date{background:#ead7ff}
q.quote{quotes:none;background:#fff2f0;border-bottom:2px solid #e8a598}
q.quote.indirect{border-bottom-style:dashed}
.speaker{font-size:.75em;color:#9b3b2b;font-weight:600;margin-left:.2em}
`;

function mentionMark(e: Entity, m: Mention): Mark {
  const hover = [e.name, e.aliases.length ? `also: ${e.aliases.join(', ')}` : '', e.titles.length ? `titles: ${e.titles.join('; ')}` : ''].filter(Boolean).join('\n');
  return { start: m.start, end: m.end, open: `<mark class="${escapeAttribute(e.type)}" data-entity="${escapeAttribute(e.id)}" title="${escapeAttribute(hover)}">`, close: '</mark>' };
}

function quoteMark(q: Quote, k: number, byId: ReadonlyMap<string, Entity>): Mark {
  const speaker = q.speaker ? (q.speaker.entityId ? byId.get(q.speaker.entityId)?.name : undefined) ?? q.speaker.name : 'unattributed';
  const cue = q.cue ? ` (${q.cue.text})` : '';
  return {
    start: q.start,
    end: q.end,
    open: `<q class="quote ${escapeAttribute(q.kind)}" id="quote-${k + 1}" data-speaker="${escapeAttribute(speaker)}" title="${escapeAttribute(`${speaker}${cue}, ${q.kind}`)}">`,
    close: `</q><span class="speaker">— ${escapeText(speaker)}</span>`,
  };
}

/** Marks sorted by start, keeping the first (then longest) of overlapping ones. */
function withoutOverlaps(marks: Mark[]): Mark[] {
  const sorted = marks.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mark[] = [];
  for (const m of sorted) if (out.length === 0 || m.start >= out[out.length - 1]!.end) out.push(m);
  return out;
}

/** The text with marks opened and closed around their stretches; marks nest (inner ones lie within outer ones). */
function weave(text: string, marks: Mark[]): string {
  const opens = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const stack: Mark[] = [];
  let out = '';
  let at = 0;
  const closeUntil = (pos: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= pos) {
      const m = stack.pop()!;
      out += escapeText(text.slice(at, m.end)) + m.close;
      at = m.end;
    }
  };
  for (const m of opens) {
    closeUntil(m.start);
    out += escapeText(text.slice(at, m.start)) + m.open;
    at = m.start;
    stack.push(m);
  }
  closeUntil(text.length);
  return out + escapeText(text.slice(at));
}

function speakerList(quotes: readonly Quote[], byId: ReadonlyMap<string, Entity>): string {
  const counts = new Map<string, number>();
  for (const q of quotes) {
    const name = q.speaker ? (q.speaker.entityId ? byId.get(q.speaker.entityId)?.name : undefined) ?? q.speaker.name : 'unattributed';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (rows.length === 0) return '<h2>Speakers</h2><p>No quotations.</p>';
  return `<h2>Speakers</h2><table class="speakers"><thead><tr><th>speaker</th><th>quotes</th></tr></thead><tbody>${rows.map(([name, n]) => `<tr><td>${escapeText(name)}</td><td>${n}</td></tr>`).join('')}</tbody></table>`;
}

function metaLine(result: Extraction): string {
  const parts = [result.meta.byline, result.meta.published].filter((x): x is string => !!x);
  return parts.length ? `<p class="meta">${escapeText(parts.join(' · '))}</p>` : '';
}
