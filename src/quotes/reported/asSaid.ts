import type { Word } from '../../document.js';
import { sentenceBounds, trimAuxiliaries } from '../../grammar/clauses.js';
import { clauseContent, hasFiniteVerb, isSayingVerb, isWord, skipAdverbials, skipListener } from '../../grammar/reports.js';
import { INDIRECT_VERBS, LISTENER_VERBS } from '../../knowledge/words.js';
import type { Found } from './finder.js';

/** `As X said, CLAUSE.` at a sentence start, or `CLAUSE, as X said.` at its end. */
export function asSaid(words: readonly Word[], i: number): Found | undefined {
  if (!/^as$/i.test(words[i]!.text)) return undefined;
  const { start, end } = sentenceBounds(words, i);
  let v = i + 1;
  // (`as Mensah points out,`: wink-nlp may tag the verb before its particle as a noun.)
  const particleVerb = (k: number) => INDIRECT_VERBS.has(words[k]!.text) && isWord(words[k + 1], /^(?:out|up)$/i) && words[k + 2]?.text === ',';
  while (v <= end && v - i <= 8 && !isSayingVerb(words, v) && !particleVerb(v) && !/^(?:put)$/i.test(words[v]!.text)) {
    if (/^[,;:.]$/.test(words[v]!.text)) return undefined;
    v++;
  }
  if (v > end || v - i > 8 || v === i + 1) return undefined;
  let after = v + 1;
  if (/^put$/i.test(words[v]!.text)) {
    if (!isWord(words[after], /^it$/i)) return undefined;
    after++;
  }
  // `as X points out, …`, `as X summed up, …`: the verb's particle.
  if (isWord(words[after], /^(?:out|up)$/i)) after++;
  // `As X told the Daily News, …`: the listener.
  if (LISTENER_VERBS.has(words[v]!.text.toLowerCase())) after = skipListener(words, after, end);
  after = skipAdverbials(words, after, end);
  const speaker = { from: i + 1, to: trimAuxiliaries(words, i + 1, v - 1), prefer: 'first' as const };
  // `…, given that, as the paper reported on Saturday, he has …`: after a comma, too.
  if ((i === start || /^[,(]$/.test(words[i - 1]?.text ?? '') || (i === start + 1 && isWord(words[start], /^(?:and|but|yet|so)$/i))) && words[after]?.text === ',') {
    const content = clauseContent(words, after + 1, end);
    return content && hasFiniteVerb(words, content.from, content.to) ? { cue: { from: v, to: after - 1 }, speaker, content } : undefined;
  }
  if (words[i - 1]?.text === ',' && (after > end || /^[.!?…]$/.test(words[after]!.text))) {
    const content = clauseContent(words, start, i - 2);
    return content && hasFiniteVerb(words, content.from, content.to) ? { cue: { from: v, to: after - 1 }, speaker, content } : undefined;
  }
  return undefined;
}
