import type { Extraction } from './types.js';

/**
 * Checks on values handed to the public API, so that bad input fails at the door with a
 * `TypeError` in the library's words (`newsextract: fn(): …`), never deep inside.
 */

export const ENTITY_TYPES = ['person', 'organization', 'place'] as const;
export const QUOTE_KINDS = ['direct', 'indirect', 'mixed'] as const;

/** `null`, `an array`, or the `typeof`: how a wrong value is named in an error. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isSpan = (v: unknown): boolean => isObject(v) && Number.isInteger(v.start) && Number.isInteger(v.end) && typeof v.text === 'string';
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isAffiliations = (v: unknown): boolean =>
  Array.isArray(v) && v.every((a) => isObject(a) && typeof a.organizationId === 'string' && (a.role === null || typeof a.role === 'string') && isSpan(a.mention));

/** The first way `value` is not an Extraction (as `extract()` returns it or JSON gives it back), or undefined. */
function flaw(value: unknown): string | undefined {
  if (!isObject(value)) return `expected an extract() result, got ${describe(value)}`;
  if (!isObject(value.meta)) return 'meta is not an object';
  for (const [key, v] of Object.entries(value.meta)) if (v !== undefined && typeof v !== 'string') return `meta.${key} must be a string`;
  for (const key of ['people', 'organizations', 'places', 'dates', 'quotes'] as const) if (!Array.isArray(value[key])) return `${key} is not an array`;
  for (const key of ['people', 'organizations', 'places'] as const) {
    const list = value[key] as unknown[];
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      const at = `${key}[${i}]`;
      if (!isObject(e)) return `${at} is not an object`;
      if (typeof e.id !== 'string' || typeof e.name !== 'string') return `${at} needs a string id and name`;
      if (!(ENTITY_TYPES as readonly unknown[]).includes(e.type)) return `${at}.type must be ${ENTITY_TYPES.join(', ')}, got ${JSON.stringify(e.type)}`;
      if (!isStrings(e.aliases) || !isStrings(e.titles)) return `${at} needs aliases and titles as lists of strings`;
      if (!Array.isArray(e.mentions) || !e.mentions.every(isSpan)) return `${at}.mentions must be {start, end, text} spans`;
      if (e.affiliations !== undefined && !isAffiliations(e.affiliations)) return `${at}.affiliations must be a list of { organizationId, role, mention }`;
    }
  }
  const dates = value.dates as unknown[];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i] as Record<string, unknown>;
    if (!isSpan(d) || (d.value !== null && typeof d.value !== 'string')) return `dates[${i}] must be a span with a string or null value`;
  }
  const quotes = value.quotes as unknown[];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as Record<string, unknown>;
    const at = `quotes[${i}]`;
    if (!isSpan(q)) return `${at} must be a {start, end, text} span`;
    if (!(QUOTE_KINDS as readonly unknown[]).includes(q.kind)) return `${at}.kind must be ${QUOTE_KINDS.join(', ')}, got ${JSON.stringify(q.kind)}`;
    if (q.speaker !== null && !(isObject(q.speaker) && typeof q.speaker.name === 'string')) return `${at}.speaker must be null or have a string name`;
    if (isObject(q.speaker) && q.speaker.entityId !== undefined && typeof q.speaker.entityId !== 'string') return `${at}.speaker.entityId must be a string`;
    if (isObject(q.speaker) && q.speaker.affiliations !== undefined && !isAffiliations(q.speaker.affiliations)) return `${at}.speaker.affiliations must be a list of { organizationId, role, mention }`;
    if (q.cue !== null && q.cue !== undefined && !isSpan(q.cue)) return `${at}.cue must be null or a span`;
    if (q.confidence !== undefined && typeof q.confidence !== 'number') return `${at}.confidence must be a number`;
  }
  return undefined;
}

/** Throws a TypeError naming `fn` and the first flaw when `value` is not an Extraction. */
export function assertExtraction(value: unknown, fn: string): asserts value is Extraction {
  const problem = flaw(value);
  if (problem !== undefined) throw new TypeError(`newsextract: ${fn}: ${problem}`);
}
