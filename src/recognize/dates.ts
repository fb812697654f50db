import * as chrono from 'chrono-node';
import type { DateMention } from '../types.js';
import type { Span } from '../span.js';
import { mentionOf } from '../span.js';
import type { WinkEntity } from '../nlp/wink.js';

/** How dates without a year of their own are resolved. */
export interface DateAnchor {
  /** Publication date, `YYYY-MM-DD`. */
  published?: string;
  /** A year to assume when there is no publication date (only with `inferYearFromText`). */
  contextYear?: number;
}

const YEAR = /^(?:in\s+)?(1[0-9]{3}|2[0-9]{3})$/i;
const DECADE = /\b\d{3}0s\b|\bcentury\b/i;
const PART_OF_YEAR =
  /^(?:(?:the\s+)?(?:early|late|mid-?|(?:start|beginning|end|middle|spring|summer|autumn|fall|winter)(?:\s+of)?)\s+)(1[0-9]{3}|2[0-9]{3})$/i;
// "end of June", "early May": the text names a part of a period, so report the period.
const VAGUE_PART = /^(?:the\s+)?(?:early|late|mid-?|start|beginning|end|middle)\b/i;
const WEEK = /\bweeks?\b|\bweekend\b/i;
const STATED_YEAR = /\b(1[0-9]{3}|2[0-9]{3})\b/;

/**
 * Merge wink-nlp DATE entities that one expression was split into ("November" + ", 2018"),
 * then resolve each to an ISO value.
 */
export function findDates(text: string, entities: readonly WinkEntity[], excluded: readonly Span[], anchor: DateAnchor): DateMention[] {
  const spans: Span[] = [];
  for (const e of entities) {
    if (e.type !== 'DATE') continue;
    if (excluded.some((x) => x.start <= e.start && e.end <= x.end)) continue;
    const last = spans[spans.length - 1];
    if (last && /^,?\s?$/.test(text.slice(last.end, e.start)) && YEAR.test(text.slice(e.start, e.end))) {
      last.end = e.end;
      continue;
    }
    spans.push({ start: e.start, end: e.end });
  }
  return spans.map((s) => ({ ...mentionOf(text, s.start, s.end), value: resolveDate(text.slice(s.start, s.end), anchor) }));
}

/**
 * ISO value of one date expression at the precision its words support, or null.
 * A year-less expression needs an anchor; an expression vaguer than a year has no value.
 */
export function resolveDate(expression: string, anchor: DateAnchor = {}): string | null {
  const phrase = expression.trim();
  if (DECADE.test(phrase) || WEEK.test(phrase)) return null;
  const year = YEAR.exec(phrase) ?? PART_OF_YEAR.exec(phrase);
  if (year) return year[1]!;

  const stated = STATED_YEAR.test(phrase);
  const day = anchor.published ? deicticDay(phrase, anchor.published) : undefined;
  if (day) return day;
  const reference = anchor.published
    ? new Date(`${anchor.published}T12:00:00Z`)
    : anchor.contextYear !== undefined
      ? new Date(Date.UTC(anchor.contextYear, 6, 1, 12))
      : undefined;
  if (!stated && !reference) return null;

  const parsed = chrono.parse(phrase, { instant: reference ?? new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 })[0];
  if (!parsed) return null;
  const c = parsed.start;
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null) return null;
  const known = { month: c.isCertain('month') || c.isCertain('day'), day: c.isCertain('day') };
  const vague = VAGUE_PART.test(phrase);
  // A relative year ("last year") is certain only against an anchor; a part of it is a year.
  if (vague && /\byear\b/i.test(phrase)) return String(y);
  if (known.day && !vague && d !== null && m !== null) return `${y}-${pad(m)}-${pad(d)}`;
  if (known.month && m !== null) return `${y}-${pad(m)}`;
  return String(y);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * `Monday`, `on Tuesday`, `yesterday`, `today` against the publication date. News uses a bare
 * weekday for the most recent such day (up to the publication day itself).
 */
function deicticDay(phrase: string, published: string): string | undefined {
  const p = phrase.toLowerCase().replace(/^(?:on|last|this past)\s+/, '').replace(/\s+(?:morning|afternoon|evening|night)$/, '');
  const base = new Date(`${published}T12:00:00Z`);
  if (Number.isNaN(base.getTime())) return undefined;
  let shift: number | undefined;
  if (p === 'today' || p === 'tonight') shift = 0;
  else if (p === 'yesterday') shift = -1;
  else if (p === 'tomorrow') shift = 1;
  else {
    const wd = WEEKDAYS.indexOf(p);
    if (wd >= 0) shift = -((base.getUTCDay() - wd + 7) % 7);
  }
  if (shift === undefined) return undefined;
  return new Date(base.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
