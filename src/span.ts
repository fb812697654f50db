import type { Mention } from './types.js';

/** A half-open character range `[start, end)` into the article text. */
export interface Span {
  start: number;
  end: number;
}

/** The only way mentions are made: guarantees `text === source.slice(start, end)`. */
export function mentionOf(source: string, start: number, end: number): Mention {
  return { start, end, text: source.slice(start, end) };
}

/** True when `[a.start, a.end)` and `[b.start, b.end)` share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when `span` overlaps any of `ranges` (ranges sorted by start). */
export function inAny(span: Span, ranges: readonly Span[]): boolean {
  for (const r of ranges) {
    if (r.start >= span.end) break;
    if (overlaps(r, span)) return true;
  }
  return false;
}
