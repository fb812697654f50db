import type { Word } from '../../document.js';
import { sentenceBounds, trimAuxiliaries } from '../../grammar/clauses.js';
import { MIN_CONTENT_WORDS, clauseContent, hasFiniteVerb, hasSayingVerb, isFinite, isSayingVerb, isWord, pastListener, skipAdverbials, startsClause } from '../../grammar/reports.js';
import type { Found } from './finder.js';

/** `CLAUSE, X said.` / `CLAUSE, said X.` at the end of a sentence: the clause is what comes before. */
export function clauseVerb(words: readonly Word[], i: number): Found | undefined {
  if (words[i]!.text !== ',') return undefined;
  // `The bid was spurned, and the rival then agreed …`: a coordinated clause; `…, where authorities reported …`: a relative one.
  if (isWord(words[i + 1], /^(?:and|but|or|so|yet|where|which|who|when|whose)$/i)) return undefined;
  const { start, end } = sentenceBounds(words, i);
  if (i - start < MIN_CONTENT_WORDS) return undefined;
  // The attribution fills the rest of the sentence: `, the minister said on Monday.`
  let v = -1;
  for (let k = i + 1; k <= end && k - i <= 10; k++) {
    // `, Sen. Kofi Mensah (D-Ore.) told the Daily Times.`: a party-state tag inside the speaker.
    if (words[k]!.text === '(' && words.slice(k + 1, k + 6).some((w) => w.text === ')')) {
      while (words[k]!.text !== ')') k++;
      continue;
    }
    if (/^[,;:(“”"]$/.test(words[k]!.text) && k > i + 1) break;
    if (isSayingVerb(words, k) && !/ing$/i.test(words[k]!.text)) {
      v = k;
      break;
    }
  }
  if (v < 0) return undefined;
  if (!onlyAttributionAfter(words, v, end, v === i + 1)) return undefined;
  const content = clauseContent(words, start, i - 1, false);
  if (!content || !hasFiniteVerb(words, content.from, content.to)) return undefined;
  // `…, Mensah said his band …, wrote new songs.`: a clause with its own verb of saying is not this one's content.
  if (hasSayingVerb(words, content.from, content.to)) return undefined;
  if (v === i + 1) {
    // `…, said Kofi Mensah, an analyst.` — but `Kofi Mensah, an analyst, said the plan failed`: a
    // clause after the verb makes the words before it an appositive, not what was said.
    if (v + 1 > end || startsClause(words, v + 1, end)) return undefined;
    // `Kofi Mensah, a speechwriter, wrote an op-ed.`: what ends in an appositive is a subject, not a clause.
    const lastComma = words.slice(content.from, content.to + 1).map((w) => w.text).lastIndexOf(',') + content.from;
    if (lastComma > content.from && /^(?:a|an|the)$/i.test(words[lastComma + 1]?.text ?? '') && !words.slice(lastComma + 1, content.to + 1).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return undefined;
    let to = v + 1;
    while (to < end && !/^[,;:()]$/.test(words[to + 1]!.text)) to++;
    // A name or a short description: a long run, or a past tense in it, is a clause the tagger missed (`said the family deserved better`).
    if (to - v > 6 || words.slice(v + 2, to + 1).some((w) => /^\p{Ll}+ed$/u.test(w.text))) return undefined;
    return to > v ? { cue: { from: v, to: v }, speaker: { from: v + 1, to, prefer: 'first' }, content } : undefined;
  }
  const to = trimAuxiliaries(words, i + 1, v - 1);
  return to >= i + 1 ? { cue: { from: v, to: v }, speaker: { from: i + 1, to, prefer: 'last' }, content } : undefined;
}

/**
 * After the verb of `, the minister said on Monday in a statement.` nothing but adverbials and
 * phrases of place and time (or, inverted, `, said Kofi Mensah, an analyst.`, the speaker): no
 * verb, no quote, and no object (`, Mensah announced a plan.` reports no clause).
 */
function onlyAttributionAfter(words: readonly Word[], v: number, end: number, inverted: boolean): boolean {
  // What trails an attribution is short; a long run after it is a sentence of its own (and this keeps the scan linear).
  if (end - v > 40) return false;
  // `…, she said: “…`: the attribution ends at the colon that opens her next words.
  if (!inverted && words[v + 1]?.text === ':' && /^[“"«„]$/.test(words[v + 2]?.text ?? '')) return true;
  for (let i = v + 1; i <= end; i++) if (/^[;:“”"«»„]$/.test(words[i]!.text)) return false;
  if (inverted) {
    // `, said Kofi Mensah, an analyst who …`, `, say some lawmakers, who worry …`: the name has no
    // verb of its own (`, said the bill would pass` is another clause); what describes it may.
    for (let i = v + 1; i <= end; i++) {
      const w = words[i]!;
      if (/^(?:who|which|whose)$/i.test(w.text) || w.text === '(') return i > v + 1;
      // `, said Kofi Mensah, an analyst …` / `, said Mensah, 62.`: an appositive; not `, said Mensah, like X, had …`.
      // (`, said Mensah, but her record …`: a conjunction after the name starts the writer's next clause.)
      if (w.text === ',') return i > v + 1 && (i === end || isWord(words[i + 1], /^(?:a|an|the|who|which|whose|his|her|their|its|one|but|though|although|\d+)$/i));
      if (isFinite(words, i) && !/^\p{Lu}/u.test(w.text)) return false;
    }
    return true;
  }
  // `, a spokesman told the Daily Times.`: the listener.
  const next = skipAdverbials(words, pastListener(words, v, end), end);
  // `…, the statistics office reported on Tuesday -- a figure that …`: a dash sets off a comment on the report.
  if (next > end || /^[.!?…]$/.test(words[next]!.text) || /^(?:[—–]|--)$/.test(words[next]!.text)) return true;
  // `, he said after meeting Thursday with …`, `, he said, on condition of anonymity to speak
  // freely.`: an adverbial about the attribution, with verbs of its own perhaps; but `…, he said
  // in a statement that the bill would pass` reports a clause of its own.
  const comma = words[next]!.text === ',';
  const k = comma ? next + 1 : next;
  // `, he told reporters with …`, `, staff complain of …`, `, and X then agreed to be …`: after these, no verb.
  if (!comma && isWord(words[k], /^(?:to|from|via|through|with|of)$/i)) {
    for (let i = k; i <= end; i++) if (words[i]!.pos === 'VERB' || words[i]!.pos === 'AUX') return false;
    return true;
  }
  if (!isWord(words[k], comma ? /^(?:on|in|at|during|after|before|because|while|when|as|who|speaking|citing|adding|noting|according)$/i : /^(?:in|on|at|during|after|before|while|when|outside|inside|near|late|early|because|as)$/i)) return false;
  for (let i = k; i <= end; i++) {
    if (/^that$/i.test(words[i]!.text) && !isFinite(words, i + 1) && hasFiniteVerb(words, i + 1, Math.min(end, i + 8))) return false;
    if (isSayingVerb(words, i) && !/ing$/i.test(words[i]!.text)) return false;
  }
  return true;
}
