import type { Entity, Mention } from '../types.js';
import type { Span } from '../span.js';
import { mentionOf } from '../span.js';
import { confidenceOf } from '../attribute/confidence.js';
import type { TracedQuote } from './findQuotes.js';

/** `Q: …` / `A: …`, `Q. …` / `A. …`, `QUESTION: …` / `ANSWER: …` opening a paragraph. */
const LABEL = /^[ \t]*(Q|A|QUESTION|ANSWER)([:.])[ \t]+(?=\S)/;

/** Fewer labelled answers than this is no interview (`A. Mensah said` opens a paragraph by chance). */
const MIN_ANSWERS = 2;

/**
 * A question-and-answer interview: each answer paragraph is the interviewee's own words, a direct
 * quote without quote marks, cued by its label. The interviewee is the person the introduction
 * (the text before the first question) names most often, the first named on a tie; with no one
 * named there, the answers have no speaker. Questions are the interviewer's and are not returned.
 * An article needs at least two questions and two answers with the same punctuation, most
 * questions asking something, to count.
 */
export function interviewAnswers(text: string, paragraphs: readonly Span[], entities: readonly Entity[]): TracedQuote[] {
  const labelled = paragraphs.flatMap((p) => {
    const m = LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 16)));
    return m ? [{ p, answer: /^A/.test(m[1]!), mark: m[2]!, label: m[0].trimEnd(), labelEnd: p.start + m[0].length }] : [];
  });
  const answers = labelled.filter((l) => l.answer);
  const questions = labelled.filter((l) => !l.answer);
  if (answers.length < MIN_ANSWERS || questions.length < MIN_ANSWERS || new Set(labelled.map((l) => l.mark)).size > 1) return [];
  // Most questions ask something (`Q. Li moved the motion.` is an initial, not a question).
  if (questions.filter((q) => text.slice(q.p.start, q.p.end).includes('?')).length * 2 < questions.length) return [];

  const introEnd = questions[0]!.p.start;
  const interviewee = mostNamedBefore(entities, introEnd);
  return answers.map(({ p, labelEnd, label }) => {
    const end = labelEnd + text.slice(labelEnd, p.end).trimEnd().length;
    const labelStart = p.start + text.slice(p.start, labelEnd).search(/\S/);
    const speaker = interviewee ? { entityId: interviewee.entity.id, kind: 'person' as const, name: interviewee.entity.name, mention: interviewee.mention } : null;
    return {
      ...mentionOf(text, labelEnd, end),
      kind: 'direct' as const,
      speaker,
      cue: mentionOf(text, labelStart, labelStart + label.length),
      confidence: speaker ? confidenceOf(undefined, 'interview', 'name', 'direct') : 0,
      sieve: speaker ? { cue: 'interview', speaker: 'interview', via: 'name' } : { cue: 'interview' },
    };
  });
}

/** The person with the most mentions before `offset`, and the last of those mentions. */
function mostNamedBefore(entities: readonly Entity[], offset: number): { entity: Entity; mention: Mention } | undefined {
  let best: { entity: Entity; count: number; first: number; last: Mention } | undefined;
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const before = e.mentions.filter((m) => m.end <= offset);
    if (!before.length) continue;
    const first = before[0]!.start;
    if (!best || before.length > best.count || (before.length === best.count && first < best.first)) best = { entity: e, count: before.length, first, last: before[before.length - 1]! };
  }
  return best && { entity: best.entity, mention: { text: best.last.text, start: best.last.start, end: best.last.end } };
}
