import type { Span } from '../span.js';
import type { QuotedSpan } from '../document.js';

export type { QuotedSpan };

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‚', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);
const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013:;,—–\-/]/u;

/** Is the character at `i` preceded by the start of text or an opening context? */
function opensAt(text: string, i: number, paragraphStart: number): boolean {
  return i === paragraphStart || OPENING_CONTEXT.test(text[i - 1]!) || DOUBLE_OPEN.has(text[i - 1]!) || SINGLE_OPEN.has(text[i - 1]!);
}

/**
 * Find the outermost quotations, paragraph by paragraph, in one linear pass.
 *
 * - Curly, straight, guillemet and low-high marks; single quotes inside double ones are nested
 *   (not reported); apostrophes (`Kenya’s`, `farmers’`) are not marks.
 * - A quote still open at the end of its paragraph continues when the next paragraph opens
 *   with a quote mark (the newspaper convention for multi-paragraph quotes); otherwise it is
 *   bounded at the paragraph's end, so an unclosed mark never swallows the article.
 */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let pending: { open: number; family: 'double' | 'single'; firstParagraph: number } | undefined;

  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p]!;
    let open = pending;
    pending = undefined;
    // A continued quote re-opens with a mark at the start of this paragraph: skip that mark.
    let i = ps;
    if (open && isOpeningMark(text, ps, ps, open.family)) i = ps + (isPairedApostrophes(text, ps) ? 2 : 1);
    for (; i < pe; i++) {
      const ch = text[i]!;
      if (!open) {
        // `''We will win,'' he said`: two apostrophes are a double mark (as the New York Times writes them).
        if (isPairedApostrophes(text, i) && opensAt(text, i, ps) && LETTER.test(text[i + 2] ?? '')) {
          open = { open: i, family: 'double', firstParagraph: p };
          i++;
        } else if (DOUBLE_OPEN.has(ch) || (ch === '"' && opensAt(text, i, ps))) open = { open: i, family: 'double', firstParagraph: p };
        // (`in ’08`, `the ‘90s`: an apostrophe for the century, not a quote.)
        else if ((SINGLE_OPEN.has(ch) || (ch === "'" && opensAt(text, i, ps))) && LETTER.test(text[i + 1] ?? '') && opensAt(text, i, ps) && !/^\d\ds?\b/.test(text.slice(i + 1, i + 5)))
          open = { open: i, family: 'single', firstParagraph: p };
        continue;
      }
      if (open.family === 'double' && isPairedApostrophes(text, i)) {
        // The mark's second apostrophe is its close; the words end before the first.
        push(out, text, open, i + 1, p, i);
        open = undefined;
        i++;
      } else if (open.family === 'double' ? isDoubleClose(text, i) : isSingleClose(text, i)) {
        push(out, text, open, i, p);
        open = undefined;
      }
    }
    if (open) {
      const next = paragraphs[p + 1];
      if (next && isOpeningMark(text, next.start, next.start, open.family) && !namedAttributionAfterClose(text, next, open.family)) pending = open;
      else push(out, text, open, -1, p, pe);
    }
  }
  return out;
}

// `”, Ana Ruiz said` / `,” said Ana Ruiz`: a quote signed by name where it closes.
const NAMED_AFTER = /^[,.!?]?\s*(?:(?:said|says|added|adds|wrote|writes|told|tells|asked|explained|continued)\s+\p{Lu}|(?!(?:He|She|They|It|We|I)\s)(?:\p{Lu}[\p{L}’'.-]+\s+){1,3}(?:said|says|added|adds|wrote|writes|told|tells|asked|explained|continued)\b)/u;

/**
 * The paragraph re-opens a quote that closes in it with a speaker named right there: a quote
 * of its own. Newspapers name the speaker of a quote running over paragraphs in its first
 * one; a name at the close of the next means the earlier quote was left open by mistake, and
 * must not be credited to this speaker.
 */
function namedAttributionAfterClose(text: string, paragraph: Span, family: 'double' | 'single'): boolean {
  for (let i = paragraph.start + (isPairedApostrophes(text, paragraph.start) ? 2 : 1); i < paragraph.end; i++) {
    const paired = family === 'double' && isPairedApostrophes(text, i);
    if (paired || (family === 'double' ? isDoubleClose(text, i) : isSingleClose(text, i))) return NAMED_AFTER.test(text.slice(i + (paired ? 2 : 1), Math.min(paragraph.end, i + 80)));
  }
  return false;
}

/** `''` at `i`: two straight apostrophes standing for a double quote mark. */
function isPairedApostrophes(text: string, i: number): boolean {
  return text[i] === "'" && text[i + 1] === "'" && text[i + 2] !== "'" && text[i - 1] !== "'";
}

function isOpeningMark(text: string, i: number, paragraphStart: number, family: 'double' | 'single'): boolean {
  const ch = text[i] ?? '';
  if (family === 'double') return DOUBLE_OPEN.has(ch) || (ch === '"' && opensAt(text, i, paragraphStart)) || isPairedApostrophes(text, i);
  return SINGLE_OPEN.has(ch) || (ch === "'" && opensAt(text, i, paragraphStart));
}

function isDoubleClose(text: string, i: number): boolean {
  const ch = text[i]!;
  return DOUBLE_CLOSE.has(ch) || ch === '"' || (ch === '“' && !LETTER.test(text[i + 1] ?? ''));
}

/** A closing single mark is not an apostrophe: no letter follows it (`mullahs’ plight` is ambiguous; `’s` is not). */
function isSingleClose(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!SINGLE_CLOSE.has(ch) && ch !== "'") return false;
  const next = text[i + 1] ?? '';
  return !LETTER.test(next);
}

function push(out: QuotedSpan[], text: string, open: { open: number; family: 'double' | 'single'; firstParagraph: number }, close: number, lastParagraph: number, bound?: number): void {
  let s = open.open + (isPairedApostrophes(text, open.open) ? 2 : 1);
  let e = bound ?? close;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s) return;
  out.push({ open: open.open, close, start: s, end: e, firstParagraph: open.firstParagraph, lastParagraph, family: open.family });
}
