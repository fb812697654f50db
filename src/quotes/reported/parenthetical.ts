import type { Word } from '../../document.js';
import { sentenceBounds, trimAuxiliaries } from '../../grammar/clauses.js';
import { QUOTE_MARK, clauseContent, hasFiniteVerb, isFinite, isSayingVerb, isWord, pastListener, skipAdverbials, untilReporterResumes } from '../../grammar/reports.js';
import { TIME_WORDS } from '../../knowledge/words.js';
import type { Found } from './finder.js';

/** `The goal, he said, is …`: an attribution between commas inside the sentence; the clause is the whole sentence around it. */
export function parenthetical(words: readonly Word[], i: number): Found | undefined {
  if (words[i]!.text !== ',') return undefined;
  const { start, end } = sentenceBounds(words, i);
  if (i - start < 1) return undefined;
  if (isWord(words[i + 1], /^(?:and|but|or|so|yet|which|who|that)$/i)) return undefined;
  // `, he said,` / `, a spokeswoman, Amina Diallo, said on Saturday,` / `, said Diallo and others,`.
  let v = -1;
  let commas = 0;
  for (let k = i + 1; k <= end && k - i <= 10; k++) {
    if (QUOTE_MARK.test(words[k]!.text) || /^[;:]$/.test(words[k]!.text) || (words[k]!.text === ',' && ++commas > 2)) break;
    if (isSayingVerb(words, k) && !/ing$/i.test(words[k]!.text)) {
      v = k;
      break;
    }
    if (isFinite(words, k) && !/^\p{Lu}/u.test(words[k]!.text)) break;
  }
  if (v < 0) return undefined;
  const inverted = v === i + 1;
  // Inverted (`, said Diallo and others,`) only with the verbs that invert, and a name or description after them
  // (not `, denied the report,`, `, announced Friday,`, `, said on radio,`).
  if (inverted && (!/^(?:said|says|say|added|adds|wrote|writes|noted|notes|explained|argued|recalled|continued|insisted)$/i.test(words[v]!.text) || !/^(?:PROPN|DET|NOUN|ADJ|NUM)$/.test(words[v + 1]?.pos ?? '') || TIME_WORDS.has(words[v + 1]!.text.toLowerCase()))) return undefined;
  // (`The answer, the adviser told them, was simple.`: the listener too.)
  let close = inverted ? v + 1 : skipAdverbials(words, pastListener(words, v, end), end);
  if (inverted) while (close <= end && close - v <= 8 && words[close]!.text !== ',' && !isFinite(words, close)) close++;
  if (words[close]?.text !== ',' || close >= end || (inverted && close === v + 1)) return undefined;
  const speaker = inverted ? { from: v + 1, to: close - 1, prefer: 'first' as const } : { from: i + 1, to: trimAuxiliaries(words, i + 1, v - 1), prefer: 'last' as const };
  if (speaker.to < speaker.from) return undefined;
  const whole = clauseContent(words, start, end, false);
  const content = whole && untilReporterResumes(words, whole, close + 1);
  if (!content || !(hasFiniteVerb(words, close + 1, content.to) || hasFiniteVerb(words, start, i - 1))) return undefined;
  return { cue: { from: v, to: v }, speaker, content };
}
