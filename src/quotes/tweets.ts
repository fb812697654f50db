import type { Entity } from '../types.js';
import { mentionOf } from '../span.js';
import { confidenceOf } from '../attribute/confidence.js';
import { named } from '../attribute/speakers.js';
import type { TracedQuote } from './findQuotes.js';

/**
 * An embedded post as scrapers keep it: `<tweet … author="@handle" …>words</tweet>` (or
 * `tweet-author=`, closed by `<tweet/>`). Bounded runs keep the scan linear on any input.
 */
const TWEET = /<tweet\b([^<>]{0,400})>([^<]{1,2000})<\/?tweet\/?>/gi;
const AUTHOR = /\b(?:tweet-)?author="@?([A-Za-z0-9_]{1,40})"/;

/**
 * Embedded tweets: each one's words are a direct quote of its author, cued by the author
 * attribute. The author is the person or organization of the article whose name (or, when only
 * one fits, surname) the handle spells (`@realKofiMensah`, `GovMensah`); else the handle itself,
 * as a description. A tweet with no author attribute is left to the other finders.
 */
export function embeddedTweets(text: string, entities: readonly Entity[]): TracedQuote[] {
  if (!text.includes('<tweet')) return [];
  const out: TracedQuote[] = [];
  for (const m of text.matchAll(TWEET)) {
    const author = AUTHOR.exec(m[1]!);
    const inner = m[2]!;
    const lead = inner.length - inner.trimStart().length;
    const words = inner.trim();
    if (!author || !/\p{L}/u.test(words)) continue;
    const attributes = m.index! + '<tweet'.length;
    const attr = attributes + m[1]!.indexOf(author[0]);
    const handle = mentionOf(text, attr + author[0].indexOf('"') + 1, attr + author[0].length - 1);
    const start = attributes + m[1]!.length + 1 + lead;
    const entity = entityOfHandle(author[1]!, entities);
    const speaker = entity
      ? named(entity, handle).speaker
      : { kind: 'description' as const, name: `@${author[1]}`, mention: handle };
    out.push({
      ...mentionOf(text, start, start + words.length),
      kind: 'direct',
      speaker,
      cue: handle,
      confidence: confidenceOf(undefined, 'tweet', entity ? 'name' : 'description', 'direct'),
      sieve: { cue: 'tweet', speaker: 'tweet', via: entity ? 'name' : 'description' },
    });
  }
  return out;
}

/** The one person or organization whose full name, else surname (four letters or more), the handle spells. */
function entityOfHandle(handle: string, entities: readonly Entity[]): Entity | undefined {
  const h = fold(handle);
  const speakers = entities.filter((e) => e.type === 'person' || e.type === 'organization');
  // A one-word name must fill most of the handle (`@JohnKasich` is not a `John`).
  const spells = (n: string) => fold(n).length >= 4 && h.includes(fold(n)) && (/\s/.test(n.trim()) || fold(n).length * 2 >= h.length);
  const full = speakers.filter((e) => [e.name, ...e.aliases].some(spells));
  if (full.length) return full.length === 1 ? full[0] : undefined;
  const bySurname = speakers.filter((e) => e.type === 'person' && /\s/.test(e.name) && fold(e.name.split(/\s+/).pop()!).length >= 4 && h.includes(fold(e.name.split(/\s+/).pop()!)));
  return bySurname.length === 1 ? bySurname[0] : undefined;
}

/** Letters only, lower case, accents and apostrophes gone (`Kofi O’Brien` → `kofiobrien`). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}
