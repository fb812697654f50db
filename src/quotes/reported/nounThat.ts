import type { Word } from '../../document.js';
import { clauseSubject, sentenceBounds, trimAuxiliaries } from '../../grammar/clauses.js';
import { clauseContent, hasFiniteVerb, isWord, startsClause } from '../../grammar/reports.js';
import type { Found } from './finder.js';

// Nouns of saying whose `that` clause is what was said (`the claim that …`, `reports that …`).
const REPORT_NOUNS = /^(?:suggestions?|claims?|assertions?|arguments?|allegations?|reports?|warnings?|demands?|promises?|pledges?|insistence|contentions?|statements?|remarks?|comments?|admission|announcement|predictions?|accusations?|charges?|complaints?|testimony|acknowledg(?:e)?ment|boasts?|vows?|assurances?|declarations?|conclusion|finding|findings|rumou?rs?)$/i;

// Nouns of commitment whose `to` + verb is what was committed to (`a pledge to cut taxes`).
const COMMITMENT_NOUNS = /^(?:promises?|pledges?|vows?|threats?|offers?)$/i;
// Verbs that do no more than say their object (`made the claim`, `issued a warning`).
const LIGHT_VERB = /^(?:make|makes|made|making|offer|offers|offered|offering|issue|issues|issued|issuing|repeat|repeats|repeated|repeating|renew|renews|renewed|renewing|reiterate|reiterates|reiterated|reiterating|voice|voices|voiced|voicing)$/i;

/**
 * `Mensah’s suggestion that the count be halted`, `the NUT demand that the law not be
 * implemented`, `allegations that hackers broke in`, `reports that he had been fired`: a noun of
 * saying and its `that` clause. Who said it is the possessor (`Mensah’s`), the name before the
 * noun (`the NUT demand`), or, when no one is named, the noun itself (`allegations`).
 */
export function nounThat(words: readonly Word[], n: number): Found | undefined {
  const noun = words[n]!;
  if (!REPORT_NOUNS.test(noun.text) || noun.pos !== 'NOUN') return undefined;
  // `her firmest promise yet that …`: an adverb of time may stand before `that`.
  const that = isWord(words[n + 1], /^(?:yet|again|now|today)$/i) ? n + 2 : n + 1;
  // `made public promises to give …`: a commitment's infinitive is what was promised.
  const infinitive = COMMITMENT_NOUNS.test(noun.text) && isWord(words[that], /^to$/i) && words[that + 1]?.pos === 'VERB';
  if (!isWord(words[that], /^that$/i) && !infinitive) return undefined;
  const { start, end } = sentenceBounds(words, n);
  const from = infinitive ? that : that + 1;
  // A `that` clause with its own subject and verb (not a relative: `the claims that he made`).
  if (!infinitive && (!startsClause(words, from, end) || !hasFiniteVerb(words, from + 1, Math.min(end, from + 12)))) return undefined;
  const content = clauseContent(words, from, end);
  // (`a pledge to cut taxes was broken`: the infinitive ends at the sentence's own verb.)
  if (content && infinitive) for (let k = from + 2; k <= content.to; k++) if (words[k]!.pos === 'AUX' && /^(?:is|was|are|were|has|have|had|will|would)$/i.test(words[k]!.text)) content.to = k - 1;
  if (!content || content.to - content.from < 3) return undefined;
  // The possessor (`Mensah’s`, `his`) or a name before the noun (`the NUT demand`).
  let k = n - 1;
  if (/^(?:’s|'s)$/.test(words[k]?.text ?? '')) k--;
  let speaker: Found['speaker'];
  // `Mensah made the claim that …`, `she repeated her warning that …`: a light verb's subject made it.
  let v = n - 1;
  while (v > start && n - v <= 4 && /^(?:DET|ADJ|ADV)$|^(?:his|her|their|its)$/i.test(/^(?:his|her|their|its)$/i.test(words[v]!.text) ? words[v]!.text : words[v]!.pos)) v--;
  const subject = v < n - 1 && LIGHT_VERB.test(words[v]!.text) ? clauseSubject(words, trimAuxiliaries(words, start, v - 1) + 1, start) : undefined;
  if (subject) speaker = subject;
  else if (k >= start && /^(?:his|her|their|its)$/i.test(words[k]!.text)) speaker = { from: k, to: k, prefer: 'last' };
  else if (k >= start && (words[k]!.pos === 'PROPN' || /(?:’s|'s)$/.test(words[k]!.text) || /^(?:’s|'s)$/.test(words[k + 1]!.text))) {
    let a = k;
    while (a > start && words[a - 1]!.pos === 'PROPN' && k - a < 5) a--;
    speaker = { from: a, to: k, prefer: 'last' };
  } else {
    // A commitment with no one named to make it (`The promise to repay was broken`) is no report.
    if (infinitive) return undefined;
    // `allegations that …`, `reports that …`: the source is the noun phrase itself.
    let a = n;
    while (a > start && /^(?:ADJ|NOUN|DET|NUM)$/.test(words[a - 1]!.pos) && n - a < 4) a--;
    speaker = { from: a, to: n, prefer: 'last' };
  }
  return { cue: { from: n, to: that }, speaker, content };
}
