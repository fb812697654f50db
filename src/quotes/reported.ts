import type { Word } from '../document.js';
import { isReportingVerb } from '../attribute/cues.js';
import { clauseSubject, mainClauseSubject, sentenceBounds, skipFraming, trimAuxiliaries } from '../attribute/grammar.js';
import { AUXILIARY_OR_ADVERB, INDIRECT_VERBS, LISTENER_VERBS, SUBJECT_PRONOUNS, TIME_WORDS } from '../knowledge/words.js';

/**
 * Reported speech without quote marks: where the reported clause is, which words are the cue,
 * and which words name the speaker. Each finder recognizes one construction and is tried in
 * the order of {@link REPORTED_FINDERS}; the first that matches at a word wins.
 */
export interface ReportedSpeech {
  /** Name of the finder that matched (`verb-clause`, `according-to-before`, …). */
  finder: string;
  /** Cue words, inclusive (`said`; `according to`; `told`). */
  cue: { from: number; to: number };
  /** Words naming the speaker, inclusive; `prefer` picks the first or last name in them. Null when the text names no one (`Asked whether …,`). */
  speaker: { from: number; to: number; prefer: 'first' | 'last' } | null;
  /** The reported clause, inclusive word indices (without `that` and final punctuation). */
  content: { from: number; to: number };
}

interface Finder {
  name: string;
  /** Try the construction at word `i`. */
  find(words: readonly Word[], i: number): ReportedSpeech | undefined;
}

const MIN_CONTENT_WORDS = 3;
const QUOTE_MARK = /^(?:[“”"«»„‟]|'')$/;

/** The finders, in order. Each has an example of what it reads above it. */
export const REPORTED_FINDERS: readonly Finder[] = [
  // `According to the agency, 40 people were arrested.`
  { name: 'according-to-before', find: accordingToBefore },
  // `40 people were arrested, according to the agency.`
  { name: 'according-to-after', find: accordingToAfter },
  // `Officials told reporters that the road would reopen.` / `The minister said the talks had failed.`
  { name: 'verb-clause', find: verbClause },
  // `The talks had failed, the minister said.` / `…, said Kofi Mensah, an analyst.`
  { name: 'clause-verb', find: clauseVerb },
  // `The senator urged Congress to act.` / `She cited a 2013 memo by the inspector general.`
  { name: 'verb-object', find: verbObject },
  // `The goal, he said, is a durable cease-fire.`
  { name: 'parenthetical', find: parenthetical },
  // `As the senator put it, the bill is dead.` / `The bill is dead, as the senator said.`
  { name: 'as-said', find: asSaid },
  // `She rallied supporters, saying the plan would fail.`
  { name: 'gerund', find: gerundClause },
  // `…, with three in 10 saying the tax would not change their vote.`
  { name: 'with-saying', find: withSaying },
  // `Asked whether he would run, Mensah said …` / `When asked by reporters what …`
  { name: 'asked', find: askedQuestion },
  // `the new rules, which officials said will take effect …` / `what he calls waste`
  { name: 'relative', find: relativeClause },
];

/** Every reported clause in the words, left to right, never overlapping. */
export function findReportedSpeech(words: readonly Word[]): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const f of REPORTED_FINDERS) {
      const found = f.find(words, i);
      if (!found) continue;
      out.push(found);
      i = Math.max(found.content.to, found.cue.to, found.speaker?.to ?? -1);
      break;
    }
  }
  return out.sort((a, b) => a.content.from - b.content.from);
}

function isWord(w: Word | undefined, pattern: RegExp): boolean {
  return w !== undefined && pattern.test(w.text);
}

/** A verb of saying used as a verb (`pledged votes` and `a signal` are not). */
function isSayingVerb(words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (!w || !INDIRECT_VERBS.has(w.text.toLowerCase())) return false;
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
  // `Okafor notes the ministry hid …`: after a name, followed by a clause.
  if (w.pos === 'NOUN' && /^\p{Ll}+s$/u.test(w.text) && words[k - 1]?.pos === 'PROPN' && !/^(?:DET|ADJ)$/.test(words[k - 2]?.pos ?? '') && /^(?:DET|PRON)$/.test(next?.pos ?? '') && startsClause(words, k + 1, Math.min(words.length - 1, k + 20))) return true;
  if (!headline && !isReportingVerb(w, next)) return false;
  return w.pos === 'VERB' || w.pos === 'AUX' || /^(?:said|says|told|tells)$/i.test(w.text);
}

const WH = /^(?:whether|if|why|how|what|who|when|where|which)$/i;

/** `did not say`, `can no longer deny`, `never told`: a report negated is no report. */
function negated(words: readonly Word[], v: number): boolean {
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
function reportingForm(words: readonly Word[], v: number): number {
  const progressive = /ing$/i.test(words[v]!.text);
  if (progressive ? !isWord(words[v - 1], /^(?:is|are|was|were|been|be|’s|'s|’re|'re)$/i) : isWord(words[v - 1], /^(?:be|been|being|is|are|was|were|to)$/i)) return -1;
  if (negated(words, v)) return -1;
  return progressive ? v - 1 : v;
}

/** The last word before the first comma after `v`, or `end`: where a subordinate or relative clause's report stops. */
function beforeComma(words: readonly Word[], v: number, end: number): number {
  for (let k = v + 1; k <= end; k++) if (words[k]!.text === ',') return k - 1;
  return end;
}

const SUBORDINATOR = /^(?:as|when|while|if|because|although|though|after|before|since|until|once|unless|whereas|whether)$/i;

/**
 * `While Mensah said that …, he …`, `After the opposition vowed to …, the party did the
 * opposite`: a report in a subordinate clause opening the sentence ends at its comma.
 */
function subordinateEnd(words: readonly Word[], subjectFrom: number, start: number, v: number, end: number): number {
  return SUBORDINATOR.test(words[subjectFrom - 1]?.text ?? '') && subjectFrom - 1 === start ? beforeComma(words, v, end) : end;
}

/** `according to X, CLAUSE`: at a sentence start, the source runs to the comma. */
function accordingToBefore(words: readonly Word[], i: number): ReportedSpeech | undefined {
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
  return content && { finder: 'according-to-before', cue: { from: i, to: i + 1 }, speaker: { from: i + 2, to: comma - 1, prefer: 'first' }, content };
}

/** `CLAUSE, according to X.`: the clause is the sentence before the comma. */
function accordingToAfter(words: readonly Word[], i: number): ReportedSpeech | undefined {
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
    return whole && hasFiniteVerb(words, whole.from, whole.to) ? { finder: 'according-to-after', cue: { from: i, to: i + 1 }, speaker: { from: i + 2, to, prefer: 'first' }, content: whole } : undefined;
  }
  const content = clauseContent(words, start, i - (comma ? 2 : 1), false);
  // `X said …, according to the paper`: the paper reports X's report, which the verb's finder takes.
  if (!content || hasSayingVerb(words, content.from, content.to)) return undefined;
  return { finder: 'according-to-after', cue: { from: i, to: i + 1 }, speaker: { from: i + 2, to, prefer: 'first' }, content };
}

/**
 * `X said (that) CLAUSE`, `X told Y (that) CLAUSE`, `X has said …`, `X said on Monday that …`:
 * a verb of saying with a subject before it and a clause after it.
 */
function verbClause(words: readonly Word[], v: number): ReportedSpeech | undefined {
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
  let speaker: ReportedSpeech['speaker'] = subject;
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
      return request && { finder: 'verb-clause', cue: { from: v, to: v }, speaker, content: request };
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
    return question && { finder: 'verb-clause', cue: { from: v, to: v }, speaker, content: question };
  }
  // `asked the crowd to sit down`: a request; what was asked is the listener and the infinitive.
  if (asks) {
    // `The host asked Mensah about remarks he had made`: the topic of a question put by someone named.
    if (listener > k && isWord(words[listener], /^about$/i)) {
      const topic = clauseContent(words, listener, end);
      return topic && { finder: 'verb-clause', cue: { from: v, to: v }, speaker, content: topic };
    }
    if (listener === k || !isWord(words[listener], /^to$/i) || words[listener + 1]?.pos !== 'VERB') return undefined;
    const request = clauseContent(words, k, end);
    return request && { finder: 'verb-clause', cue: { from: v, to: v }, speaker, content: request };
  }
  k = skipAside(words, k, end);
  const that = findThat(words, k, end);
  // `said that was a normal part of …`: after `say` and `tell`, `that` followed by its verb is the clause's subject.
  let from = that >= 0 ? (isFinite(words, that + 1) && /^(?:say|says|said|tell|tells|told)$/i.test(verb.text) ? that : that + 1) : skipAdverbials(words, k, end);
  if (from > end) return undefined;
  if (that < 0 && isWord(words[from], /^that$/i)) from++;
  if (that < 0 && !startsClause(words, from, end)) return undefined;
  // `said that, if elected, he would …`: the aside belongs to the clause.
  if (words[from]?.text === ',') from++;
  const content = clauseContent(words, from, end);
  return content && { finder: 'verb-clause', cue: { from: v, to: v }, speaker, content };
}

/**
 * `X urged Congress to act`, `X cited a 2013 memo`, `X called for an open primary`, `X
 * accused Y of Z`: verbs whose object is what was said, not a clause.
 */
function verbObject(words: readonly Word[], v: number): ReportedSpeech | undefined {
  const verb = words[v]!;
  const pronounObject = /^(?:admit|acknowledge|confirm|concede)/i.test(verb.text) && isWord(words[v + 1], /^(?:it|this)$/i) && /^[.!?]$/.test(words[v + 2]?.text ?? '');
  const next = words[v + 1];
  // `reported at least 30 injured`, `reported raising $2 million`, `suggested boycotting the vote`: a count or a participle as the object.
  const countObject = /^report(?:s|ed)?$/i.test(verb.text) && !!next && (next.pos === 'NUM' || (next.pos === 'VERB' && /ing$/.test(next.text)) || (isWord(next, /^(?:at|a|an)$/i) && (words[v + 2]?.pos === 'NUM' || isWord(words[v + 2], /^least$/i))));
  const gerundObject = /^suggest(?:s|ed)?$/i.test(verb.text) && next?.pos === 'VERB' && /ing$/.test(next.text);
  // `vowed to fight` (not `his promises to …`, a noun), `called Senator X a liar`.
  const commits = /^(?:vowed|promised)$/i.test(verb.text) && isWord(next, /^to$/i) && words[v + 2]?.pos === 'VERB';
  const names = /^call(?:s|ed)?$/i.test(verb.text) && namesSomething(words, v + 1);
  const special = countObject || gerundObject || commits || names;
  if ((!OBJECT_VERBS.test(verb.text) && !pronounObject && !special) || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || (/^\p{Lu}/u.test(verb.text) && !verb.sentenceStart)) return undefined;
  const subjectEnd = reportingForm(words, v);
  if (subjectEnd < 0) return undefined;
  const { start, end: sentenceEnd } = sentenceBounds(words, v);
  const subject = clauseSubject(words, subjectEnd, start);
  if (!subject) return undefined;
  const end = subordinateEnd(words, subject.from, start, v, sentenceEnd);
  // `a professor who predicted every result`: a restrictive relative describes, it does not report.
  const last = trimAuxiliaries(words, subject.from, v - 1);
  if (/^(?:who|which|that)$/i.test(words[last]?.text ?? '') && words[last - 1]?.text !== ',') return undefined;
  // `its list of 12 recommended candidates`: a participle used as an adjective.
  if (/^(?:NUM|DET)$/.test(words[v - 1]?.pos ?? '') && words[v + 1]?.pos === 'NOUN') return undefined;
  let from = v + 1;
  // `called for`, `called on`: the particle belongs to the verb.
  if (/^call/i.test(verb.text) && !names) {
    if (!isWord(words[from], /^(?:for|on)$/i)) return undefined;
    from++;
  }
  if (special) {
    const content = clauseContent(words, from, end);
    return content && { finder: 'verb-object', cue: { from: v, to: from - 1 }, speaker: subject, content };
  }
  // `Even the general admits it.`: a pronoun standing for what was said before is the whole report.
  if (pronounObject)
    return { finder: 'verb-object', cue: { from: v, to: v }, speaker: subject, content: { from, to: from } };
  // `A budget announced Monday would …`: a participle after a noun, followed by the sentence's own verb.
  const after = skipAdverbials(words, from, end);
  if (after > from && (isFinite(words, after) || words[after]?.text === ',')) return undefined;
  // `a practice criticized by X`: a participle after a noun, not a report.
  // `described themselves as moderates`: a self-description, not a report.
  // (`criticized him for not doing more`, `cites them as evidence`: a pronoun with what it is accused of or cited as.)
  const pronounWith = isWord(words[from], /^(?:it|them|him|her|me|us|you|this)$/i) && isWord(words[from + 1], /^(?:for|of|as|to)$/i);
  if (!words[from] || /^[,.;:!?]$/.test(words[from]!.text) || (!pronounWith && /^(?:that|to|it|them|him|her|me|us|you|this|so|up|out|off|back|in|on|by|as|of|with|about|at|from|and|or|for|themselves|himself|herself|itself|myself|ourselves)$/i.test(words[from]!.text))) return undefined;
  const content = clauseContent(words, from, end);
  return content && { finder: 'verb-object', cue: { from: v, to: from - 1 }, speaker: subject, content };
}

/** `called Senator X a liar`, `calls the plan a disaster`: an object, then what it is called (an article or adjective). */
function namesSomething(words: readonly Word[], k: number): boolean {
  let i = k;
  if (isWord(words[i], /^(?:him|her|them|it|himself|herself|themselves)$/i)) i++;
  else {
    if (isWord(words[i], /^(?:the|his|her|their|its)$/i)) i++;
    const first = i;
    while (i - first < 6 && words[i] && (words[i]!.pos === 'PROPN' || words[i]!.pos === 'NOUN' || /^\p{Lu}/u.test(words[i]!.text))) i++;
    if (i === first) return false;
  }
  return isWord(words[i], /^(?:a|an)$/i) || words[i]?.pos === 'ADJ';
}

// Verbs of saying whose object is the thing said (`urged Congress to act`, `cited a memo`).
const OBJECT_VERBS = /^(?:admit(?:s|ted|ting)?|acknowledge[sd]?|acknowledging|concede[sd]?|urge[sd]?|urging|cite[sd]?|citing|call(?:s|ed|ing)?|accuse[sd]?|accusing|describe[sd]?|describing|criticize[sd]?|criticizing|criticise[sd]?|blame[sd]?|blaming|promise[sd]?|promising|vow(?:s|ed|ing)?|tout(?:s|ed|ing)?|demand(?:s|ed|ing)?|reveal(?:s|ed|ing)?|disclose[sd]?|disclosing|predict(?:s|ed|ing)?|recommend(?:s|ed|ing)?|announce[sd]?|announcing|noted)$/i;

/** `CLAUSE, X said.` / `CLAUSE, said X.` at the end of a sentence: the clause is what comes before. */
function clauseVerb(words: readonly Word[], i: number): ReportedSpeech | undefined {
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
    // `…, said Kofi Mensah, an analyst.`
    if (v + 1 > end) return undefined;
    let to = v + 1;
    while (to < end && !/^[,;:()]$/.test(words[to + 1]!.text)) to++;
    return to > v ? { finder: 'clause-verb', cue: { from: v, to: v }, speaker: { from: v + 1, to, prefer: 'first' }, content } : undefined;
  }
  const to = trimAuxiliaries(words, i + 1, v - 1);
  return to >= i + 1 ? { finder: 'clause-verb', cue: { from: v, to: v }, speaker: { from: i + 1, to, prefer: 'last' }, content } : undefined;
}

/** `The goal, he said, is …`: an attribution between commas inside the sentence; the clause is the whole sentence around it. */
function parenthetical(words: readonly Word[], i: number): ReportedSpeech | undefined {
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
  return { finder: 'parenthetical', cue: { from: v, to: v }, speaker, content };
}

/** `As X said, CLAUSE.` at a sentence start, or `CLAUSE, as X said.` at its end. */
function asSaid(words: readonly Word[], i: number): ReportedSpeech | undefined {
  if (!/^as$/i.test(words[i]!.text)) return undefined;
  const { start, end } = sentenceBounds(words, i);
  let v = i + 1;
  while (v <= end && v - i <= 8 && !isSayingVerb(words, v) && !/^(?:put)$/i.test(words[v]!.text)) {
    if (/^[,;:.]$/.test(words[v]!.text)) return undefined;
    v++;
  }
  if (v > end || v - i > 8 || v === i + 1) return undefined;
  let after = v + 1;
  if (/^put$/i.test(words[v]!.text)) {
    if (!isWord(words[after], /^it$/i)) return undefined;
    after++;
  }
  after = skipAdverbials(words, after, end);
  const speaker = { from: i + 1, to: trimAuxiliaries(words, i + 1, v - 1), prefer: 'first' as const };
  // `…, given that, as the paper reported on Saturday, he has …`: after a comma, too.
  if ((i === start || /^[,(]$/.test(words[i - 1]?.text ?? '') || (i === start + 1 && isWord(words[start], /^(?:and|but|yet|so)$/i))) && words[after]?.text === ',') {
    const content = clauseContent(words, after + 1, end);
    return content && hasFiniteVerb(words, content.from, content.to) ? { finder: 'as-said', cue: { from: v, to: after - 1 }, speaker, content } : undefined;
  }
  if (words[i - 1]?.text === ',' && (after > end || /^[.!?…]$/.test(words[after]!.text))) {
    const content = clauseContent(words, start, i - 2);
    return content && hasFiniteVerb(words, content.from, content.to) ? { finder: 'as-said', cue: { from: v, to: after - 1 }, speaker, content } : undefined;
  }
  return undefined;
}

/**
 * `…, saying (that) CLAUSE`, `…, citing X`, `…, calling for X`, `…, explaining why …`: a
 * participle of saying after a comma, after an earlier one (`painting others as weak and
 * suggesting that …`) or after `while`/`before` (`, while saying that …`): the main clause's
 * subject said it. Right after a noun phrase (`farm voters saying they want …`), the
 * noun phrase said it.
 */
function gerundClause(words: readonly Word[], v: number): ReportedSpeech | undefined {
  const verb = words[v]!;
  const lower = verb.text.toLowerCase();
  const clauseVerb = INDIRECT_VERBS.has(lower);
  if (!/ing$/i.test(lower) || verb.pos !== 'VERB' || (!clauseVerb && !GERUND_OBJECT.test(lower))) return undefined;
  const bounds = sentenceBounds(words, v);
  const { start } = bounds;
  let { end } = bounds;
  let before = v - 1;
  if (/ly$/i.test(words[before]?.text ?? '') && words[before]!.pos === 'ADV') before--;
  if (/^[”"»]$/.test(words[before]?.text ?? '') && words[before - 1]?.text === ',') before--;
  let speaker: ReportedSpeech['speaker'] | undefined;
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
    return opening && { finder: 'gerund', cue: { from: v, to: v }, speaker: subject, content: opening };
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
  } else if (/^(?:saying|suggesting|arguing|insisting|warning|predicting|noting|asserting|contending)$/.test(verb.text) && (w.pos === 'NOUN' || w.pos === 'PROPN') && !/^(?:that|this|it)$/i.test(words[v + 1]?.text ?? '')) {
    // `58 percent of voters saying prices are rising`: a reduced relative.
    let a = before;
    while (a > start && before - a < 6 && (/^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(words[a - 1]!.pos) || /^of$/i.test(words[a - 1]!.text))) a--;
    speaker = { from: a, to: before, prefer: 'last' };
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
    return object && { finder: 'gerund', cue: { from: v, to: k - 1 }, speaker, content: object };
  }
  if (isWord(words[k], WH) && !/^(?:if|when|where)$/i.test(words[k]!.text)) {
    const question = clauseContent(words, k, end);
    return question && { finder: 'gerund', cue: { from: v, to: v }, speaker, content: question };
  }
  const that = findThat(words, k, end);
  // `announcing on Wednesday he would meet …`.
  const from = that >= 0 ? that + 1 : skipAdverbials(words, k, end);
  if (that < 0 && !startsClause(words, from, end)) {
    // `…, promising quick growth in return`: no clause, but the object is what was promised.
    if (!GERUND_OBJECT.test(lower) || !/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(words[k]?.pos ?? '')) return undefined;
    const object = clauseContent(words, k, end);
    return object && { finder: 'gerund', cue: { from: v, to: v }, speaker, content: object };
  }
  const content = clauseContent(words, from, end);
  return content && { finder: 'gerund', cue: { from: v, to: v }, speaker, content };
}

// Participles whose object is what was said (`…, citing a poll`, `…, calling for a ban`).
const GERUND_OBJECT = /^(?:citing|calling|urging|accusing|describing|criticizing|criticising|blaming|promising|vowing|touting|demanding|revealing|predicting|recommending|announcing|recalling|explaining|asking)$/;

/** A participle of saying after a comma earlier in the sentence, within 30 words (`, calling rivals weak and …`). */
function earlierGerund(words: readonly Word[], start: number, k: number): boolean {
  for (let i = k - 1; i > start && k - i <= 30; i--) if (/^\p{Ll}+ing$/u.test(words[i]!.text) && words[i - 1]!.text === ',') return true;
  return false;
}

/**
 * `Asked whether he would run, Mensah said …`, `When asked by reporters what …`, `Asked to
 * respond, …`, `she was asked if …`: a question or request put to the main clause's subject,
 * from its wh-word (or `to`) to the comma. (`Asked about X` names a topic, not what was asked.) Its asker is the
 * `by` phrase, or no one named.
 */
function askedQuestion(words: readonly Word[], i: number): ReportedSpeech | undefined {
  if (!/^asked$/i.test(words[i]!.text)) return undefined;
  const { start, end } = sentenceBounds(words, i);
  // `Asked …,` opening the sentence; `(, and) when asked …`; `she was asked if …`.
  const opens = i === start || (isWord(words[i - 1], /^when$/i) && (i - 1 === start || /^(?:,|and|but)$/i.test(words[i - 2]!.text)));
  if (!opens && !isWord(words[i - 1], /^(?:was|were|is|are|been|being)$/i)) return undefined;
  let k = i + 1;
  let speaker: ReportedSpeech['speaker'] = null;
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
  return content && { finder: 'asked', cue: { from: i, to: i }, speaker, content };
}

/**
 * `which officials said will take effect`, `that many farmers say is ruinous`, `what
 * he calls corruption in politics`, `a decision they say allowed …`: a relative clause whose
 * subject reported it. The clause runs from the relative word (or the noun a pronoun subject
 * follows) to its comma or the sentence end.
 */
function relativeClause(words: readonly Word[], i: number): ReportedSpeech | undefined {
  const w = words[i]!;
  const relative = /^(?:which|that|what|who|whom)$/i.test(w.text);
  // `a decision they say allowed …`: no relative word, a pronoun subject right after the noun.
  const bare = !relative && w.pos === 'NOUN' && isWord(words[i + 1], /^(?:he|she|they|we)$/i);
  if (!relative && !bare) return undefined;
  const { start, end } = sentenceBounds(words, i);
  // `calls` and `describes` name rather than report, which is what a relative clause does with them.
  const verbAt = (k: number) => isSayingVerb(words, k) || (/^(?:call|calls|called|describe|describes|described)$/.test(words[k]!.text) && !/^(?:DET|ADJ)$/.test(words[k - 1]!.pos));
  let v = i + 1;
  while (v <= end && v - i <= 5 && !verbAt(v)) {
    if (isFinite(words, v) || /^[,;:()“”"—–.]$/.test(words[v]!.text)) return undefined;
    v++;
  }
  if (v > end || v === i + 1 || !verbAt(v) || /ing$/i.test(words[v]!.text) || reportingForm(words, v) < 0) return undefined;
  const subject = { from: i + 1, to: trimAuxiliaries(words, i + 1, v - 1), prefer: 'last' as const };
  if (subject.to < subject.from || (bare && subject.to !== i + 1)) return undefined;
  // What follows the verb: the relative's own verb (`said will take`, `say is ruinous`), or for
  // verbs that name (`calls corruption`, `described as biased`, `claimed as its record`) a phrase.
  const k = skipAuxiliaries(words, skipAdverbials(words, v + 1, end), end);
  const names = /^(?:call|calls|called|describe|describes|described|claim|claims|claimed)$/i.test(words[v]!.text) && !bare;
  if (!(isFinite(words, k) || (names && k <= end && !/^[,.;:!?]$/.test(words[k]!.text) && !isWord(words[k], /^(?:for|on|that|it|him|her|them)$/i)))) return undefined;
  let from = i;
  if (bare) while (from > start && i - from < 4 && /^(?:NOUN|ADJ|DET|NUM)$/.test(words[from - 1]!.pos)) from--;
  const content = clauseContent(words, from, beforeComma(words, k, end));
  return content && { finder: 'relative', cue: { from: v, to: v }, speaker: subject, content };
}

/** `with X saying (that) CLAUSE`: the participle's own subject said it. */
function withSaying(words: readonly Word[], i: number): ReportedSpeech | undefined {
  if (!/^with$/i.test(words[i]!.text)) return undefined;
  const { end } = sentenceBounds(words, i);
  let v = i + 2;
  while (v <= end && v - i <= 8 && !(/ing$/i.test(words[v]!.text) && INDIRECT_VERBS.has(words[v]!.text.toLowerCase()))) {
    if (/^[,;:()“”"—–]$/.test(words[v]!.text) || words[v]!.pos === 'VERB' || words[v]!.pos === 'AUX') return undefined;
    v++;
  }
  if (v > end || v - i > 8) return undefined;
  const that = isWord(words[v + 1], /^that$/i) ? v + 1 : -1;
  const from = that >= 0 ? that + 1 : v + 1;
  if (that < 0 && !startsClause(words, from, end)) return undefined;
  const content = clauseContent(words, from, end);
  return content && { finder: 'with-saying', cue: { from: v, to: v }, speaker: { from: i + 1, to: v - 1, prefer: 'first' }, content };
}

/**
 * The reported clause from `from` to the sentence end `end`: it stops at a semicolon, at a
 * further report (`, adding …`, `and said …`, `, and more than 4 in 10 said …`), at `, however`
 * or `, while` and where the reporter resumes ({@link reporterResumes}); it is dropped if it
 * holds four or more quoted words (a mixed quote, reported with its marks) or is shorter than
 * three words.
 */
function clauseContent(words: readonly Word[], from: number, end: number, stopAtConjunction = true): { from: number; to: number } | undefined {
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

/**
 * Where a reported clause hands back to the reporter: a non-restrictive relative
 * (`…, which votes next month`), `even though`, a second attribution (`…, according to X`),
 * a coordinated clause (`…, and has promoted …`, `…, and he lashed out at …`), a
 * comparison or an appositive about the whole (`…, compared with 9 percent of …`,
 * `…, something she has long demanded …`). Not `, but …`, `, although …` or a dash: in PolNeAR's
 * annotation (and to a reader) those usually go on with what was said.
 */
function reporterResumes(words: readonly Word[], k: number, end: number): boolean {
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
function untilReporterResumes(words: readonly Word[], content: { from: number; to: number }, after: number): { from: number; to: number } {
  for (let k = Math.max(after, content.from + MIN_CONTENT_WORDS); k < content.to; k++) {
    if (reporterResumes(words, k, content.to)) return { from: content.from, to: k - 1 };
  }
  return content;
}

/** A verb of saying within the next few words before any punctuation: another report's start. */
function reportFollows(words: readonly Word[], k: number, end: number): boolean {
  for (let i = k; i <= end && i - k < 10; i++) {
    if (/^[,;:.!?“”"]$/.test(words[i]!.text)) return false;
    if (i > k && isSayingVerb(words, i) && !/ing$/i.test(words[i]!.text)) return true;
  }
  return false;
}

/** After `said`, `said on Monday`, `said in an interview with X last week`: the first `that` before any verb. */
function findThat(words: readonly Word[], k: number, end: number): number {
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
function skipAside(words: readonly Word[], k: number, end: number): number {
  if (!/^[—–]$/.test(words[k]?.text ?? '')) return k;
  for (let i = k + 1; i <= end && i - k <= 12; i++) if (words[i]!.text === words[k]!.text) return i + 1;
  return k;
}

/** Skip `Monday`, `on Thursday`, `Tuesday night`, `last week`, `in a statement`, `, however,`. */
function skipAdverbials(words: readonly Word[], k: number, end: number): number {
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
function pastListener(words: readonly Word[], v: number, end: number): number {
  return LISTENER_VERBS.has(words[v]!.text.toLowerCase()) ? skipListener(words, v + 1, end) : v + 1;
}

/** `told reporters`, `told the Associated Press`, `told a radio host`, `warned him`: the listener before the clause. */
function skipListener(words: readonly Word[], k: number, end: number): number {
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
  return i > first ? i : k;
}

/**
 * Does a clause start at `from` (`the talks had failed`, `he would run`, `several people have
 * been …`)? A subject-like word, then a finite verb before any comma — not an object (`said nothing`).
 */
function startsClause(words: readonly Word[], from: number, end: number): boolean {
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
function asideEnd(words: readonly Word[], open: number, end: number): number {
  for (let i = open + 1; i <= end && i - open <= 12; i++) {
    const w = words[i]!;
    if (w.text === ',') return i > open + 1 ? i : -1;
    if (isFinite(words, i) || /^[;:()“”"]$/.test(w.text) || /^(?:that|which|who|whom|whose)$/i.test(w.text)) return -1;
  }
  return -1;
}

/** Past adverbs (`also`, `already`, `probably`) to the word after them. */
function skipAuxiliaries(words: readonly Word[], k: number, end: number): number {
  let i = k;
  while (i < end && words[i]!.pos === 'ADV') i++;
  return i;
}

/**
 * After the verb of `, the minister said on Monday in a statement.` nothing but adverbials and
 * phrases of place and time (or, inverted, `, said Kofi Mensah, an analyst.`, the speaker): no
 * verb, no quote, and no object (`, Mensah announced a plan.` reports no clause).
 */
function onlyAttributionAfter(words: readonly Word[], v: number, end: number, inverted: boolean): boolean {
  // What trails an attribution is short; a long run after it is a sentence of its own (and this keeps the scan linear).
  if (end - v > 40) return false;
  for (let i = v + 1; i <= end; i++) if (/^[;:“”"«»„]$/.test(words[i]!.text)) return false;
  if (inverted) {
    // `, said Kofi Mensah, an analyst who …`, `, say some lawmakers, who worry …`: the name has no
    // verb of its own (`, said the bill would pass` is another clause); what describes it may.
    for (let i = v + 1; i <= end; i++) {
      const w = words[i]!;
      if (/^(?:who|which|whose)$/i.test(w.text) || w.text === '(') return i > v + 1;
      // `, said Kofi Mensah, an analyst …` / `, said Mensah, 62.`: an appositive; not `, said Mensah, like X, had …`.
      if (w.text === ',') return i > v + 1 && (i === end || isWord(words[i + 1], /^(?:a|an|the|who|which|whose|his|her|their|its|one|\d+)$/i));
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

/** A finite verb: not a participle in -ing, not an infinitive after `to`. */
function isFinite(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  return (w.pos === 'AUX' || w.pos === 'VERB') && !/ing$/i.test(w.text) && !isWord(words[i - 1], /^to$/i) && !/^according$/i.test(w.text);
}

/** A verb of saying in the words that reports a clause of its own (`Mensah said his band …`), not `may add to his staff`, `promises to cut taxes`. */
function hasSayingVerb(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (!isSayingVerb(words, k)) continue;
    const next = skipAdverbials(words, k + 1, to);
    if (next > to || isWord(words[next], /^that$/i) || startsClause(words, next, to) || (LISTENER_VERBS.has(words[k]!.text.toLowerCase()) && skipListener(words, next, to) > next)) return true;
  }
  return false;
}

function hasFiniteVerb(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (isFinite(words, i)) return true;
  return false;
}
