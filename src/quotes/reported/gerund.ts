import type { Word } from '../../document.js';
import { sentenceBounds, mainClauseSubject, trimAuxiliaries } from '../../grammar/clauses.js';
import { WH, beforeComma, clauseContent, findThat, hasFiniteVerb, isFinite, isSayingVerb, isWord, skipAdverbials, skipListener, startsClause } from '../../grammar/reports.js';
import { INDIRECT_VERBS, LISTENER_VERBS } from '../../knowledge/words.js';
import type { Found } from './finder.js';

/**
 * `…, saying (that) CLAUSE`, `…, citing X`, `…, calling for X`, `…, explaining why …`: a
 * participle of saying after a comma, after an earlier one (`painting others as weak and
 * suggesting that …`) or after `while`/`before` (`, while saying that …`): the main clause's
 * subject said it. Right after a noun phrase (`farm voters saying they want …`), the
 * noun phrase said it.
 */
export function gerundClause(words: readonly Word[], v: number): Found | undefined {
  const verb = words[v]!;
  const lower = verb.text.toLowerCase();
  const clauseVerb = INDIRECT_VERBS.has(lower);
  // (wink-nlp may tag a participle after a comma as an adjective: `…,” promising to campaign`.)
  const participle = verb.pos === 'VERB' || (verb.pos === 'ADJ' && /^[,”"»]$/.test(words[v - 1]?.text ?? ''));
  // (`Kofi Mensah Saying We Need More Teachers`: a headline's capitals, not a participle.)
  if (!/ing$/i.test(lower) || !participle || (!clauseVerb && !GERUND_OBJECT.test(lower)) || (/^\p{Lu}/u.test(verb.text) && !verb.sentenceStart)) return undefined;
  const bounds = sentenceBounds(words, v);
  const { start } = bounds;
  let { end } = bounds;
  let before = v - 1;
  if (/ly$/i.test(words[before]?.text ?? '') && words[before]!.pos === 'ADV') before--;
  if (/^[”"»]$/.test(words[before]?.text ?? '') && words[before - 1]?.text === ',') before--;
  let speaker: Found['speaker'] | undefined;
  // `Noting that only one senator voted with them, Okafor added: …`, `After suggesting that …, Mr. Diallo …`:
  // a participle opening the sentence; what was said runs to its comma, the subject after it said it.
  if (v === start || (v === start + 1 && isWord(words[start], /^(?:after|while|before|since|upon|by)$/i))) {
    const comma = beforeComma(words, v, end) + 1;
    if (words[comma]?.text !== ',' || !clauseVerb) return undefined;
    let verbAt = comma + 1;
    while (verbAt <= end && verbAt - comma <= 10 && !isFinite(words, verbAt)) verbAt++;
    const subject = { from: comma + 1, to: trimAuxiliaries(words, comma + 1, verbAt - 1), prefer: 'first' as const };
    if (verbAt > end || subject.to < subject.from) return undefined;
    const that = findThat(words, v + 1, comma - 1);
    const from = that >= 0 ? that + 1 : skipAdverbials(words, v + 1, comma - 1);
    if (that < 0 && !startsClause(words, from, comma - 1)) return undefined;
    const opening = clauseContent(words, from, comma - 1);
    return opening && { cue: { from: v, to: v }, speaker: subject, content: opening };
  }
  const w = words[before];
  if (!w || before < start) return undefined;
  if (/^[,—–-]$/.test(w.text) || (/^(?:while|before|after|by)$/i.test(w.text) && before > start) || (/^(?:and|but)$/i.test(w.text) && earlierGerund(words, start, before))) {
    const main = mainClauseSubject(words, before);
    if (main && main.from >= start) speaker = { ...main, prefer: 'first' };
    // `…,” said Amina, suggesting that …`: the speaker of an inverted attribution.
    for (let k = before - 1; w.text === ',' && k > start && before - k <= 8; k--) {
      if (/^[,”"»]$/.test(words[k - 1]!.text) && isSayingVerb(words, k) && !/ing$/i.test(words[k]!.text)) {
        speaker = { from: k + 1, to: before - 1, prefer: 'first' };
        break;
      }
      if (/^[,.;:]$/.test(words[k]!.text) || isFinite(words, k)) break;
    }
    // `Sen. Amina Diallo, noting the size of the crowd, said …`: an appositive participle after the subject.
    if (!speaker && w.text === ',' && !hasFiniteVerb(words, start, before - 1) && before - start <= 10 && /^(?:\p{Lu}|the$|a$|an$)/iu.test(words[start]!.text)) {
      speaker = { from: start, to: before - 1, prefer: 'first' };
      end = beforeComma(words, v, end);
    }
  } else if (/^(?:saying|suggesting|arguing|insisting|warning|predicting|noting|asserting|contending|encouraging|urging)$/.test(verb.text) && (w.pos === 'NOUN' || w.pos === 'PROPN') && !/^(?:that|this|it)$/i.test(words[v + 1]?.text ?? '')) {
    // `58 percent of voters saying prices are rising`: a reduced relative.
    let a = before;
    while (a > start && before - a < 6 && (/^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(words[a - 1]!.pos) || /^of$/i.test(words[a - 1]!.text))) a--;
    speaker = { from: a, to: before, prefer: 'last' };
    // `Progressive groups encouraging X to run … are hailing …`: in the sentence's subject, what
    // they said ends before the sentence's own verb.
    if (a === start) for (let f = v + 2; f <= end; f++) if (isFinite(words, f) && !/^to$/i.test(words[f - 1]!.text)) {
      end = f - 1;
      break;
    }
  }
  if (!speaker) return undefined;
  let k = v + 1;
  if (LISTENER_VERBS.has(lower) || /^asking$/.test(lower)) k = skipListener(words, k, end);
  // `noting the size of the crowd`: a few clause verbs take an object too.
  const objectOnly = /^(?:recalling|explaining|asking|noting|acknowledging|highlighting|mentioning|stressing|emphasizing)$/.test(lower) && !isWord(words[k], /^(?:that|how|why|what|whether|if|when|where|who)$/i) && !startsClause(words, skipAdverbials(words, k, end), end);
  if (!clauseVerb || objectOnly) {
    // `…, citing X`, `…, calling for X`, `…, recalling a visit`, `…, asking him to probe …`: the object is what was said.
    if (/^calling$/.test(lower)) {
      if (!isWord(words[k], /^(?:for|on)$/i)) return undefined;
      k++;
    }
    if (!words[k] || k > end || /^[,.;:!?]$/.test(words[k]!.text) || /^(?:it|them|him|her|me|us|you|this|so|up|out|off|back|in|on|by|as|of|with|about|at|from|and|or)$/i.test(words[k]!.text) && !/^asking$/.test(lower)) return undefined;
    const object = clauseContent(words, k, end);
    return object && { cue: { from: v, to: k - 1 }, speaker, content: object };
  }
  if (isWord(words[k], WH) && !/^(?:if|when|where)$/i.test(words[k]!.text)) {
    const question = clauseContent(words, k, end);
    return question && { cue: { from: v, to: v }, speaker, content: question };
  }
  const that = findThat(words, k, end);
  // `announcing on Wednesday he would meet …`.
  const from = that >= 0 ? that + 1 : skipAdverbials(words, k, end);
  if (that < 0 && !startsClause(words, from, end)) {
    // `…, promising to campaign across the country`: a commitment.
    if (/^(?:promising|vowing|pledging|threatening)$/.test(lower) && isWord(words[k], /^to$/i) && words[k + 1]?.pos === 'VERB') {
      const commitment = clauseContent(words, k, end);
      return commitment && { cue: { from: v, to: v }, speaker, content: commitment };
    }
    // `…, promising quick growth in return`: no clause, but the object is what was promised.
    if (!GERUND_OBJECT.test(lower) || !/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(words[k]?.pos ?? '')) return undefined;
    const object = clauseContent(words, k, end);
    return object && { cue: { from: v, to: v }, speaker, content: object };
  }
  const content = clauseContent(words, from, end);
  return content && { cue: { from: v, to: v }, speaker, content };
}

// Participles whose object is what was said (`…, citing a poll`, `…, calling for a ban`).
const GERUND_OBJECT = /^(?:citing|calling|urging|encouraging|accusing|describing|criticizing|criticising|blaming|promising|vowing|touting|demanding|revealing|predicting|recommending|announcing|recalling|explaining|asking)$/;

/** A participle of saying after a comma earlier in the sentence, within 30 words (`, calling rivals weak and …`). */
function earlierGerund(words: readonly Word[], start: number, k: number): boolean {
  for (let i = k - 1; i > start && k - i <= 30; i--) if (/^\p{Ll}+ing$/u.test(words[i]!.text) && words[i - 1]!.text === ',') return true;
  return false;
}
