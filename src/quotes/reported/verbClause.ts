import type { Word } from '../../document.js';
import { sentenceBounds, clauseSubject, trimAuxiliaries } from '../../grammar/clauses.js';
import { WH, beforeComma, clauseContent, findThat, hasFiniteVerb, isFinite, isSayingVerb, isWord, reportingForm, skipAdverbials, skipAside, skipListener, startsClause, subordinateEnd } from '../../grammar/reports.js';
import { LISTENER_VERBS } from '../../knowledge/words.js';
import type { Found } from './finder.js';

/**
 * `X said (that) CLAUSE`, `X told Y (that) CLAUSE`, `X has said …`, `X said on Monday that …`:
 * a verb of saying with a subject before it and a clause after it.
 */
export function verbClause(words: readonly Word[], v: number): Found | undefined {
  const verb = words[v]!;
  if (!isSayingVerb(words, v)) return undefined;
  const subjectEnd = reportingForm(words, v);
  if (subjectEnd < 0) return undefined;
  const bounds = sentenceBounds(words, v);
  let end = bounds.end;
  const subject = clauseSubject(words, subjectEnd, bounds.start);
  if (!subject) return undefined;
  end = subordinateEnd(words, subject.from, bounds.start, v, end);
  const last = trimAuxiliaries(words, subject.from, v - 1);
  let speaker: Found['speaker'] = subject;
  if (/^(?:who|which|that)$/i.test(words[last]!.text)) {
    if (words[last - 1]?.text === ',') {
      // `Mensah, who said he would run, …`: the clause ends at the next comma.
      end = beforeComma(words, v, end);
    } else {
      // A restrictive relative: `… leads among voters who say the economy matters most.` ends
      // with its sentence when the main verb came before it; `Among those who said …, most …`
      // ends at the comma; `Those who said … split evenly`: where it ends is not marked. Skip it.
      if (!/^who$/i.test(words[last]!.text)) return undefined;
      if (hasFiniteVerb(words, bounds.start, last - 1)) end = bounds.end;
      else if (isWord(words[bounds.start], /^(?:among|of|for|with)$/i)) end = beforeComma(words, v, end);
      else return undefined;
      speaker = { from: last, to: last, prefer: 'first' };
    }
  }
  let k = v + 1;
  const listens = LISTENER_VERBS.has(verb.text.toLowerCase());
  // `told the mayor to step aside`, `urged him not to …`: a request; what was asked is the listener and the infinitive.
  if (listens) {
    const l = skipListener(words, k, end);
    const inf = isWord(words[l], /^not$/i) ? l + 1 : l;
    if (l > k && isWord(words[inf], /^to$/i) && words[inf + 1]?.pos === 'VERB') {
      const request = clauseContent(words, k, end);
      return request && { cue: { from: v, to: v }, speaker, content: request };
    }
  }
  if (/^point/i.test(verb.text)) {
    if (!isWord(words[k], /^out$/i)) return undefined;
    k++;
  }
  // `told reporters`, `told the Associated Press`, `warned supporters`: the listener.
  if (listens) k = skipListener(words, k, end);
  // `asked (the minister) whether …`, `explained how …`: an embedded question is the clause, from its wh-word.
  const asks = /^ask/i.test(verb.text);
  const listener = asks ? skipListener(words, k, end) : k;
  const wh = isWord(words[k], WH) ? k : asks && listener > k ? listener : -1;
  if (wh >= k && isWord(words[wh], WH) && (asks || !/^(?:if|when|where)$/i.test(words[wh]!.text)) && hasFiniteVerb(words, wh + 1, Math.min(end, wh + 12))) {
    const question = clauseContent(words, wh, end);
    return question && { cue: { from: v, to: v }, speaker, content: question };
  }
  // `asked the crowd to sit down`: a request; what was asked is the listener and the infinitive.
  if (asks) {
    // `The host asked Mensah about remarks he had made`: the topic of a question put by someone named.
    if (listener > k && isWord(words[listener], /^about$/i)) {
      const topic = clauseContent(words, listener, end);
      return topic && { cue: { from: v, to: v }, speaker, content: topic };
    }
    if (listener === k || !isWord(words[listener], /^to$/i) || words[listener + 1]?.pos !== 'VERB') return undefined;
    const request = clauseContent(words, k, end);
    return request && { cue: { from: v, to: v }, speaker, content: request };
  }
  k = skipAside(words, k, end);
  // `43 percent said the same of Mensah`, `say the opposite about Ruiz`: a poll's answer by comparison.
  if (/^(?:say|says|said)$/i.test(verb.text) && isWord(words[k], /^the$/i) && isWord(words[k + 1], /^(?:same|opposite|reverse)$/i) && isWord(words[k + 2], /^(?:of|about|for|regarding)$/i)) {
    const same = clauseContent(words, k, end);
    return same && { cue: { from: v, to: v }, speaker, content: same };
  }
  const that = findThat(words, k, end);
  // `said that was a normal part of …`: after `say` and `tell`, `that` followed by its verb is the clause's subject.
  let from = that >= 0 ? (isFinite(words, that + 1) && /^(?:say|says|said|tell|tells|told)$/i.test(verb.text) ? that : that + 1) : skipAdverbials(words, k, end);
  if (from > end) return undefined;
  if (that < 0 && isWord(words[from], /^that$/i)) from++;
  if (that < 0 && !startsClause(words, from, end)) return undefined;
  // `said that, if elected, he would …`: the aside belongs to the clause.
  if (words[from]?.text === ',') from++;
  const content = clauseContent(words, from, end);
  return content && { cue: { from: v, to: v }, speaker, content };
}
