import type { ArticleMeta } from '../types.js';
import type { Span } from '../span.js';
import { resolveDate } from '../recognize/dates.js';

/** A line that carries article metadata (byline, dateline) rather than prose. */
export interface MetaLine extends Span {
  kind: 'byline' | 'dateline';
}

export interface MetaResult {
  meta: ArticleMeta;
  lines: MetaLine[];
  /** Where `meta.title` is in the text. */
  title?: Span;
}

// Only the first lines of a scrape hold bylines and datelines.
const HEAD_LINES = 6;
const BYLINE = /^(?:by|written by|words by|author:)\s+(.+)$/i;
const NAME_WORD = /^(?:[A-Z][\p{L}'’.-]*|(?:de|da|van|von|bin|al|el|le|la|di|du|ibn)|[A-Z]\.)$/u;
const NOT_A_NAME = /^(?:published|posted|updated|staff|the|on|admin|editor|news|guest|team|our|a|an)$/i;
const DATELINE = /\b(?:published|posted|updated|last updated|date)(?:\s+on)?\s*:?\s*((?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4})|(?:\d{4}-\d{2}-\d{2}))/i;

/**
 * Byline, publication date and title from the head of a scraped article.
 * The title is the first short line that does not end like a sentence.
 */
export function findMeta(text: string, paragraphs: readonly Span[], skip: readonly Span[]): MetaResult {
  const meta: ArticleMeta = {};
  const lines: MetaLine[] = [];
  for (const p of paragraphs.slice(0, HEAD_LINES)) {
    const line = text.slice(p.start, p.end);
    const by = BYLINE.exec(line);
    const dated = DATELINE.exec(line);
    if (dated && meta.published === undefined) {
      const iso = resolveDate(dated[1]!);
      if (iso && iso.length === 10) meta.published = iso;
    }
    if (by) {
      const author = authorOf(by[1]!);
      if (author && meta.byline === undefined) meta.byline = author;
      lines.push({ ...p, kind: 'byline' });
    } else if (dated && line.length < 120) {
      lines.push({ ...p, kind: 'dateline' });
    }
  }
  const taken = (p: Span) => lines.some((l) => l.start === p.start) || skip.some((s) => s.start === p.start);
  const first = paragraphs.slice(0, HEAD_LINES).find((p) => !taken(p));
  if (first) {
    const line = text.slice(first.start, first.end);
    if (line.length <= 160 && !/[.!?:;,]["”’)]?$/.test(line) && /\p{Lu}/u.test(line[0] ?? '')) {
      meta.title = line;
      return { meta, lines, title: first };
    }
  }
  return { meta, lines };
}

/** "Jane Doe", "Jane Doe and John Roe", "Jane Doe | Reuters" → the first author's name. */
function authorOf(rest: string): string | undefined {
  const head = rest.split(/\s*(?:[|,–—]|\band\b|\bon\b)\s*/)[0]!.trim();
  const words = head.split(/\s+/);
  if (words.length < 2 || words.length > 5) return undefined;
  if (NOT_A_NAME.test(words[0]!)) return undefined;
  return words.every((w) => NAME_WORD.test(w)) ? head : undefined;
}
