import type { Quote } from '../types.js';
import { mentionOf, overlaps } from '../span.js';
import type { Word } from '../recognize/words.js';
import { isReportingVerb, trimAuxiliaries } from '../attribute/cues.js';
import { resolvePhrase, type SpeakerScope } from '../attribute/speakers.js';

const SUBJECT_START = /^(?:the|a|an|he|she|it|they|we|i)$/i;

/**
 * Indirect speech: `X said that …` / `X warned (that) …` with no quote marks. The content
 * is the clause after `that` up to the end of the sentence; the speaker is the named subject,
 * a pronoun, or a description.
 */
export function findIndirect(words: readonly Word[], direct: readonly Quote[], scope: SpeakerScope): Quote[] {
  const { text } = scope;
  const out: Quote[] = [];
  for (let v = 1; v < words.length - 2; v++) {
    const verb = words[v]!;
    if (!isReportingVerb(verb, words[v + 1])) continue;
    if (words[v + 1]!.text.toLowerCase() !== 'that') continue;
    // `It has been reported that …`: an impersonal passive names no speaker.
    if (/^(?:been|be|is|was|are|were|being)$/i.test(words[v - 1]!.text)) continue;
    // Subject: from the sentence start (or last comma-free stretch) to the verb.
    let s = v - 1;
    while (s > 0 && !words[s]!.sentenceStart && !/^[,;:“”"]$/.test(words[s - 1]!.text) && v - s < 12) s--;
    if (/^[,;:“”"]$/.test(words[s]!.text)) s++;
    const to = trimAuxiliaries(words, s, v - 1);
    if (to < s || !/^\p{L}/u.test(words[s]!.text)) continue;
    // Content: after `that` to the sentence end.
    const from = v + 2;
    let e = from;
    while (e < words.length && words[e]!.sentence === words[from]?.sentence && words[e]!.paragraph === verb.paragraph) e++;
    let last = e - 1;
    while (last > from && /^[.!?;:,…]$/.test(words[last]!.text)) last--;
    if (last - from < 2) continue;
    const span = { start: words[from]!.start, end: words[last]!.end };
    if (direct.some((q) => overlaps(q, span))) continue;
    const resolved = resolvePhrase(scope, s, to, 'last', words[s]!.start);
    if (!resolved) continue;
    if (resolved.via === 'description' && !SUBJECT_START.test(words[s]!.text)) continue;
    out.push({
      ...mentionOf(text, span.start, span.end),
      kind: 'indirect',
      speaker: resolved.speaker,
      cue: mentionOf(text, verb.start, verb.end),
      confidence: resolved.via === 'name' ? 0.8 : 0.6,
    });
    v = last;
  }
  return out;
}
