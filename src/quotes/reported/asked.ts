import type { Word } from '../../document.js';
import { sentenceBounds } from '../../grammar/clauses.js';
import { beforeComma, clauseContent, isWord } from '../../grammar/reports.js';
import type { Found } from './finder.js';

/**
 * `Asked whether he would run, Mensah said …`, `When asked by reporters what …`, `Asked to
 * respond, …`, `she was asked if …`: a question or request put to the main clause's subject,
 * from its wh-word (or `to`) to the comma. (`Asked about X` names a topic, not what was asked.) Its asker is the
 * `by` phrase, or no one named.
 */
export function askedQuestion(words: readonly Word[], i: number): Found | undefined {
  if (!/^asked$/i.test(words[i]!.text)) return undefined;
  const { start, end } = sentenceBounds(words, i);
  // `Asked …,` opening the sentence; `(, and) when asked …`; `she was asked if …`.
  // (`“We’ll see,” when asked whether …`: after a quote, too.)
  const opens = i === start || (isWord(words[i - 1], /^when$/i) && (i - 1 === start || words[i - 1]!.sentenceStart || /^(?:,|and|but|[”"»])$/i.test(words[i - 2]!.text)));
  if (!opens && !isWord(words[i - 1], /^(?:was|were|is|are|been|being)$/i)) return undefined;
  let k = i + 1;
  let speaker: Found['speaker'] = null;
  if (isWord(words[k], /^by$/i)) {
    let to = k + 1;
    while (to < end && to - k < 6 && !isWord(words[to + 1], /^(?:whether|if|what|why|how|who|about|to|on|in|during|at)$/i) && !/^[,;:.]$/.test(words[to + 1]!.text)) to++;
    speaker = { from: k + 1, to, prefer: 'first' };
    k = to + 1;
  }
  let q = k;
  while (q <= end && q - k < 8 && !isWord(words[q], /^(?:whether|if|what|why|how|who)$/i) && !(isWord(words[q], /^to$/i) && words[q + 1]?.pos === 'VERB')) {
    if (/^[,;:.“”"]$/.test(words[q]!.text)) return undefined;
    q++;
  }
  if (q > end || q - k >= 8) return undefined;
  const content = clauseContent(words, q, beforeComma(words, q, end));
  return content && { cue: { from: i, to: i }, speaker, content };
}
