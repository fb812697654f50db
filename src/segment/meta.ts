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
 * The title is the first short line that does not end like a sentence, or a headline that
 * ends with a period (see {@link periodHeadline}).
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
  const at = paragraphs.slice(0, HEAD_LINES).findIndex((p) => !taken(p));
  const first = paragraphs[at];
  if (first) {
    const line = text.slice(first.start, first.end);
    const ending = !/[.!?:;,]["”’)]?$/.test(line) || (at + 1 < paragraphs.length && periodHeadline(line));
    if (line.length <= 160 && ending && /\p{Lu}/u.test(line[0] ?? '')) {
      meta.title = line;
      return { meta, lines, title: first };
    }
  }
  return { meta, lines };
}

/**
 * A first line ending with one period is still the headline when it reads like one (some
 * archives end every headline with a period, PolNeAR among them) and more text follows: up to
 * 15 words, or up to 24 nearly all capitalized (Title Case); never a byline or a dateline
 * (`AMMAN — …`). On the shared data: 667 of PolNeAR's 670 such headlines, and 4 of the 655
 * worldwide-newswire articles whose first paragraph ends with a period taken for one.
 */
function periodHeadline(line: string): boolean {
  if (!/[^.]\.["”’)]?$/.test(line) || /^by\s/i.test(line) || /^[^\s—–]+(?:\s[^\s—–]+)?\s[—–]\s/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length <= 15) return true;
  const long = words.filter((w) => /\p{L}{4}/u.test(w));
  return words.length <= 24 && long.filter((w) => /^["“‘'(]?\p{Lu}/u.test(w)).length >= 0.85 * long.length;
}

/** "Jane Doe", "Jane Doe and John Roe", "Jane Doe | Reuters" → the first author's name. */
function authorOf(rest: string): string | undefined {
  const head = rest.split(/\s*(?:[|,–—]|\band\b|\bon\b)\s*/)[0]!.trim();
  const words = head.split(/\s+/);
  if (words.length < 2 || words.length > 5) return undefined;
  if (NOT_A_NAME.test(words[0]!)) return undefined;
  return words.every((w) => NAME_WORD.test(w)) ? head : undefined;
}
