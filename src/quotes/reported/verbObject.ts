import type { Word } from '../../document.js';
import { sentenceBounds, clauseSubject, mainClauseSubject, trimAuxiliaries } from '../../grammar/clauses.js';
import { OBJECT_VERBS, clauseContent, isFinite, isWord, reportingForm, skipAdverbials, subordinateEnd } from '../../grammar/reports.js';
import type { Found } from './finder.js';

/**
 * `X urged Congress to act`, `X cited a 2013 memo`, `X called for an open primary`, `X
 * accused Y of Z`: verbs whose object is what was said, not a clause.
 */
export function verbObject(words: readonly Word[], v: number): Found | undefined {
  const verb = words[v]!;
  // Only a verb reports (checked first: this runs for every word).
  if ((verb.pos !== 'VERB' && verb.pos !== 'AUX') || (/^\p{Lu}/u.test(verb.text) && !verb.sentenceStart)) return undefined;
  const pronounObject = /^(?:admit|acknowledge|confirm|concede)/i.test(verb.text) && isWord(words[v + 1], /^(?:it|this)$/i) && /^[.!?]$/.test(words[v + 2]?.text ?? '');
  const next = words[v + 1];
  // `reported at least 30 injured`, `reported raising $2 million`, `suggested boycotting the vote`: a count or a participle as the object.
  const countObject = /^report(?:s|ed)?$/i.test(verb.text) && !!next && (next.pos === 'NUM' || (next.pos === 'VERB' && /ing$/.test(next.text)) || (isWord(next, /^(?:at|a|an)$/i) && (words[v + 2]?.pos === 'NUM' || isWord(words[v + 2], /^least$/i))));
  // (`proposed temporarily banning …`: an adverb may come first.)
  const gerund = next?.pos === 'ADV' && /ly$/i.test(next.text) ? words[v + 2] : next;
  const gerundObject = /^(?:suggest(?:s|ed)?|propose[sd]?)$/i.test(verb.text) && gerund?.pos === 'VERB' && /ing$/.test(gerund.text);
  // `vowed to fight`, `promised on Tuesday to refrain`, `vows to be tougher` (not `his promises to …`,
  // a noun, nor `pledged to the fund`); then `called Senator X a liar`.
  const committing = /^(?:vow(?:s|ed)?|promise[sd]?|pledge[sd]?|threaten(?:s|ed)?|propose[sd]?)$/i.test(verb.text);
  const toAt = committing ? skipAdverbials(words, v + 1, v + 4) : v + 1;
  const infinitive = words[toAt + 1];
  const commits = committing && isWord(words[toAt], /^to$/i) && !!infinitive && (/^(?:VERB|AUX)$/.test(infinitive.pos) || (infinitive.pos === 'ADV' && /^(?:DET|PRON|NOUN|PROPN|NUM|ADJ)$/.test(words[toAt + 2]?.pos ?? '')));
  // `encouraged Ruiz to run on …`, `pressed the board to act`: someone asked to do something.
  const requests = /^(?:encourage[sd]?|press(?:es|ed)?|implore[sd]?|challenge[sd]?)$/i.test(verb.text) && toInfinitiveAfterObject(words, v + 1);
  const names = /^call(?:s|ed|ing)?$/i.test(verb.text) && namesSomething(words, v + 1);
  const special = countObject || gerundObject || commits || names || requests;
  if (!OBJECT_VERBS.test(verb.text) && !pronounObject && !special) return undefined;
  const { start, end: sentenceEnd } = sentenceBounds(words, v);
  // `…, calling the plan “a disaster”`, `took to Twitter to call X “…”`: the sentence's subject names it.
  const participle = names && (/ing$/i.test(verb.text) ? words[v - 1]?.text === ',' : isWord(words[v - 1], /^to$/i));
  const main = participle ? mainClauseSubject(words, v - 1) : undefined;
  const subjectEnd = participle ? v : reportingForm(words, v);
  if (subjectEnd < 0) return undefined;
  const subject = main && main.from >= start ? { ...main, prefer: 'first' as const } : participle ? undefined : clauseSubject(words, subjectEnd, start);
  if (!subject) return undefined;
  const end = subordinateEnd(words, subject.from, start, v, sentenceEnd);
  // `a professor who predicted every result`: a restrictive relative describes, it does not report.
  const last = trimAuxiliaries(words, subject.from, v - 1);
  if (/^(?:who|which|that)$/i.test(words[last]?.text ?? '') && words[last - 1]?.text !== ',') return undefined;
  // `its list of 12 recommended candidates`: a participle used as an adjective.
  if (/^(?:NUM|DET)$/.test(words[v - 1]?.pos ?? '') && words[v + 1]?.pos === 'NOUN') return undefined;
  // `announced on Monday the DOJ lawsuit`: a time between the verb and its object.
  let from = special ? v + 1 : skipAdverbials(words, v + 1, end);
  if (from > v + 1 && (isFinite(words, from) || /^[,.;:]$/.test(words[from]?.text ?? '.'))) from = v + 1;
  // `called for`, `called on`: the particle belongs to the verb.
  if (/^call/i.test(verb.text) && !names) {
    if (!isWord(words[from], /^(?:for|on)$/i)) return undefined;
    from++;
  }
  if (commits) from = toAt;
  if (special) {
    const content = clauseContent(words, from, end);
    if (content && (commits || gerundObject || names)) content.to = infinitiveEnd(words, content.from, content.to);
    return content && { cue: { from: v, to: commits ? v : from - 1 }, speaker: subject, content };
  }
  // `Even the general admits it.`: a pronoun standing for what was said before is the whole report.
  if (pronounObject)
    return { cue: { from: v, to: v }, speaker: subject, content: { from, to: from } };
  // `A budget announced Monday would …`: a participle after a noun, followed by the sentence's own verb.
  const after = skipAdverbials(words, from, end);
  if (after > from && (isFinite(words, after) || words[after]?.text === ',')) return undefined;
  const cueEnd = from > v + 1 && !/^call/i.test(verb.text) ? v : from - 1;
  // `a practice criticized by X`: a participle after a noun, not a report.
  // `described themselves as moderates`: a self-description, not a report.
  // (`criticized him for not doing more`, `cites them as evidence`: a pronoun with what it is accused of or cited as.)
  const pronounWith = isWord(words[from], /^(?:it|them|him|her|me|us|you|this)$/i) && isWord(words[from + 1], /^(?:for|of|as|to)$/i);
  if (!words[from] || /^[,.;:!?]$/.test(words[from]!.text) || (!pronounWith && /^(?:that|to|it|them|him|her|me|us|you|this|so|up|out|off|back|in|on|by|as|of|with|about|at|from|and|or|for|themselves|himself|herself|itself|myself|ourselves)$/i.test(words[from]!.text))) return undefined;
  const content = clauseContent(words, from, end);
  return content && { cue: { from: v, to: cueEnd }, speaker: subject, content };
}

/**
 * Where a promise (`to back the nominee`, `banning imports`) ends: before `and`/`but` and a verb in the past or with
 * an auxiliary, which goes on with the subject's own sentence (`…, but sounded equivocal`,
 * `and has gone further`); a base form goes on with the promise (`to cut taxes and raise pay`).
 */
function infinitiveEnd(words: readonly Word[], from: number, to: number): number {
  for (let k = from + 2; k < to; k++) {
    if (!isWord(words[k], /^(?:and|but)$/i)) continue;
    const next = words[k + 1]!;
    // (`, and left`: after a comma, any verb starts the subject's next clause.)
    const comma = /^[,”"]$/.test(words[k - 1]?.text ?? '');
    if ((next.pos === 'AUX' && /^(?:has|have|had|is|was|are|were|will|would)$/i.test(next.text)) || (next.pos === 'VERB' && (/ed$/i.test(next.text) || comma))) {
      let end = k - 1;
      if (words[end]!.text === ',') end--;
      return end;
    }
  }
  return to;
}

/** `called Senator X a liar`, `calls the plan a disaster`: an object, then what it is called (an article or adjective). */
function namesSomething(words: readonly Word[], k: number): boolean {
  let i = k;
  if (isWord(words[i], /^(?:him|her|them|it|himself|herself|themselves)$/i)) i++;
  else {
    if (isWord(words[i], /^(?:the|his|her|their|its)$/i)) {
      i++;
      // `the 12-nation pact`: modifiers after the article.
      while (i - k < 5 && ((/^(?:ADJ|NUM)$/.test(words[i]?.pos ?? '') && /^[\p{Ll}\d]/u.test(words[i]!.text)) || (words[i]?.text === '-' && words[i - 1]?.pos === 'NUM'))) i++;
    }
    const first = i;
    // (`the issue of security`: one `of` and its noun.)
    // (`November’s general election`: a possessive and the noun phrase it opens.)
    while (i - first < 6 && words[i] && (words[i]!.pos === 'PROPN' || words[i]!.pos === 'NOUN' || /^\p{Lu}/u.test(words[i]!.text) || (i > first && isWord(words[i], /^of$/i) && words[i + 1]?.pos === 'NOUN') || (i > first && /^(?:’s|'s)$/.test(words[i]!.text)) || (i > first && /^(?:’s|'s)$/.test(words[i - 1]!.text) && words[i]!.pos === 'ADJ'))) i++;
    if (i === first) return false;
  }
  // `called the pact “insanity”`: what it is called may be quoted.
  return isWord(words[i], /^(?:a|an)$/i) || words[i]?.pos === 'ADJ' || (/^(?:[“"«]|'')$/.test(words[i]?.text ?? '') && /^\p{L}/u.test(words[i + 1]?.text ?? ''));
}

/** An object of a few words, then `to` and a verb (`Ruiz to run`, `the board to act`). */
function toInfinitiveAfterObject(words: readonly Word[], k: number): boolean {
  for (let i = k; i < words.length && i - k <= 6; i++) {
    if (isWord(words[i], /^to$/i)) return i > k && words[i + 1]?.pos === 'VERB';
    if (!/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(words[i]!.pos)) return false;
  }
  return false;
}
