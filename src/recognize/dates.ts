// English only: the full package loads every locale (~0.15 s at start-up).
import * as chrono from 'chrono-node/en';
import type { DateMention } from '../types.js';
import { Memo } from '../memo.js';
import type { Span } from '../span.js';
import { mentionOf } from '../span.js';
import type { WinkEntity } from '../nlp/wink.js';

/** How dates without a year of their own are resolved. */
export interface DateAnchor {
  /** Publication date, `YYYY-MM-DD`. */
  published?: string;
  /** A year to assume when there is no publication date (only with `inferYearFromText`). */
  contextYear?: number;
  /** Numeric dates are day first (`6/4/13` → 4 June). */
  dayFirst?: boolean;
}

// `6/4/13`, `06-04-2013`, `6.4.2013`: a numeric date; which number is the month is an option.
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
// Words after a number that make it a count, not a year (`2015 people`, `by 2015 units`).
const COUNT_WORDS = '(?:percent|per cent|people|votes|troops|members|units|times|km|miles|tons|dollars|euros)';
const COUNTED = new RegExp(`^\\s*${COUNT_WORDS}\\b`, 'i');
// A year on its own in running text: after a word that takes a time (`in 2015`, `between 2015
// and 2020`, `the 1976-1983 dictatorship`), never after a currency sign or inside a larger number.
const YEAR_IN_TEXT = new RegExp(`(?<![\\d$€£¥.,#/])\\b(1[5-9]\\d\\d|20\\d\\d)\\b(?![\\d%]|[.,]\\d|\\s*${COUNT_WORDS}\\b)`, 'gi');
const BEFORE_YEAR = /(?:\b(?:in|since|until|till|by|from|between|before|after|during|of|and|to|through|or|year|early|late|mid|spring|summer|autumn|fall|winter|the)\s+|\b\d{4}\s*[-–—]\s*)$/i;
const AFTER_YEAR = /^(?:\s*[-–—]\s*\d{4}\b|\s+(?:and|to|through|until)\s+\d{4}\b)/;
// Weaker evidence of a year (`its 2021 results`, `Tajikistan's 1991 independence`, `around 2009`,
// `Companies Act, 2019`): a year unless a plural noun follows, which it would count (`around 2000 protesters`).
const NEAR_YEAR = /(?:(?:['’]s?|\b(?:its|his|her|their|our|this|that|last|next|every|each|around|throughout|circa|for|at|on|into|historic|annual|Act,?))\s+|\bmid-)$/i;
const COUNTS_AFTER = /^\s+\p{Ll}+s\b/u;
// `the 1980s`, `mid-1880s`: decades and centuries in figures.
const DECADE_IN_TEXT = /(?<![\d$€£¥.,#/])\b(?:1[5-9]|20)\d0s\b/g;
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR_AFTER = '(?:,?\\s+(?:1[5-9]|20)\\d\\d)?';
// Dates inside wink-nlp's DURATION spans (`since July 15`, `between July 16 and July 22`, `from
// 1445 to 1870`): month and day either way round, a month, a weekday, a year. Run on the span only.
const DATE_IN_DURATION = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:last|next|this)\\s+)?(?:${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d))?${YEAR_AFTER}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}${YEAR_AFTER}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:1[5-9]|20)\\d\\d)(?![\\p{L}\\d])`,
  'gu',
);

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
    // `by 2015 units`: a number ending the span counts something after it; it is not a year.
    if (/\d$/.test(text.slice(e.start, e.end)) && COUNTED.test(text.slice(e.end, e.end + 12))) continue;
    const last = spans[spans.length - 1];
    if (last && /^,?\s?$/.test(text.slice(last.end, e.start)) && YEAR.test(text.slice(e.start, e.end))) {
      last.end = e.end;
      continue;
    }
    spans.push({ start: e.start, end: e.end });
  }
  const dates = spans.map((s) => ({ ...mentionOf(text, s.start, s.end), value: resolveDate(text.slice(s.start, s.end), anchor) }));
  const inDurations = datesInDurations(text, entities, excluded, anchor);
  const taken = [...spans, ...inDurations, ...excluded];
  return [...dates, ...inDurations, ...yearsInText(text, taken), ...decades(text, taken)].sort((a, b) => a.start - b.start);
}

/** `since July 15`, `between January and June 2022`: wink-nlp calls the whole a DURATION; the dates in it are dates. */
function datesInDurations(text: string, entities: readonly WinkEntity[], excluded: readonly Span[], anchor: DateAnchor): DateMention[] {
  const out: DateMention[] = [];
  for (const e of entities) {
    if (e.type !== 'DURATION' || excluded.some((x) => x.start <= e.start && e.end <= x.end)) continue;
    for (const m of text.slice(e.start, e.end).matchAll(DATE_IN_DURATION)) {
      const start = e.start + m.index!;
      // A bare year counted by what follows the span is no date (`for 2015 units`).
      if (/^\d{4}$/.test(m[0]) && COUNTED.test(text.slice(start + 4, start + 16))) continue;
      out.push({ ...mentionOf(text, start, start + m[0].length), value: resolveDate(m[0], anchor) });
    }
  }
  return out;
}

/** `the 1980s`, `the mid-1880s`: decades are dates, with no value (vaguer than a year). */
function decades(text: string, taken: readonly Span[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of untaken(text, DECADE_IN_TEXT, taken)) out.push({ ...mentionOf(text, m.index!, m.index! + m[0].length), value: null });
  return out;
}

/** Matches of a global `pattern` that overlap none of `taken`. Matches come in text order; the taken spans are walked alongside them (linear, however many there are). */
function* untaken(text: string, pattern: RegExp, taken: readonly Span[]): Generator<RegExpMatchArray> {
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  let t = 0;
  let reach = -1;
  for (const m of text.matchAll(pattern)) {
    const end = m.index! + m[0].length;
    while (t < sorted.length && sorted[t]!.start < end) reach = Math.max(reach, sorted[t++]!.end);
    if (reach <= m.index!) yield m;
  }
}

/**
 * Years that wink-nlp did not tag: `between 2015 and 2020`, `the 1976-1983 dictatorship`,
 * `from 1998`. Each year is its own mention (a range is two), valued as that year. A four-digit
 * number is a year only next to a word that takes a time or another year: `2015 people`,
 * `$2015` and `2015 units` are not.
 */
function yearsInText(text: string, taken: readonly Span[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of untaken(text, YEAR_IN_TEXT, taken)) {
    const start = m.index!;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 16), start);
    const strong = BEFORE_YEAR.test(before) || AFTER_YEAR.test(text.slice(end, end + 16));
    if (!strong && !(NEAR_YEAR.test(before) && !COUNTS_AFTER.test(text.slice(end, end + 24)))) continue;
    // `the 2015 people`: `the` makes a year only before a noun that is not counted.
    if (/\bthe\s+$/i.test(before) && /^\s+(?:people|votes|members|of)\b/i.test(text.slice(end, end + 12))) continue;
    out.push({ ...mentionOf(text, start, end), value: m[1]! });
  }
  return out;
}

/**
 * The publication date an option or record gives (`2021-03-03`, `2021-03-03T09:00Z`,
 * `March 3, 2021`), as ISO `YYYY-MM-DD`; undefined when it names no calendar day
 * (`2021-02-30`, `n/a`).
 */
export function isoPublished(value: string): string | undefined {
  let iso: string | undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) iso = value.slice(0, 10);
  else {
    const resolved = resolveDate(value);
    if (resolved && resolved.length === 10) iso = resolved;
    else {
      const d = new Date(value);
      if (!Number.isNaN(d.getTime())) iso = d.toISOString().slice(0, 10);
    }
  }
  if (iso === undefined) return undefined;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? iso : undefined;
}

/**
 * ISO value of one date expression at the precision its words support, or null.
 * A year-less expression needs an anchor; an expression vaguer than a year has no value.
 */
export function resolveDate(expression: string, anchor: DateAnchor = {}): string | null {
  const phrase = expression.trim();
  if (DECADE.test(phrase) || WEEK.test(phrase)) return null;
  const numeric = NUMERIC_DATE.exec(phrase);
  if (numeric) return numericDate(Number(numeric[1]), Number(numeric[3]), numeric[4]!, anchor.dayFirst === true);
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

  return chronoDate(phrase, reference);
}

// chrono parses a phrase from scratch each time; articles and corpora repeat their date phrases.
const chronoMemo = new Memo<string | null>(2 ** 20);

/** chrono's reading of a date phrase against a reference instant, reported at the precision the phrase gives. */
function chronoDate(phrase: string, reference: Date | undefined): string | null {
  return chronoMemo.get(`${reference?.getTime() ?? ''}|${phrase}`, () => {
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
  });
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

/**
 * `6/4/13` → `2013-06-04` (or `2013-04-06` day first). When only the other order is a real
 * date (`31/12/2020`), that one; a two-digit year is 19xx above 50; no real date, no value.
 */
function numericDate(first: number, second: number, yearText: string, dayFirst: boolean): string | null {
  const year = yearText.length === 2 ? (Number(yearText) > 50 ? 1900 : 2000) + Number(yearText) : Number(yearText);
  const valid = (month: number, day: number) => {
    const date = new Date(Date.UTC(year, month - 1, day));
    return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  };
  const [month, day] = dayFirst ? [second, first] : [first, second];
  if (valid(month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  if (valid(day, month)) return `${year}-${pad(day)}-${pad(month)}`;
  return null;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
