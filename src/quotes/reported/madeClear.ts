import type { Word } from '../../document.js';
import { clauseSubject, sentenceBounds } from '../../grammar/clauses.js';
import { clauseContent, findThat, isWord, reportingForm, skipListener } from '../../grammar/reports.js';
import type { Found } from './finder.js';

/**
 * `Ruiz made it clear to the union that she would not resign`, `the mayor will make the case
 * to voters that Mensah is qualified`: phrases of saying built on `make`. What was said is
 * the `that` clause; who said it, the subject of `make`.
 */
export function madeClear(words: readonly Word[], v: number): Found | undefined {
  if (!/^(?:make|makes|made|making)$/i.test(words[v]!.text)) return undefined;
  const phrase = isWord(words[v + 1], /^it$/i) && isWord(words[v + 2], /^(?:clear|plain|known)$/i) ? 2 : isWord(words[v + 1], /^the$/i) && isWord(words[v + 2], /^case$/i) ? 2 : 0;
  if (!phrase) return undefined;
  const { start, end } = sentenceBounds(words, v);
  const subjectEnd = reportingForm(words, v);
  if (subjectEnd < 0) return undefined;
  const subject = clauseSubject(words, subjectEnd, start);
  if (!subject) return undefined;
  // `to House Democrats on Wednesday`, `for his candidate`: the listener and what the case is for.
  let k = v + phrase + 1;
  if (isWord(words[k], /^(?:to|for)$/i)) k = skipListener(words, k + 1, end);
  const that = findThat(words, k, end);
  if (that < 0) return undefined;
  const content = clauseContent(words, that + 1, end);
  return content && { cue: { from: v, to: v + phrase }, speaker: subject, content };
}
