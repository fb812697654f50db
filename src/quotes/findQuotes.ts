import type { Entity, Quote } from '../types.js';
import type { QuotedSpan } from '../document.js';
import { mentionOf, offsetInside, overlaps, type Span } from '../span.js';
import type { Word } from '../document.js';
import { isSpeech } from './speech.js';
import { interviewAnswers } from './interview.js';
import { embeddedTweets } from './tweets.js';
import { findReportedSpeech, type ReportedSpeech } from './reported/index.js';
import { findCue, type MarkedQuote } from '../attribute/cueFinders.js';
import { attribute, withPreviousSubject, type Candidate, type PassContext } from '../attribute/speakerPasses.js';
import type { MentionIndex } from '../resolve/mentions.js';
import type { SpeakerScope } from '../attribute/speakers.js';

/** A quote with the names of the cue finder and the speaker pass that decided it (internal: tests read them; the result does not carry them). */
export interface TracedQuote extends Quote {
  /** The cue finder, the speaker pass, and how that pass named the speaker (`name`, `pronoun`, … or `unresolved`). */
  sieve: { cue?: string; speaker?: string; via?: string };
}

/**
 * Find every quotation and who said it. Quote marks are paired on the raw text (wink-nlp's
 * sentences can split inside a quote); a cue is looked for by the cue finders in order
 * (`attribute/cueFinders.ts`); speech is told from names and scare quotes by evidence; the
 * speaker passes (`attribute/speakerPasses.ts`) attribute it. Then reported speech without
 * marks (`reported.ts`) goes through the same speaker passes.
 */
export function findQuotes(text: string, paragraphs: readonly Span[], words: readonly Word[], entities: readonly Entity[], mentions: MentionIndex, quotedSpans: readonly QuotedSpan[]): TracedQuote[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const inQuote = insideSpeech(text, quotedSpans);
  const quotes: TracedQuote[] = [];
  let previous: SpeakerScope['previous'];
  let lastQuote: PassContext['lastQuote'];

  for (const q of quotedSpans) {
    const marked = markedQuote(text, words, q, mentions.wordAt);
    const found = findCue(marked);
    const cue = found?.cue;
    const followsQuote = lastQuote?.speaker != null && q.firstParagraph - lastQuote.q.lastParagraph <= 1;
    if (!isSpeech(text, q, { cued: cue !== undefined, fragment: cue?.embedded === true, followsQuote })) continue;

    const { openWord } = marked;
    const fragment = !cue && /^[\p{Ll}]/u.test(text.slice(q.start, q.start + 1)) && openWord > 0 && !words[openWord]!.sentenceStart && words[openWord - 1]!.paragraph === words[openWord]?.paragraph;
    const candidate: Candidate = { open: q.open, openWord, firstParagraph: q.firstParagraph, quoted: q, fragment, ...(found ? { finder: found.finder } : {}), ...(cue ? { cue: { from: cue.from, to: cue.to, prefer: cue.prefer, embedded: cue.embedded } } : {}) };
    const scope = withPreviousSubject({ text, words, mentions, entities: byId, inQuote, ...(previous ? { previous } : {}) }, paragraphs);
    const attributed = attribute(candidate, { scope, paragraphs, ...(lastQuote ? { lastQuote } : {}) });
    const speaker = attributed?.speaker ?? null;
    quotes.push({
      ...mentionOf(text, q.start, q.end),
      kind: cue?.embedded || fragment ? 'mixed' : 'direct',
      speaker,
      cue: cue ? mentionOf(text, words[cue.cue]!.start, words[cue.cue]!.end) : null,
      confidence: attributed?.confidence ?? 0,
      ...(attributed && !attributed.speaker ? { unresolvedSpeaker: attributed.unresolved } : {}),
      sieve: { ...(found ? { cue: found.finder } : {}), ...(attributed ? { speaker: attributed.pass, via: attributed.speaker ? attributed.via : 'unresolved' } : {}) },
    });
    lastQuote = { q, speaker, confidence: attributed?.confidence ?? 0 };
    if (speaker) {
      const entity = speaker.entityId ? byId.get(speaker.entityId) : undefined;
      previous = { speaker, ...(entity ? { entity } : {}), paragraph: q.lastParagraph };
    }
  }
  const merged = new Map<TracedQuote, TracedQuote | null>();
  const reported = reportedQuotes(words, quotes, { scope: withPreviousSubject({ text, words, mentions, entities: byId, inQuote }, paragraphs), paragraphs }, merged);
  const marked = quotes.flatMap((q) => (merged.has(q) ? (merged.get(q) ? [merged.get(q)!] : []) : [q]));
  return [...marked, ...reported, ...interviewAnswers(text, paragraphs, entities), ...embeddedTweets(text, entities)].flatMap((q) => outsideItsText(q) ?? []).sort((a, b) => a.start - b.start);
}

/**
 * Is an offset inside quoted words of four or more words? Shorter quoted runs are names, titles
 * and scare quotes, whose people can still be talked about outside them.
 */
function insideSpeech(text: string, quotedSpans: readonly QuotedSpan[]): (offset: number) => boolean {
  const spans: QuotedSpan[] = [];
  // Outermost spans only (a quote inside a quote lies within it), so the search below sees no overlap.
  for (const q of [...quotedSpans].sort((a, b) => a.start - b.start)) {
    if (text.slice(q.start, q.end).trim().split(/\s+/).length < 4) continue;
    if (spans.length && q.start < spans[spans.length - 1]!.end) continue;
    spans.push(q);
  }
  return offsetInside(spans);
}

/**
 * A quote's cue and speaker are never words of the quote itself. If they are, its bounds are
 * wrong: a reported clause is dropped; a quote with marks keeps its words, without an attribution.
 */
function outsideItsText(q: TracedQuote): TracedQuote | undefined {
  const inside = (m: Span | null | undefined) => !!m && overlaps(m, q);
  if (!inside(q.cue) && !inside(q.speaker?.mention) && !inside(q.unresolvedSpeaker)) return q;
  if (q.kind === 'indirect') return undefined;
  const { unresolvedSpeaker: _u, ...rest } = q;
  return { ...rest, speaker: null, cue: null, confidence: 0, sieve: {} };
}

function markedQuote(text: string, words: readonly Word[], q: QuotedSpan, wordAt: (offset: number) => number): MarkedQuote {
  const inside = q.close >= 0 ? text.slice(q.start, q.end) : '';
  // `“… pen.” And he added`: a quote ending its sentence, followed by a capital, is not attributed after.
  // But `“… we won.” Mensah said.`: a sentence that is nothing but a speaker and a verb of saying attributes the quote.
  const after = text.slice(q.close + 1, q.close + 80);
  const closesSentence = /[.…]\s*$/.test(inside) && /^\s*\p{Lu}/u.test(after.slice(0, 3)) && !/^\s*(?:said|says|asked|added|wrote|told)\b/.test(after.slice(0, 11)) && !BARE_ATTRIBUTION.test(after);
  return { text, words, q, openWord: wordAt(q.start), afterWord: wordAt(q.close >= 0 ? q.close + 1 : q.end), closesSentence };
}

/**
 * A reported clause that runs into a quote with marks (`said that was a natural part of it —
 * no different from calling it “voodoo economics”`; `q`, the first quote the clause overlaps)
 * keeps its words before the quote's opening mark, when three or more; one that starts inside
 * a quote is no reported speech.
 */
function beforeQuote(words: readonly Word[], r: ReportedSpeech, q: Quote | undefined): ReportedSpeech | undefined {
  if (!q) return r;
  const start = words[r.content.from]!.start;
  let to = r.content.to;
  while (to >= r.content.from && words[to]!.end > q.start - 1) to--;
  // The quote is a fragment of this very report (`told the Daily Times that the count was “far too early”`): one
  // mixed quote. Unless it is a second report joined to the first (`noted that X, and “…”`).
  const joined = /^(?:and|but)$/i.test(words[to]?.text === 'that' ? (words[to - 1]?.text ?? '') : (words[to]?.text ?? ''));
  if (q.start <= start + 1 || (!joined && q.cue && q.cue.start === words[r.cue.from]!.start)) return undefined;
  while (to >= r.content.from && /^(?:[,;:—–-]|--|and|or|but|as|that)$/i.test(words[to]!.text)) to--;
  let letters = 0;
  for (let k = r.content.from; k <= to; k++) if (/\p{L}/u.test(words[k]!.text)) letters++;
  return letters >= 3 ? { ...r, content: { from: r.content.from, to } } : undefined;
}

const BARE_ATTRIBUTION = /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:said|says|added|adds|wrote|writes|told|tells|asked|noted|notes|explained|continued|tweeted|declared|insisted|recalled|replied|responded|argued|warned)\s*\./u;

/** Quoted words this short, inside a reported clause, say little alone: the mixed quote is the whole clause. */
const MAX_FRAGMENT_WORDS = 3;

/**
 * `said he was only “leaning Cruz”`: short quoted fragments of this very report (`inside`, the
 * quotes with marks the clause overlaps) become one mixed quote spanning the clause, marks
 * included. Fills `merged` (the first fragment → the clause quote, the others → null) and says
 * whether it did.
 */
function mergeFragments(text: string, words: readonly Word[], r: ReportedSpeech, inside: readonly TracedQuote[], merged: Map<TracedQuote, TracedQuote | null>): boolean {
  const start = words[r.content.from]!.start;
  const end = words[r.content.to]!.end;
  const cueStart = words[r.cue.from]!.start;
  if (!inside.length || inside.some((x) => x.kind !== 'mixed' || x.cue?.start !== cueStart || x.start <= start + 1 || x.text.trim().split(/\s+/).length > MAX_FRAGMENT_WORDS || merged.has(x))) return false;
  // Through the last fragment's closing mark (and the comma or stop the writer set inside it).
  let to = inside[inside.length - 1]!.end;
  const close = /^[.,!?]?(?:''|[”»"’])/.exec(text.slice(to, to + 3));
  if (close) to += close[0].length;
  to = Math.max(to, end);
  const first = inside[0]!;
  merged.set(first, { ...first, ...mentionOf(text, start, to) });
  for (const x of inside.slice(1)) merged.set(x, null);
  return true;
}

/** Reported speech (no quote marks) with its speaker, where it does not overlap a quote with marks. */
function reportedQuotes(words: readonly Word[], marked: readonly TracedQuote[], ctx: PassContext, merged: Map<TracedQuote, TracedQuote | null>): TracedQuote[] {
  const { text } = ctx.scope;
  const out: TracedQuote[] = [];
  for (const found of findReportedSpeech(words)) {
    const clause = { start: words[found.content.from]!.start, end: words[found.content.to]!.end };
    const inside = marked.filter((x) => overlaps(x, clause));
    if (mergeFragments(text, words, found, inside, merged)) continue;
    const r = beforeQuote(words, found, inside[0]);
    if (!r) continue;
    const span = { start: words[r.content.from]!.start, end: words[r.content.to]!.end };
    // Quote marks right around the clause (`''Swaps are tricky,'' he said`): a quote whose marks
    // were not paired, not reported speech.
    if (/(?:[“«„"]|'')$/.test(text.slice(Math.max(0, span.start - 2), span.start)) || /^[.,!?]?(?:[”»"]|'')/.test(text.slice(span.end, span.end + 3))) continue;
    // A clause whose speaker the text does not name (`Asked whether …,`) is kept without one; a
    // speaker phrase that names no one drops the clause.
    const attributed = r.speaker && attribute({ open: words[r.speaker.from]!.start, openWord: r.content.from, firstParagraph: words[r.content.from]!.paragraph, fragment: false, finder: r.finder, cue: r.speaker }, ctx);
    if (r.speaker && !attributed) continue;
    const part = aroundAttribution(words, r);
    if (!part) continue;
    out.push({
      ...mentionOf(text, words[part.from]!.start, words[part.to]!.end),
      kind: 'indirect',
      speaker: attributed ? attributed.speaker : null,
      cue: mentionOf(text, words[r.cue.from]!.start, words[r.cue.to]!.end),
      confidence: attributed ? attributed.confidence : 0,
      ...(attributed && !attributed.speaker ? { unresolvedSpeaker: attributed.unresolved } : {}),
      sieve: { cue: r.finder, ...(attributed ? { speaker: attributed.pass, via: attributed.speaker ? attributed.via : 'unresolved' } : {}) },
    });
  }
  return out;
}

/**
 * The reported words without the attribution inside them: `The goal, he said, is a durable
 * cease-fire` gives the side with a verb (the longer, when both have one), `is a durable
 * cease-fire`. (The other side is left out: one
 * record per report, and a side of a few words — often the clause's subject — says little alone.)
 */
function aroundAttribution(words: readonly Word[], r: ReportedSpeech): { from: number; to: number } | undefined {
  const { from, to } = r.content;
  const inner = [r.cue, ...(r.speaker ? [r.speaker] : [])].filter((x) => x.from <= to && x.to >= from);
  if (inner.length === 0) return r.content;
  const a = Math.min(...inner.map((x) => x.from));
  const b = Math.max(...inner.map((x) => x.to));
  const parts: { from: number; to: number; size: number }[] = [];
  const trim = (x: number, y: number) => {
    while (x <= y && /^(?:[,;:—–-]|--|that)$/i.test(words[x]!.text)) x++;
    while (y >= x && /^(?:[,;:—–-]|--)$/.test(words[y]!.text)) y--;
    let letters = 0;
    let verb = false;
    for (let k = x; k <= y; k++) {
      if (/\p{L}/u.test(words[k]!.text)) letters++;
      if ((words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX') && !/ing$/i.test(words[k]!.text)) verb = true;
    }
    // The side with the clause's verb is what was said (`But the next day, according to X, Y made demands`).
    if (letters >= 3) parts.push({ from: x, to: y, size: letters + (verb ? 1000 : 0) });
  };
  trim(from, a - 1);
  trim(b + 1, to);
  // The first of the largest.
  const best = parts.reduce<(typeof parts)[number] | undefined>((m, p) => (!m || p.size > m.size ? p : m), undefined);
  return best && { from: best.from, to: best.to };
}

