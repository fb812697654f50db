import type { Entity, Quote, QuoteSpeaker } from '../types.js';
import type { Span } from '../span.js';
import { mentionOf } from '../span.js';
import type { Word } from '../recognize/words.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { isSpeech } from './speech.js';
import { cueAfter, cueBefore, cueDash, cueLater, isReportingVerb } from '../attribute/cues.js';
import { endsSentence, mainClauseSubject, trimAuxiliaries } from '../attribute/grammar.js';
import { indexMentions } from '../attribute/mentions.js';
import { resolvePhrase, type Resolved, type SpeakerScope } from '../attribute/speakers.js';
import { findReportedSpeech } from './reported.js';

const CONFIDENCE = { name: 0.95, description: 0.8, pronoun: 0.75, unresolved: 0.3, carry: 0.55, sentence: 0.5, subject: 0.45, none: 0 } as const;

/**
 * Find every quotation and who said it. Quote marks are paired on the raw text (wink-nlp's
 * sentences can split inside a quote); speech is told from names and scare quotes by evidence;
 * speakers are attributed by a sieve: explicit cue → pronoun or description → carry-over from
 * the previous quote → the subject of a reporting verb in the previous sentence → none.
 */
export function findQuotes(text: string, paragraphs: readonly Span[], words: readonly Word[], entities: readonly Entity[]): Quote[] {
  const mentions = indexMentions(words, entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const spans = findQuotedSpans(text, paragraphs);
  const quotes: Quote[] = [];
  let previous: SpeakerScope['previous'];
  let lastQuote: { q: QuotedSpan; speaker: QuoteSpeaker | null } | undefined;

  for (const q of spans) {
    const afterWord = mentions.wordAt(q.close >= 0 ? q.close + 1 : q.end);
    const openWord = mentions.wordAt(q.open + 1);
    // `“… pen.” And he added`: a quote ending its sentence, followed by a capital, is not attributed after.
    const inside = q.close >= 0 ? text.slice(q.start, q.close) : '';
    const closesSentence = /[.…]\s*$/.test(inside) && /^\s*\p{Lu}/u.test(text.slice(q.close + 1, q.close + 4)) && !/^\s*(?:said|says|asked|added|wrote|told)\b/.test(text.slice(q.close + 1, q.close + 12));
    const after = q.close >= 0 && !closesSentence ? cueAfter(words, afterWord, q.lastParagraph, /[,!?]\s*$/.test(inside)) : undefined;
    const before = cueBefore(words, openWord);
    // The cue right after the closing mark wins; a cue before the opening mark is next.
    const cue =
      (after && isAdjacent(text, q.close) ? after : (before ?? after)) ??
      (q.close >= 0 ? (cueDash(words, afterWord, q.lastParagraph) ?? (!closesSentence ? cueLater(words, afterWord, q.lastParagraph) : undefined)) : undefined);
    const followsQuote = lastQuote?.speaker != null && q.firstParagraph - lastQuote.q.lastParagraph <= 1;
    if (!isSpeech(text, q, { cued: cue !== undefined, fragment: cue?.embedded === true, followsQuote })) continue;

    const scope = withPreviousSubject({ text, words, mentions, ...(previous ? { previous } : {}) }, paragraphs);
    let resolved: Resolved | undefined;
    let confidence = 0;
    if (cue) {
      resolved = resolvePhrase(scope, cue.from, cue.to, cue.prefer, q.open);
      if (resolved) confidence = CONFIDENCE[resolved.via];
    }
    // A fragment inside a sentence with no reporting verb in reach (`Mensah’s case was that the
    // rival “would say anything”`): the sentence's subject said it.
    const uncuedFragment = !cue && /^[\p{Ll}]/u.test(text.slice(q.start, q.start + 1)) && openWord > 0 && !words[openWord]!.sentenceStart && words[openWord - 1]!.paragraph === words[openWord]?.paragraph;
    if (uncuedFragment) {
      const subject = mainClauseSubject(words, openWord - 1);
      if (subject) resolved = resolvePhrase(scope, subject.from, subject.to, 'first', q.open);
      if (resolved) confidence = CONFIDENCE.subject;
    }
    // Carry-over: an uncued quote continuing the previous speaker's paragraph or the next one.
    if (!resolved && !cue && lastQuote?.speaker && q.firstParagraph - lastQuote.q.lastParagraph <= 1 && startsParagraphOrFollows(text, q, lastQuote.q, paragraphs)) {
      // The words that name this speaker are the ones that named the previous quote's.
      resolved = { via: 'name', speaker: { ...lastQuote.speaker } };
      confidence = CONFIDENCE.carry;
    }
    // The subject of a reporting verb in the sentence just before, in the same paragraph.
    if (!resolved && !cue) {
      const r = previousSentenceSpeaker(scope, openWord, paragraphs[q.firstParagraph]!);
      if (r) {
        resolved = r;
        confidence = CONFIDENCE.sentence;
      }
    }
    const speaker = resolved?.speaker ?? null;
    const cueMention = cue ? mentionOf(text, words[cue.cue]!.start, words[cue.cue]!.end) : null;
    quotes.push({
      ...mentionOf(text, q.start, q.end),
      kind: cue?.embedded || uncuedFragment ? 'mixed' : 'direct',
      speaker,
      cue: cueMention,
      confidence: speaker ? confidence : 0,
    });
    lastQuote = { q, speaker };
    if (speaker) {
      const entity = speaker.entityId ? byId.get(speaker.entityId) : undefined;
      previous = { speaker, ...(entity ? { entity } : {}), paragraph: q.lastParagraph };
    }
  }
  const indirect = reportedQuotes(words, quotes, withPreviousSubject({ text, words, mentions }, paragraphs));
  return [...quotes, ...indirect].sort((a, b) => a.start - b.start);
}

// How sure an indirect quote's attribution is, by how its speaker was named.
const REPORTED_CONFIDENCE = { name: 0.85, description: 0.7, pronoun: 0.65, unresolved: 0.3 } as const;

/** Reported speech (no quote marks) with its speaker, where it does not overlap a quote with marks. */
function reportedQuotes(words: readonly Word[], marked: readonly Quote[], scope: SpeakerScope): Quote[] {
  const { text } = scope;
  const out: Quote[] = [];
  for (const r of findReportedSpeech(words)) {
    const span = { start: words[r.content.from]!.start, end: words[r.content.to]!.end };
    if (marked.some((q) => q.start < span.end && span.start < q.end)) continue;
    const resolved = resolvePhrase(scope, r.speaker.from, r.speaker.to, r.speaker.prefer, words[r.speaker.from]!.start);
    if (!resolved) continue;
    out.push({
      ...mentionOf(text, span.start, span.end),
      kind: 'indirect',
      speaker: resolved.speaker,
      cue: mentionOf(text, words[r.cue.from]!.start, words[r.cue.to]!.end),
      confidence: REPORTED_CONFIDENCE[resolved.via],
    });
  }
  return out;
}

/** Let pronouns reach the subject of the previous reporting sentence (one sentence deep). */
function withPreviousSubject(scope: SpeakerScope, paragraphs: readonly Span[]): SpeakerScope {
  return { ...scope, previousSubject: (w) => previousSentenceSpeaker(scope, scope.mentions.wordAt(w.start), paragraphs[w.paragraph]!) };
}

/** `”, X said` with at most a comma or dash and the speaker phrase between mark and verb. */
function isAdjacent(text: string, close: number): boolean {
  const gap = text.slice(close + 1, close + 4);
  return /^[\s,—–-]*\S/.test(gap) && !/^\s*[.!?]/.test(gap);
}

function startsParagraphOrFollows(text: string, q: QuotedSpan, prev: QuotedSpan, paragraphs: readonly Span[]): boolean {
  if (q.firstParagraph === prev.lastParagraph) return true;
  return q.open === paragraphs[q.firstParagraph]!.start || text.slice(paragraphs[q.firstParagraph]!.start, q.open).trim() === '';
}

/** `The publication also showed that …. “…”`: the speaker is the subject of the previous sentence's reporting verb. */
export function previousSentenceSpeaker(scope: SpeakerScope, openWord: number, paragraph: Span): Resolved | undefined {
  const { words } = scope;
  let k = openWord - 1;
  while (k >= 0 && !endsSentence(words, k, /^[.!?…]$/) && words[k]!.start >= paragraph.start) k--;
  const end = k;
  if (end < 1 || words[end]!.start < paragraph.start) return undefined;
  let s = end - 1;
  while (s > 0 && !words[s]!.sentenceStart && words[s - 1]!.start >= paragraph.start) s--;
  // `“…,” the senator said.`: the quote is not the subject; the words after it are.
  if (/^[“"«„]$/.test(words[s]!.text)) {
    let close = s + 1;
    while (close < end && !/^[”"»“]$/.test(words[close]!.text)) close++;
    if (close < end) s = close + 1;
    while (s < end && /^[,—–-]$/.test(words[s]!.text)) s++;
  }
  for (let v = s; v < end; v++) {
    if (isReportingVerb(words[v], words[v + 1]) || /^(?:shows|showed|shown)$/i.test(words[v]!.text)) {
      if (v === s) return undefined;
      return resolvePhrase(scope, s, trimAuxiliaries(words, s, v - 1), 'first', words[s]!.start);
    }
  }
  return undefined;
}
