import type { QuoteSpeaker } from '../types.js';
import type { Span } from '../span.js';
import type { QuotedSpan } from '../document.js';
import { endsSentence, mainClauseSubject, trimAuxiliaries } from '../grammar/clauses.js';
import { isReportingVerb } from '../grammar/reports.js';
import { resolvePhrase, type Resolved, type SpeakerScope, type Unresolved } from './speakers.js';
import { confidenceOf } from './confidence.js';

/** A quote (with marks) or a reported clause (without), as the speaker passes see it. */
export interface Candidate {
  /** Offset where its words begin (the opening mark for a marked quote). */
  open: number;
  /** First word of its words. */
  openWord: number;
  /** Paragraph its words begin in. */
  firstParagraph: number;
  /** The marked quote, for a direct or mixed quote; absent for reported speech. */
  quoted?: QuotedSpan;
  /** The words its cue points at as the speaker, when a cue was found. */
  cue?: { from: number; to: number; prefer: 'first' | 'last'; embedded?: boolean };
  /** A quoted fragment mid-sentence with no reporting verb in reach (`the rival “would say anything”`). */
  fragment: boolean;
  /** The cue finder (or reported-speech finder) that found the cue. */
  finder?: string;
}

export interface PassContext {
  scope: SpeakerScope;
  paragraphs: readonly Span[];
  /** The previous marked quote and its speaker. */
  lastQuote?: { q: QuotedSpan; speaker: QuoteSpeaker | null; confidence: number };
}

/** A speaker pass: one way of telling who said a candidate. */
export interface SpeakerPass {
  name: string;
  resolve(c: Candidate, ctx: PassContext): Resolved | Unresolved | undefined;
}

/**
 * The speaker passes, in order; each only sees candidates no pass before it resolved. The
 * first three need a quote with marks and no cue; reported speech always has its cue. How sure
 * each makes us is not set here but measured (`confidence.ts`).
 */
export const SPEAKER_PASSES: readonly SpeakerPass[] = [
  // `“We will strike,” Mensah said.` / `he added` / `the minister said` / `The minister said the talks had failed.`
  {
    name: 'cue',
    resolve: (c, ctx) => (c.cue ? resolvePhrase(ctx.scope, c.cue.from, c.cue.to, c.cue.prefer, c.open) : undefined),
  },
  // `Mensah’s case was that the rival “would say anything”`: the subject of the sentence the fragment is in.
  {
    name: 'sentence-subject',
    resolve: (c, ctx) => {
      if (c.cue || !c.fragment) return undefined;
      const subject = mainClauseSubject(ctx.scope.words, c.openWord - 1);
      return subject && resolvePhrase(ctx.scope, subject.from, subject.to, 'first', c.open);
    },
  },
  // `“…,” Mensah said. (next paragraph) “We will not stop.”`: an uncued quote continues the previous speaker.
  {
    name: 'carry-over',
    resolve: (c, ctx) => {
      const last = ctx.lastQuote;
      if (c.cue || !c.quoted || !last?.speaker || c.quoted.firstParagraph - last.q.lastParagraph > 1) return undefined;
      if (!startsParagraphOrFollows(ctx.scope.text, c.quoted, last.q, ctx.paragraphs)) return undefined;
      // The words that name this speaker are the ones that named the previous quote's.
      return { via: last.speaker.entityId ? 'name' : 'description', speaker: { ...last.speaker }, given: last.confidence };
    },
  },
  // `The publication also showed that the regime is fearful. “…”`: the subject of a reporting verb in the sentence before.
  {
    name: 'previous-sentence',
    resolve: (c, ctx) => (c.cue || !c.quoted ? undefined : previousSentenceSpeaker(ctx.scope, c.openWord, ctx.paragraphs[c.firstParagraph]!)),
  },
];

/** What the sieve decided for one candidate. */
export type Attribution =
  | { speaker: QuoteSpeaker; pass: string; via: Resolved['via']; confidence: number }
  | { speaker: null; pass: string; unresolved: Unresolved['unresolved']; confidence: 0 };

/**
 * The first pass that resolves the candidate: its speaker, the pass's name and how sure that
 * is. Words that point at a speaker who cannot be resolved (`he` with no one who agrees) stop
 * the sieve: no speaker, rather than a guess.
 */
export function attribute(c: Candidate, ctx: PassContext): Attribution | undefined {
  for (const pass of SPEAKER_PASSES) {
    const r = pass.resolve(c, ctx);
    if (!r) continue;
    if ('unresolved' in r) return { speaker: null, pass: pass.name, unresolved: r.unresolved, confidence: 0 };
    const own = confidenceOf(pass.name === 'cue' ? c.finder : undefined, pass.name, r.via, c.quoted ? (c.fragment || c.cue?.embedded ? 'mixed' : 'direct') : 'indirect');
    return { speaker: r.speaker, pass: pass.name, via: r.via, confidence: r.given === undefined ? own : Math.floor(own * r.given * 100) / 100 };
  }
  return undefined;
}

/** Let pronouns reach the subject of the previous reporting sentence (one sentence deep). */
export function withPreviousSubject(scope: SpeakerScope, paragraphs: readonly Span[]): SpeakerScope {
  return { ...scope, previousSubject: (w) => previousSentenceSpeaker(scope, scope.mentions.wordAt(w.start), paragraphs[w.paragraph]!) };
}

function startsParagraphOrFollows(text: string, q: QuotedSpan, prev: QuotedSpan, paragraphs: readonly Span[]): boolean {
  if (q.firstParagraph === prev.lastParagraph) return true;
  return q.open === paragraphs[q.firstParagraph]!.start || text.slice(paragraphs[q.firstParagraph]!.start, q.open).trim() === '';
}

/** `The publication also showed that …. “…”`: the speaker is the subject of the previous sentence's reporting verb. */
function previousSentenceSpeaker(scope: SpeakerScope, openWord: number, paragraph: Span): Resolved | undefined {
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
      const r = resolvePhrase(scope, s, trimAuxiliaries(words, s, v - 1), 'first', words[s]!.start);
      return r && !('unresolved' in r) ? r : undefined;
    }
  }
  return undefined;
}
