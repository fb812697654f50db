import type { Word } from '../../document.js';
import { sentenceBounds } from '../../grammar/clauses.js';
import { clauseContent, isWord, startsClause } from '../../grammar/reports.js';
import { INDIRECT_VERBS } from '../../knowledge/words.js';
import type { Found } from './finder.js';

/** `with X saying (that) CLAUSE`: the participle's own subject said it. */
export function withSaying(words: readonly Word[], i: number): Found | undefined {
  if (!/^with$/i.test(words[i]!.text)) return undefined;
  const { end } = sentenceBounds(words, i);
  let v = i + 2;
  while (v <= end && v - i <= 8 && !(/ing$/i.test(words[v]!.text) && INDIRECT_VERBS.has(words[v]!.text.toLowerCase()))) {
    if (/^[,;:()“”"—–]$/.test(words[v]!.text) || words[v]!.pos === 'VERB' || words[v]!.pos === 'AUX') return undefined;
    v++;
  }
  if (v > end || v - i > 8) return undefined;
  const that = isWord(words[v + 1], /^that$/i) ? v + 1 : -1;
  const from = that >= 0 ? that + 1 : v + 1;
  if (that < 0 && !startsClause(words, from, end)) return undefined;
  const content = clauseContent(words, from, end);
  return content && { cue: { from: v, to: v }, speaker: { from: i + 1, to: v - 1, prefer: 'first' }, content };
}
