import type { Word } from '../document.js';
import { isWord } from './clauses.js';
import { PORTRAYING, SPEECH_VERB_FORMS, THAT_ONLY_VERBS, AUXILIARY_OR_ADVERB, INDIRECT_VERBS, LISTENER_VERBS, SUBJECT_PRONOUNS, TIME_WORDS } from '../knowledge/words.js';

/**
 * The grammar of reports: which words are verbs of saying and where the clause they report
 * begins and ends. The reported-speech finders (`quotes/reported/`) are built from these; the
 * sentence and subject structure under them is `clauses.ts`.
 */

export function isReportingVerb(w: Word | undefined, next: Word | undefined): boolean {
  if (!w) return false;
  const lower = w.text.toLowerCase();
  if (!SPEECH_VERB_FORMS.has(lower)) return false;
  // Capitalized mid-sentence, it is a name (`Ian Read said`).
  if (/^\p{Lu}/u.test(w.text) && !w.sentenceStart) return false;
  // `said to be close to`, `a said`: not a report.
  if (next && /^to$/i.test(next.text) && /^(?:said|thought|believed|reported)$/.test(lower)) return false;
  return w.pos === 'VERB' || w.pos === 'AUX' || /(?:ed|said|told|wrote|says|tells)$/.test(lower);
}

export { isWord };

export const MIN_CONTENT_WORDS = 3;

export const QUOTE_MARK = /^(?:[“”"«»„‟]|'')$/;

/** A verb of saying used as a verb (`pledged votes` and `a signal` are not). */
export function isSayingVerb(words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (!w || !INDIRECT_VERBS.has(w.text.toLowerCase())) return false;
  // `found that …`, `…, the court ruled.`: but not `found the keys`, `ruled out`.
  const thatOnly = THAT_ONLY_VERBS.has(w.text.toLowerCase());
  if (thatOnly && !/^(?:that|[.,;])$/i.test(words[skipAdverbials(words, k + 1, k + 8)]?.text ?? '.')) return false;
  const next = words[k + 1];
  // `312 pledged votes`, `the reported figures`: a participle used as an adjective.
  if (/ed$/i.test(w.text) && /^(?:NUM|DET)$/.test(words[k - 1]?.pos ?? '') && next?.pos === 'NOUN') return false;
  // `organizers added 80 guards`, `has added another route`: `add` with an object adds, it does not say.
  if (/^add(?:s|ed|ing)?$/i.test(w.text) && /^(?:NUM|DET|ADJ|NOUN)$/.test(next?.pos ?? '') && !/^that$/i.test(next!.text) && !hasFiniteVerb(words, k + 2, k + 6)) return false;
  // A headline's verbs are capitalized too: `Mensah Says He Will Run`.
  const headline = /^\p{Lu}/u.test(w.text) && !w.sentenceStart && w.pos === 'VERB' && /^(?:\p{Lu}|he$|she$|they$|it$)/iu.test(next?.text ?? '') && /^\p{Lu}/u.test(words[k - 1]?.text ?? '');
  // `majorities say they …`: wink-nlp may call a plural `say` a noun.
  if (/^say$/.test(w.text) && /^(?:he|she|they|it|we|i|that)$/i.test(next?.text ?? '')) return true;
  // `Mensah notes that …`, `Labor leaders point out that …`: wink-nlp may tag a present tense as a noun.
  if (w.pos === 'NOUN' && /^\p{Ll}/u.test(w.text) && /^(?:PROPN|NOUN|PRON)$/.test(words[k - 1]?.pos ?? '') && !/s$/.test(words[k - 1]!.text) === /s$/.test(w.text) && (isWord(next, /^that$/i) || (isWord(next, /^out$/i) && isWord(words[k + 2], /^that$/i)))) return true;
  // `lawmakers claim it will …`, `critics say he …`: a plural subject, then a pronoun's clause.
  if (w.pos === 'NOUN' && /^\p{Ll}+$/u.test(w.text) && !/s$/.test(w.text) && /^(?:NOUN|PROPN)$/.test(words[k - 1]?.pos ?? '') && /s$/.test(words[k - 1]!.text) && /^(?:he|she|it|they|we)$/i.test(next?.text ?? '') && isFinite(words, skipAuxiliaries(words, k + 2, k + 6))) return true;
  // `Okafor notes the ministry hid …`: after a name, followed by a clause.
  if (w.pos === 'NOUN' && /^\p{Ll}+s$/u.test(w.text) && words[k - 1]?.pos === 'PROPN' && !/^(?:DET|ADJ)$/.test(words[k - 2]?.pos ?? '') && /^(?:DET|PRON)$/.test(next?.pos ?? '') && startsClause(words, k + 1, Math.min(words.length - 1, k + 20))) return true;
  // `Mensah informed the committee …`: wink-nlp may tag a past tense after a name as an adjective.
  // (`Mensah, the director, informed regional staff …`: after an apposition, a verb with a listener.)
  if (w.pos === 'ADJ' && /^\p{Ll}+ed$/u.test(w.text) && (/^(?:PROPN|PRON)$/.test(words[k - 1]?.pos ?? '') || (words[k - 1]?.text === ',' && LISTENER_VERBS.has(w.text))) && /^(?:DET|PRON|PROPN|ADJ)$/.test(next?.pos ?? '')) return true;
  if (!headline && !isReportingVerb(w, next) && !(thatOnly && w.pos === 'VERB' && /^\p{Ll}/u.test(w.text))) return false;
  return w.pos === 'VERB' || w.pos === 'AUX' || /^(?:said|says|told|tells)$/i.test(w.text);
}

export const WH = /^(?:whether|if|why|how|what|who|when|where|which)$/i;

/** `did not say`, `can no longer deny`, `never told`: a report negated is no report. */
export function negated(words: readonly Word[], v: number): boolean {
  for (let k = v - 1; k >= 0 && v - k <= 4; k--) {
    const t = words[k]!.text.toLowerCase();
    if (/^(?:not|n’t|n't|never|longer|neither|nor)$/.test(t)) return true;
    if (!AUXILIARY_OR_ADVERB.has(t) && !(/ly$/.test(t) && words[k]!.pos === 'ADV') && !/^(?:no|is|are|was|were|be|been)$/.test(t)) return false;
  }
  return false;
}

/**
 * A verb of saying in a form that reports: not negated, not an impersonal passive (`it was
 * reported`, `is said to be`), not an infinitive (`to say`); in -ing only as a progressive
 * (`is predicting`). Returns the word its subject ends before, or -1.
 */
export function reportingForm(words: readonly Word[], v: number): number {
  // `Mensah was quick to add that …`, `Mensah hastened to add …`, `She went on to say …`: said, all the same.
  if (isWord(words[v - 1], /^to$/i) && !negated(words, v - 2)) {
    if (isWord(words[v - 2], /^(?:quick|quicker|eager|careful|keen|swift)$/i) && isWord(words[v - 3], /^(?:is|are|was|were|’s|'s)$/i)) return v - 3;
    if (isWord(words[v - 2], /^(?:hasten(?:s|ed)?|proceed(?:s|ed)?|rushed|continue[sd]?)$/i)) return v - 2;
    if (isWord(words[v - 2], /^on$/i) && isWord(words[v - 3], /^(?:went|goes|go)$/i)) return v - 3;
  }
  const progressive = /ing$/i.test(words[v]!.text);
  if (progressive ? !isWord(words[v - 1], /^(?:is|are|was|were|been|be|’s|'s|’re|'re)$/i) : isWord(words[v - 1], /^(?:be|been|being|is|are|was|were|to)$/i)) return -1;
  if (negated(words, v)) return -1;
  return progressive ? v - 1 : v;
}

/** The last word before the first comma after `v`, or `end`: where a subordinate or relative clause's report stops. */
export function beforeComma(words: readonly Word[], v: number, end: number): number {
  for (let k = v + 1; k <= end; k++) if (words[k]!.text === ',') return k - 1;
  return end;
}

export const SUBORDINATOR = /^(?:as|when|while|if|because|although|though|after|before|since|until|once|unless|whereas|whether)$/i;

/**
 * `While Mensah said that …, he …`, `After the opposition vowed to …, the party did the
 * opposite`: a report in a subordinate clause opening the sentence ends at its comma.
 */
export function subordinateEnd(words: readonly Word[], subjectFrom: number, start: number, v: number, end: number): number {
  return SUBORDINATOR.test(words[subjectFrom - 1]?.text ?? '') && subjectFrom - 1 === start ? beforeComma(words, v, end) : end;
}

// Verbs of saying whose object is the thing said (`urged Congress to act`, `cited a memo`).
export const OBJECT_VERBS = /^(?:admit(?:s|ted|ting)?|acknowledge[sd]?|acknowledging|concede[sd]?|urge[sd]?|urging|cite[sd]?|citing|call(?:s|ed|ing)?|accuse[sd]?|accusing|describe[sd]?|describing|criticize[sd]?|criticizing|criticise[sd]?|blame[sd]?|blaming|promise[sd]?|promising|vow(?:s|ed|ing)?|tout(?:s|ed|ing)?|demand(?:s|ed|ing)?|reveal(?:s|ed|ing)?|disclose[sd]?|disclosing|predict(?:s|ed|ing)?|recommend(?:s|ed|ing)?|announce[sd]?|announcing|noted)$/i;

/**
 * The reported clause from `from` to the sentence end `end`: it stops at a semicolon, at a
 * further report (`, adding …`, `and said …`, `, and more than 4 in 10 said …`), at `, however`
 * or `, while` and where the reporter resumes ({@link reporterResumes}); it is dropped if it
 * holds four or more quoted words (a mixed quote, reported with its marks) or is shorter than
 * three words.
 */
export function clauseContent(words: readonly Word[], from: number, end: number, stopAtConjunction = true): { from: number; to: number } | undefined {
  let to = from;
  // Words inside quote marks so far: a short quoted word or two (`(which it calls “unfair”)`)
  // is a scare quote inside the clause; four or more are someone's words, and the clause is a
  // mixed quote, reported with its marks.
  let quoted = -1;
  for (; to <= end; to++) {
    const w = words[to]!;
    if (QUOTE_MARK.test(w.text) || (w.text === "'" && isWord(words[to + 1], /^'$/))) {
      // `Mensah suggested the rival had … - ''He would love that,''`: a quote set off by a dash or colon is the next thing said.
      if (quoted < 0 && to - from >= MIN_CONTENT_WORDS && /^(?:[—–:-]|--)$/.test(words[to - 1]?.text ?? '')) break;
      // `noted that officials have talked for years, and “we are in discussions …”`: a second thing said, in quote marks.
      if (quoted < 0 && to - from >= MIN_CONTENT_WORDS + 2) {
        const j = isWord(words[to - 1], /^that$/i) ? to - 2 : to - 1;
        if (isWord(words[j], /^(?:and|but)$/i)) {
          to = j;
          break;
        }
      }
      // `said he was unlikely to meet Ruiz because the premier called him “divisive, stupid and
      // wrong”`: someone else's words, in a causal clause with a verb of saying or portraying of
      // its own; what was said ends before `because`.
      if (quoted < 0 && quotedWordsAhead(words, to + 1, end) >= 4) {
        let b = to - 1;
        while (b > from + MIN_CONTENT_WORDS && !isWord(words[b], CAUSAL)) b--;
        if (b > from + MIN_CONTENT_WORDS && causalSpeechVerb(words, b, to) >= 0) {
          to = b;
          break;
        }
      }
      if (quoted >= 0) quoted = -1;
      else quoted = 0;
      continue;
    }
    if (quoted >= 0 && /\p{L}/u.test(w.text) && ++quoted >= 4) return undefined;
    if (w.text === ';') break;
    // `…, adding that …` / `…, saying …`: the next report starts.
    if (w.text === ',' && INDIRECT_VERBS.has(words[to + 1]?.text.toLowerCase() ?? '') && /ing$/i.test(words[to + 1]!.text)) break;
    // `…, however, …` / `…, while others …`: the reporter's own sentence goes on.
    if (stopAtConjunction && w.text === ',' && to > from && isWord(words[to + 1], /^(?:however|while|whereas)$/i)) break;
    // `…, and a third said …`, `… though Mrs. Okafor said …`, `… which the inquiry found …`: a second report starts.
    if (stopAtConjunction && w.text === ',' && to > from && isWord(words[to + 1], /^(?:and|but)$/i) && reportFollows(words, to + 2, end)) break;
    if (stopAtConjunction && to - from >= MIN_CONTENT_WORDS && /^(?:but|though|although|while|whereas|which)$/i.test(w.text) && reportFollows(words, to + 1, end)) {
      if (words[to - 1]?.text === ',') to--;
      break;
    }
    if (stopAtConjunction && to - from >= MIN_CONTENT_WORDS && reporterResumes(words, to, end) && hasFiniteVerb(words, from, to - 1)) break;
    // `… and said …`, `… a threat to the state and referred to …`: a second verb of saying or
    // referring, coordinated with this one (other verbs after `and` usually go on with what was said).
    if (stopAtConjunction && to > from && isWord(w, /^(?:and|but)$/i) && (isSayingVerb(words, to + 1) || (words[to + 1]?.pos === 'VERB' && (OBJECT_VERBS.test(words[to + 1]!.text) || /^referr(?:ed|ing)$|^refers$/i.test(words[to + 1]!.text))))) break;
  }
  let last = to - 1;
  // Final punctuation is not part of the clause, nor a closing parenthesis the clause did not open (`(As X reported, ….)`).
  const opens = (k: number) => words.slice(from, k).some((w) => w.text === '(');
  while (last >= from && (/^[.!?,:…—–-]$/.test(words[last]!.text) || (words[last]!.text === ')' && !opens(last)))) last--;
  let count = 0;
  for (let k = from; k <= last; k++) if (/\p{L}/u.test(words[k]!.text)) count++;
  return count >= MIN_CONTENT_WORDS ? { from, to: last } : undefined;
}

/** Conjunctions opening a causal or concessive clause (`because the premier called him …`). */
export const CAUSAL = /^(?:because|since|although|though|whereas)$/i;

/**
 * The verb of the clause the causal conjunction at `c` opens, before `limit`, when it is a verb
 * of saying or portraying (`because the premier cast him as …`); else -1. (wink-nlp may tag such
 * a verb a noun: `the minister cast him`.)
 */
export function causalSpeechVerb(words: readonly Word[], c: number, limit: number): number {
  let k = c + 1;
  while (k < limit && words[k]!.pos !== 'VERB' && words[k]!.pos !== 'AUX' && !(k > c + 1 && PORTRAYING.test(words[k]!.text))) k++;
  return k < limit && (SPEECH_VERB_FORMS.has(words[k]!.text.toLowerCase()) || PORTRAYING.test(words[k]!.text)) ? k : -1;
}

/** Words with letters from `k` to the next quote mark (at most 12 looked at). */
function quotedWordsAhead(words: readonly Word[], k: number, end: number): number {
  let n = 0;
  for (let i = k; i <= end && i - k < 12 && !QUOTE_MARK.test(words[i]!.text); i++) if (/\p{L}/u.test(words[i]!.text)) n++;
  return n;
}

/**
 * Where a reported clause hands back to the reporter: a non-restrictive relative
 * (`…, which votes next month`), `even though`, a second attribution (`…, according to X`),
 * a coordinated clause (`…, and has promoted …`, `…, and he lashed out at …`), a
 * comparison or an appositive about the whole (`…, compared with 9 percent of …`,
 * `…, something she has long demanded …`). Not `, but …`, `, although …` or a dash: in PolNeAR's
 * annotation (and to a reader) those usually go on with what was said.
 */
export function reporterResumes(words: readonly Word[], k: number, end: number): boolean {
  const t = words[k]!.text;
  if (t !== ',') return false;
  const next = words[k + 1];
  if (!next) return false;
  // (`the new entities, which include firms in X, are still …`: a relative closed by a comma before the clause's own verb goes on.)
  if (/^(?:which|where|whose|who|whom)$/i.test(next.text)) {
    for (let i = k + 2; i <= end; i++) if (words[i]!.text === ',') return !isFinite(words, skipAuxiliaries(words, i + 1, end));
    return true;
  }
  if (/^(?:compared|something)$/i.test(next.text)) return true;
  // `…, according to X`, `…, the latter …`, `…, as has Y`, `…, even though …`, `…, even as …`.
  if (/^(?:according|the|as|even)$/i.test(next.text) && isWord(words[k + 2], /^(?:to|latter|former|has|have|had|did|does|do|is|was|though|if|as)$/i)) return true;
  if (/^(?:and|but)$/i.test(next.text)) return isFinite(words, k + 2) || (isWord(words[k + 2], /^(?:he|she|they|it|we|i)$/i) && isFinite(words, k + 3));
  // `…, drawing on the anger of …`, `…, said he objected …`: a participle or a second verb.
  return false;
}

/** The clause's last word before the reporter resumes after `after` (see {@link reporterResumes}). */
export function untilReporterResumes(words: readonly Word[], content: { from: number; to: number }, after: number): { from: number; to: number } {
  for (let k = Math.max(after, content.from + MIN_CONTENT_WORDS); k < content.to; k++) {
    if (reporterResumes(words, k, content.to)) return { from: content.from, to: k - 1 };
  }
  return content;
}

/** A verb of saying within the next few words before any punctuation: another report's start. */
export function reportFollows(words: readonly Word[], k: number, end: number): boolean {
  for (let i = k; i <= end && i - k < 10; i++) {
    if (/^[,;:.!?“”"]$/.test(words[i]!.text)) return false;
    if (i > k && isSayingVerb(words, i) && !/ing$/i.test(words[i]!.text)) return true;
  }
  return false;
}

/** After `said`, `said on Monday`, `said in an interview with X last week`: the first `that` before any verb. */
export function findThat(words: readonly Word[], k: number, end: number): number {
  for (let i = k; i <= end && i - k < 15; i++) {
    const w = words[i]!;
    // `announced that same day`: a demonstrative before a time word; `… a center that works with …`: a relative pronoun.
    if (/^that$/i.test(w.text) && i > k && isFinite(words, i + 1)) continue;
    if (/^that$/i.test(w.text) && !isWord(words[i + 1], /^same$/i) && !(TIME_WORDS.has(words[i + 1]?.text.toLowerCase() ?? '') && !isFinite(words, i + 2))) return i;
    // A capitalized word is a name whatever wink-nlp tags it (`The Associated/VERB Press`).
    if (((w.pos === 'VERB' || w.pos === 'AUX') && !/^\p{Lu}/u.test(w.text)) || /^[;:“”"]$/.test(w.text)) return -1;
  }
  return -1;
}

/**
 * `said — on radio, as it happens — that …`: an aside between dashes after the verb is
 * skipped. (`says, win or lose, he …`: an aside between commas opens the clause, and stays.)
 */
export function skipAside(words: readonly Word[], k: number, end: number): number {
  if (!/^[—–]$/.test(words[k]?.text ?? '')) return k;
  for (let i = k + 1; i <= end && i - k <= 12; i++) if (words[i]!.text === words[k]!.text) return i + 1;
  return k;
}

/** Skip `Monday`, `on Thursday`, `Tuesday night`, `last week`, `in a statement`, `, however,`. */
export function skipAdverbials(words: readonly Word[], k: number, end: number): number {
  let i = k;
  for (;;) {
    const w = words[i];
    if (!w || i > end) return i;
    if (TIME_WORDS.has(w.text.toLowerCase())) i++;
    else if (/^(?:on|last|this|earlier|later|late|early)$/i.test(w.text) && TIME_WORDS.has(words[i + 1]?.text.toLowerCase() ?? '')) i += 2;
    else if (/^in$/i.test(w.text) && isWord(words[i + 1], /^(?:a|an|the|his|her|their|its)$/i) && isWord(words[i + 2], /^(?:statement|interview|speech|letter|post|tweet|email|e-mail|release|filing|memo|report|video|radio|television|TV)$/i)) i += 3;
    else return i;
  }
}

/** The word after the verb at `v` and, for a verb with a listener (`told`, `warned`), after its listener. */
export function pastListener(words: readonly Word[], v: number, end: number): number {
  return LISTENER_VERBS.has(words[v]!.text.toLowerCase()) ? skipListener(words, v + 1, end) : v + 1;
}

/** `told reporters`, `told the Associated Press`, `told a radio host`, `warned him`: the listener before the clause. */
export function skipListener(words: readonly Word[], k: number, end: number): number {
  let i = k;
  if (/^(?:me|him|her|us|them|you|reporters|journalists|supporters|lawmakers|voters|congress|colleagues|listeners|viewers|readers|senators|delegates|members)$/i.test(words[i]?.text ?? '')) return i + 1;
  if (isWord(words[i], /^(?:the|a|an|his|her|their|its|our|local|state)$/i)) {
    i++;
    // `told his closest advisers`: adjectives and a noun after the determiner.
    let j = i;
    while (j <= end && j - i < 3 && words[j]!.pos === 'ADJ') j++;
    if (words[j]?.pos === 'NOUN' && /^\p{Ll}/u.test(words[j]!.text) && /s$/.test(words[j]!.text)) return j + 1;
  }
  const first = i;
  while (i <= end && i - first < 5 && (/^\p{Lu}/u.test(words[i]!.text) || /^(?:’s|'s|&)$/.test(words[i]!.text) || (words[i]!.pos === 'NOUN' && i === first))) i++;
  // `asked party leaders to …`, `told a Senate panel`: a noun after the capitals (plural, or after an article).
  if (i > first && words[i]?.pos === 'NOUN' && (/s$/.test(words[i]!.text) || first > k) && !/^\p{Lu}/u.test(words[i]!.text)) i++;
  // `told The Daily Times of Accra`.
  if (i > first && isWord(words[i], /^(?:of|in)$/i) && /^\p{Lu}/u.test(words[i + 1]?.text ?? '') && words[i + 1]!.pos === 'PROPN') i += 2;
  if (i > first) return i;
  // `informed the committee that`, `assured regional director Ama Boateng that`: a short noun phrase, then `that`.
  for (let j = k; j <= end && j - k < 6; j++) {
    if (isWord(words[j], /^that$/i)) return j > k + 1 || (j === k + 1 && /^(?:PROPN|NOUN)$/.test(words[k]!.pos)) ? j : k;
    if (!/^(?:DET|ADJ|NOUN|PROPN)$/.test(words[j]!.pos) && !/^(?:’s|'s)$/.test(words[j]!.text)) return k;
  }
  return k;
}

/**
 * Does a clause start at `from` (`the talks had failed`, `he would run`, `several people have
 * been …`)? A subject-like word, then a finite verb before any comma — not an object (`said nothing`).
 */
export function startsClause(words: readonly Word[], from: number, end: number): boolean {
  const first = words[from];
  // `said if elected he would …`: a conditional opening the clause.
  if (first && /^(?:if|unless|once|because)$/i.test(first.text)) return hasFiniteVerb(words, from + 2, Math.min(end, from + 16));
  // `said he …`, `said Mensah’s campaign …`: a pronoun or a name right after a verb of saying starts its clause.
  // (`said it best when …` and `explained it this way` are objects.)
  if (first && /^(?:he|she|they|we|i|it)$/i.test(first.text) && words[from + 1] && !/^[,.;:!?)]$/.test(words[from + 1]!.text))
    return !(/^it$/i.test(first.text) && /^(?:DET|ADJ)$|^ADV$/.test(words[from + 1]!.pos) && !isFinite(words, skipAuxiliaries(words, from + 1, end))) && hasFiniteVerb(words, from + 1, Math.min(end, from + 14));
  // `said in business it takes time …`: a prepositional phrase, then the clause's pronoun subject.
  if (first && /^(?:in|for|on|at|during|after|before|with|without|under|by)$/i.test(first.text)) {
    for (let i = from + 2; i <= end && i - from <= 8; i++) {
      if (/^[,;:()“”"—–]$/.test(words[i]!.text) || isFinite(words, i)) return false;
      if (/^(?:he|she|it|they|we|i|there)$/i.test(words[i]!.text)) return isFinite(words, skipAuxiliaries(words, i + 1, end));
    }
    return false;
  }
  // `said at least 40 people …`, `said about half of …`: a quantity opens the subject.
  const quantity = /^(?:at|about|nearly|almost|roughly|over|under|up|only|just|fewer|less)$/i.test(first?.text ?? '') && (isWord(words[from + 1], /^(?:least|most|half|\d[\d,.]*|a|one|two|three|four|five|six|seven|eight|nine|ten|to)$/i));
  // After `say` an article opens a clause (`said a deal would …`); after `announce` it is an object (`announced a plan`).
  const article = /^(?:a|an)$/i.test(first?.text ?? '') && /^(?:say|said|claim|argu|insist|warn|predict|add|wrote|write|tweet|contend|assert|suggest|note)/i.test(words[from - 1]?.text ?? '');
  if (!first || (!quantity && !article && (SUBORDINATOR.test(first.text) || /^(?:to|so|yes|no|nothing|something|anything|goodbye|hello|thanks|sorry|a|an|what|how|why|where|which|who|whom|for|of|about|on|in|at|with|by)$/i.test(first.text)))) return false;
  if (!(quantity || article || SUBJECT_PRONOUNS.has(first.text.toLowerCase()) || /^(?:the|this|these|those|that|his|her|their|its|our|my|your|some|many|most|all|no|every|each|both|several|few|one|two|three|there|here|such|more|other|another|any|much|none|neither|either)$/i.test(first.text) || /^[\p{Lu}\d]/u.test(first.text) || /^(?:NOUN|PROPN|ADJ|NUM)$/.test(first.pos) || (first.pos === 'VERB' && /ing$/i.test(first.text)))) return false;
  // The subject may be long (`the only way to stop X from becoming the nominee is …`).
  for (let i = from + 1; i <= end && i - from < 24; i++) {
    const w = words[i]!;
    // A verb after a comma, a relative word or a subordinator belongs to another clause
    // (`mentions its support for X, which is …`, `confirmed the meeting because they were …`).
    // `said the cost of the plan, particularly in the first year, would outweigh …`: an aside inside the subject.
    if (w.text === ',' && i > from) {
      const close = asideEnd(words, i, end);
      if (close > 0 && isFinite(words, skipAuxiliaries(words, close + 1, end))) return true;
    }
    if (/^[,;:()“”"—–]$/.test(w.text) || /^(?:that|which|who|whom|whose)$/i.test(w.text) || SUBORDINATOR.test(w.text)) return false;
    // `claimed innocence and was acquitted`: a verb after `and` shares the sentence's subject.
    if (isFinite(words, i)) return !isWord(words[i - 1], /^(?:and|or|but)$/i);
  }
  return false;
}

/** The comma closing a short aside opened by the comma at `open` (no verb, no relative word in it), or -1. */
export function asideEnd(words: readonly Word[], open: number, end: number): number {
  for (let i = open + 1; i <= end && i - open <= 12; i++) {
    const w = words[i]!;
    if (w.text === ',') return i > open + 1 ? i : -1;
    if (isFinite(words, i) || /^[;:()“”"]$/.test(w.text) || /^(?:that|which|who|whom|whose)$/i.test(w.text)) return -1;
  }
  return -1;
}

/** Past adverbs (`also`, `already`, `probably`) to the word after them. */
export function skipAuxiliaries(words: readonly Word[], k: number, end: number): number {
  let i = k;
  while (i < end && words[i]!.pos === 'ADV') i++;
  return i;
}

/** A finite verb: not a participle in -ing, not an infinitive after `to`. */
export function isFinite(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  return (w.pos === 'AUX' || w.pos === 'VERB') && !/ing$/i.test(w.text) && !isWord(words[i - 1], /^to$/i) && !/^according$/i.test(w.text);
}

/** A verb of saying in the words that reports a clause of its own (`Mensah said his band …`), not `may add to his staff`, `promises to cut taxes`. */
export function hasSayingVerb(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (!isSayingVerb(words, k)) continue;
    const next = skipAdverbials(words, k + 1, to);
    if (next > to || isWord(words[next], /^that$/i) || startsClause(words, next, to) || (LISTENER_VERBS.has(words[k]!.text.toLowerCase()) && skipListener(words, next, to) > next)) return true;
  }
  return false;
}

export function hasFiniteVerb(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (isFinite(words, i)) return true;
  return false;
}
