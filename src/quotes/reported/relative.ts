import type { Word } from '../../document.js';
import { sentenceBounds, trimAuxiliaries } from '../../grammar/clauses.js';
import { beforeComma, clauseContent, isFinite, isSayingVerb, isWord, reportingForm, skipAdverbials, skipAuxiliaries } from '../../grammar/reports.js';
import type { Found } from './finder.js';

/**
 * `which officials said will take effect`, `that many farmers say is ruinous`, `what
 * he calls corruption in politics`, `a decision they say allowed …`: a relative clause whose
 * subject reported it. The clause runs from the relative word (or the noun a pronoun subject
 * follows) to its comma or the sentence end.
 */
export function relativeClause(words: readonly Word[], i: number): Found | undefined {
  const w = words[i]!;
  const relative = /^(?:which|that|what|who|whom)$/i.test(w.text);
  // `a decision they say allowed …`: no relative word, a pronoun subject right after the noun.
  const bare = !relative && w.pos === 'NOUN' && isWord(words[i + 1], /^(?:he|she|they|we)$/i);
  if (!relative && !bare) return undefined;
  const { start, end } = sentenceBounds(words, i);
  // `calls` and `describes` name rather than report, which is what a relative clause does with them.
  const verbAt = (k: number) => isSayingVerb(words, k) || (/^(?:call|calls|called|describe|describes|described)$/.test(words[k]!.text) && !/^(?:DET|ADJ)$/.test(words[k - 1]!.pos));
  let v = i + 1;
  while (v <= end && v - i <= 5 && !verbAt(v)) {
    if (isFinite(words, v) || /^[,;:()“”"—–.]$/.test(words[v]!.text)) return undefined;
    v++;
  }
  if (v > end || v === i + 1 || !verbAt(v) || /ing$/i.test(words[v]!.text) || reportingForm(words, v) < 0) return undefined;
  const subject = { from: i + 1, to: trimAuxiliaries(words, i + 1, v - 1), prefer: 'last' as const };
  if (subject.to < subject.from || (bare && subject.to !== i + 1)) return undefined;
  // What follows the verb: the relative's own verb (`said will take`, `say is ruinous`), or for
  // verbs that name (`calls corruption`, `described as biased`, `claimed as its record`) a phrase.
  const k = skipAuxiliaries(words, skipAdverbials(words, v + 1, end), end);
  const names = /^(?:call|calls|called|describe|describes|described|claim|claims|claimed)$/i.test(words[v]!.text) && !bare;
  if (!(isFinite(words, k) || (names && k <= end && !/^[,.;:!?]$/.test(words[k]!.text) && !isWord(words[k], /^(?:for|on|that|it|him|her|them)$/i)))) return undefined;
  let from = i;
  if (bare) while (from > start && i - from < 4 && /^(?:NOUN|ADJ|DET|NUM)$/.test(words[from - 1]!.pos)) from--;
  const content = clauseContent(words, from, beforeComma(words, k, end));
  return content && { cue: { from: v, to: v }, speaker: subject, content };
}
