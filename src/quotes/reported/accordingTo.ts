import type { Word } from '../../document.js';
import { sentenceBounds, skipFraming } from '../../grammar/clauses.js';
import { MIN_CONTENT_WORDS, clauseContent, hasFiniteVerb, hasSayingVerb, isWord, untilReporterResumes } from '../../grammar/reports.js';
import type { Found } from './finder.js';

/** `according to X, CLAUSE`: at a sentence start, the source runs to the comma. */
export function accordingToBefore(words: readonly Word[], i: number): Found | undefined {
  const w = words[i]!;
  if (!/^according$/i.test(w.text) || !isWord(words[i + 1], /^to$/i)) return undefined;
  // At a sentence start, after a colon or a closing quote, or after a conjunction opening the sentence (`But, according to …`).
  let p = i - 1;
  if (words[p]?.text === ',') p--;
  const opens = w.sentenceStart || /^[:”"»]$/.test(words[i - 1]?.text ?? '') || (isWord(words[p], /^(?:but|and|so|yet|still|now)$/i) && (words[p]!.sentenceStart || p === 0));
  if (!opens) return undefined;
  const { end } = sentenceBounds(words, i);
  let comma = i + 2;
  while (comma <= end && words[comma]!.text !== ',' && !/^[.!?;:]$/.test(words[comma]!.text) && comma - i < 25) comma++;
  if (words[comma]?.text !== ',' || comma === i + 2) return undefined;
  const content = clauseContent(words, comma + 1, end);
  return content && { cue: { from: i, to: i + 1 }, speaker: { from: i + 2, to: comma - 1, prefer: 'first' }, content };
}

/** `CLAUSE, according to X.`: the clause is the sentence before the comma. */
export function accordingToAfter(words: readonly Word[], i: number): Found | undefined {
  if (!/^according$/i.test(words[i]!.text) || !isWord(words[i + 1], /^to$/i) || words[i]!.sentenceStart) return undefined;
  // `…, according to X` or, unpunctuated, `the ruling party leads by 40 seats according to a count`.
  const comma = words[i - 1]?.text === ',';
  if (!comma && !/\p{L}/u.test(words[i - 1]?.text ?? '')) return undefined;
  const bounds = sentenceBounds(words, i);
  const { end } = bounds;
  if (i + 2 > end) return undefined;
  // `The levy has not hurt trade: the port handled record tonnage …, according to X.`: the clause after the colon;
  // `Entering the final round, the ruling party leads …`: not the framing phrase.
  let start = skipFraming(words, bounds.start, i);
  for (let k = i - 1; k > start; k--) if (words[k]!.text === ':') start = k + 1;
  let to = i + 2;
  while (to < end && !/^[,;:()]$/.test(words[to + 1]!.text) && to - i < 14) to++;
  while (to > i + 2 && /^[.!?…]$/.test(words[to]!.text)) to--;
  // `That is bad, according to X, because …`: an attribution inside the sentence reports all of it.
  if (comma && words[to + 1]?.text === ',' && end - to > MIN_CONTENT_WORDS + 1) {
    const all = clauseContent(words, start, end, false);
    const whole = all && untilReporterResumes(words, all, to + 2);
    return whole && hasFiniteVerb(words, whole.from, whole.to) ? { cue: { from: i, to: i + 1 }, speaker: { from: i + 2, to, prefer: 'first' }, content: whole } : undefined;
  }
  const content = clauseContent(words, start, i - (comma ? 2 : 1), false);
  // `X said …, according to the paper`: the paper reports X's report, which the verb's finder takes.
  if (!content || hasSayingVerb(words, content.from, content.to)) return undefined;
  return { cue: { from: i, to: i + 1 }, speaker: { from: i + 2, to, prefer: 'first' }, content };
}
