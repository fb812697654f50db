import type { Extraction, Mention } from './types.js';

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

/** A test for offsets inside any of `spans` (sorted by start, non-overlapping), by binary search. */
export function offsetInside(spans: readonly Span[]): (offset: number) => boolean {
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = spans[mid]!;
      if (offset < q.start) hi = mid - 1;
      else if (offset >= q.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/**
 * The same result with every span in it (entity mentions, dates, quotes, cues, speaker
 * mentions) replaced by `to(span)`; every other field and the key order stay as they are.
 */
export function mapSpans(r: Extraction, to: (span: Mention) => Mention): Extraction {
  const entity = <E extends Extraction['people'][number]>(e: E): E => ({ ...e, mentions: e.mentions.map(to), affiliations: e.affiliations.map((a) => ({ ...a, mention: to(a.mention) })) });
  return {
    ...r,
    people: r.people.map(entity),
    organizations: r.organizations.map(entity),
    places: r.places.map(entity),
    dates: r.dates.map((d) => ({ ...d, ...to(d) })),
    quotes: r.quotes.map((q) => ({
      ...q,
      ...to(q),
      cue: q.cue && to(q.cue),
      speaker: q.speaker && {
        ...q.speaker,
        ...(q.speaker.mention ? { mention: to(q.speaker.mention) } : {}),
        ...(q.speaker.affiliations ? { affiliations: q.speaker.affiliations.map((a) => ({ ...a, mention: to(a.mention) })) } : {}),
      },
    })),
  };
}
