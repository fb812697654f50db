import type { Word } from '../document.js';
import { AUXILIARY_OR_ADVERB, SUBJECT_PRONOUNS, TIME_WORDS } from '../knowledge/words.js';

/** Is `w` a word matching `pattern` (false past either end of the text)? */
export function isWord(w: Word | undefined, pattern: RegExp): boolean {
  return w !== undefined && pattern.test(w.text);
}

/**
 * Clause grammar shared by direct and reported speech: where sentences and clauses begin and
 * end, which words are a verb's subject, and which words between subject and verb are
 * auxiliaries or adverbs. Word indices throughout; wink-nlp's sentences and POS underneath.
 */

const SENTENCE_END = /^[.!?;…]$/;

/** A sentence-ending mark at word `i`; not the full stop of an abbreviation before `,` or `)` (`R-Ky.,`, `(D-Ore.)`). */
export function endsSentence(words: readonly Word[], i: number, marks: RegExp = SENTENCE_END): boolean {
  const t = words[i]!.text;
  return marks.test(t) && !(t === '.' && /^[,)]$/.test(words[i + 1]?.text ?? ''));
}

/**
 * First and last word of the sentence holding word `i`, within one paragraph: wink-nlp's
 * sentences, joined where its split is not a sentence end (`Sen. Kofi Mensah (D-Ore.) said`:
 * it splits after `Ore.`; a split before `)`, `,` or a lower-case word is not an end either).
 */
export function sentenceBounds(words: readonly Word[], i: number): { start: number; end: number } {
  const bounds = boundsOf(words);
  // No news sentence runs 150 words either side of a word; a text that does (a list, a run-on
  // scrape) is read in 150-word reaches, so no finder scans more than that around a word.
  return { start: Math.max(bounds.start[i]!, i - MAX_REACH), end: Math.min(bounds.end[i]!, i + MAX_REACH) };
}

const MAX_REACH = 150;

// Every finder asks for the sentence around a word; one pass over the words answers them all,
// so a text that is one endless sentence costs linear time, not quadratic. Keyed by the words
// array of one analysis, it cannot change an answer.
const sentenceIndex = new WeakMap<readonly Word[], { start: Int32Array; end: Int32Array }>();

function boundsOf(words: readonly Word[]): { start: Int32Array; end: Int32Array } {
  let bounds = sentenceIndex.get(words);
  if (bounds) return bounds;
  // Words inside a short bracket (`(D-N.Y)`, closed within 12 words): wink-nlp may end a sentence there.
  const bracketed = new Uint8Array(words.length);
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.text !== '(') continue;
    let c = k + 1;
    while (c < words.length && c - k <= 12 && words[c]!.text !== ')' && words[c]!.text !== '(' && words[c]!.paragraph === words[k]!.paragraph) c++;
    if (words[c]?.text === ')') bracketed.fill(1, k, c);
  }
  const joined = (k: number) => {
    const a = words[k]!;
    const b = words[k + 1]!;
    return a.paragraph === b.paragraph && (a.sentence === b.sentence || bracketed[k] === 1 || /^[),;:]$/.test(b.text) || /^\p{Ll}/u.test(b.text));
  };
  bounds = { start: new Int32Array(words.length), end: new Int32Array(words.length) };
  for (let k = 0; k < words.length; k++) bounds.start[k] = k > 0 && joined(k - 1) ? bounds.start[k - 1]! : k;
  for (let k = words.length - 1; k >= 0; k--) bounds.end[k] = k + 1 < words.length && joined(k) ? bounds.end[k + 1]! : k;
  sentenceIndex.set(words, bounds);
  return bounds;
}

/** Back from `k` to the start of its clause: sentence start, a closing quote, a semicolon or a colon. */
export function clauseStart(words: readonly Word[], k: number): number {
  const paragraph = words[k]?.paragraph;
  let i = k;
  // Inside a bracket nothing ends the clause: wink-nlp may split a sentence inside a party-state tag (`(D-N.Y.)`).
  let depth = words[k]?.text === ')' ? 1 : 0;
  while (i > 0 && k - i < MAX_REACH) {
    const prev = words[i - 1]!;
    if (prev.text === ')') depth++;
    else if (prev.text === '(' && depth > 0) {
      depth--;
      i--;
      continue;
    }
    if (depth > 0 && prev.paragraph === paragraph) {
      i--;
      continue;
    }
    // `She declared “What a night!” and said …`: a coordinated verb after a quote shares the subject before it.
    if (/^[”"»]$/.test(prev.text) && (/^(?:and|but)$/i.test(words[i]!.text) || (/ing$/i.test(words[i]!.text) && words[i - 2]?.text === ','))) {
      const open = openingMark(words, i - 1);
      if (open > 0 && words[open - 1]!.paragraph === paragraph && !/^[.!?;…]$/.test(words[open - 1]!.text)) {
        i = open;
        continue;
      }
    }
    // A colon opens a clause of its own (`… ahead of the vote: 1,200 nurses said …`).
    // wink-nlp starts a sentence after a party-state tag (`Kofi Mensah (D-Ore.) has said`); that is none.
    const closing = prev.text === ',' && words[i - 2]?.text === ')' ? i - 2 : prev.text === ')' ? i - 1 : -1;
    const afterTag = closing > 0 && (words[closing - 1]?.text === '.' || /\.$/.test(words[closing - 1]?.text ?? '')) && words.slice(Math.max(0, closing - 8), closing).some((w) => w.text === '(');
    // `… from the NRA — while his supporters have accused …`: a dash and a conjunction open a clause.
    const dashClause = /^(?:[—–]|--)$/.test(prev.text) && /^(?:while|but|and|whereas|though|although|as|yet)$/i.test(words[i]!.text);
    if (prev.paragraph !== paragraph || dashClause || endsSentence(words, i - 1, /^[.!?;:…”"»]$/) || (words[i]!.sentenceStart && !/^[,)]$/.test(words[i]!.text) && !afterTag)) break;
    i--;
  }
  return i;
}

/** The opening mark of the quote closed at `close` (within 80 words), or -1. */
export function openingMark(words: readonly Word[], close: number): number {
  const want = words[close]!.text === '”' ? '“' : words[close]!.text === '»' ? '«' : '"';
  for (let o = close - 1; o >= 0 && close - o < 80; o--) {
    if (words[o]!.text === want) return o;
    if (words[o]!.paragraph !== words[close]!.paragraph) return -1;
  }
  return -1;
}

/**
 * Past a leading subordinate or participial clause (`When asked about it,`, `Speaking in Accra,`),
 * which has its own subject, to the main clause.
 */
export function skipFraming(words: readonly Word[], start: number, k: number, prepositions = false): number {
  const first = words[start];
  // A subordinator, a participle, or (when asked) a prepositional phrase opening the sentence (`Alongside X’s calls for action, …`).
  const framing = /^(?:as|when|while|after|before|if|although|though|because|since|once|until|whereas)$/i.test(first?.text ?? '') || (/ing$/i.test(first?.text ?? '') && first!.pos === 'VERB') || (prepositions && first?.pos === 'ADP' && /^(?:alongside|amid|amidst|during|despite|in|on|at|with|without|following|throughout|within|beyond|besides|unlike|among|upon|against|through|across|for)$/i.test(first.text));
  if (!first || !framing) return start;
  let comma = start + 1;
  while (comma < k && words[comma]!.text !== ',') comma++;
  return comma < k ? comma + 1 : start;
}

/**
 * Where the subject of the verb after `k` starts. `…, and the Daily Times responded`,
 * `When X died in 1998, President Mensah released`: the stretch after the last comma, when
 * it holds words. `X, the minister, said` (nothing between the last comma and the verb):
 * the whole clause, whose first name is the subject.
 */
export function subjectStart(words: readonly Word[], k: number): number {
  // A reporting verb that is the article's first word has no subject before it.
  if (k < 0) return 0;
  const start = clauseStart(words, k);
  let depth = 0;
  for (let i = k; i > start; i--) {
    const t = words[i]!.text;
    if (t === ')') depth++;
    else if (t === '(') depth--;
    else if (t === ',' && depth === 0) {
      if (i === k) {
        // `…, while Diallo, the party’s leader, proposed`: a second clause has its own subject.
        for (let c = k - 1; c > start; c--) {
          if (words[c]!.text === ',' && /^(?:while|whereas|but|and|though|although)$/i.test(words[c + 1]?.text ?? '') && /^(?:\p{Lu}|the$|a$|an$)/u.test(words[c + 2]?.text ?? '')) return c + 2;
        }
        return skipFraming(words, start, k);
      }
      // `…, but now said`, `…, then leaned in and boomed`: a coordinated verb phrase with no
      // subject of its own shares the clause's subject.
      const segment = words.slice(i + 1, k + 1);
      // `X, the party chairman, this past week announced`: a time between subject and verb is no subject.
      if (segment.every((w) => TIME_WORDS.has(w.text.toLowerCase()) || /^(?:this|past|last|next|on|in|early|late|earlier|later|the|same)$/i.test(w.text) || w.pos === 'NUM')) return start;
      // `Mensah, R-Ky., delivered a message:`: a segment that opens with a past verb has no subject of its own.
      if (segment[0]?.pos === 'VERB' && /^\p{Ll}+ed$/u.test(segment[0].text)) return start;
      const hasSubject = segment.some((w) => /^[\p{Lu}\d]/u.test(w.text) || w.pos === 'NOUN' || w.pos === 'PRON' || w.pos === 'NUM' || /^(?:three-quarters|two-thirds|one-third|half|most|many|some|several|few|others|majority)$/i.test(w.text) || /^(?:he|she|it|they|we|i|the|a|an|this|that|these|those|who|his|her|their|its|our|my)$/i.test(w.text));
      return hasSubject ? i + 1 + (/^(?:and|but|or|so|while|whereas|though|although)$/i.test(words[i + 1]?.text ?? '') ? 1 : 0) : start;
    }
  }
  return start;
}

/**
 * The words naming the subject of the verb at `v` (`The minister`, `Kofi Mensah, the party’s
 * leader,`, `he`), not before `start`: undefined when there are none or they cannot name a
 * speaker (a verb, a quote mark or a sentence of their own in them).
 */
export function clauseSubject(words: readonly Word[], v: number, start: number): { from: number; to: number; prefer: 'first' } | undefined {
  if (v <= start) return undefined;
  // `… rushed everyone inside and said …`: a verb coordinated with the main one shares its subject.
  if (/^(?:and|but)$/i.test(words[trimAuxiliaries(words, start, v - 1)]?.text ?? '')) {
    const main = mainClauseSubject(words, v - 1);
    return main && main.from >= start ? { ...main, prefer: 'first' } : undefined;
  }
  let from = Math.max(start, subjectStart(words, v - 1));
  // `because he said …`, `And officials said …`: the subordinator or conjunction is not the subject.
  while (from < v - 1 && /^(?:because|as|when|where|while|if|since|although|though|after|before|and|but|so|yet|even|also|instead|then|now)$/i.test(words[from]!.text)) from++;
  const to = trimAuxiliaries(words, from, v - 1);
  // `It was the bill X opposed and Okafor said …`: after a clause with its own verb, `and` starts a new subject.
  // (Only when what follows `and` is a subject and nothing else: a name, a pronoun, `the` + noun.)
  for (let c = to - 1; c > from; c--) {
    if (/^[—–()]$|^--$/.test(words[c]!.text)) break;
    if (!/^(?:and|but|whereas)$/i.test(words[c]!.text)) continue;
    const next = words[c + 1]!;
    const subjectOnly = words.slice(c + 1, to + 1).every((w) => w.pos !== 'VERB' && w.pos !== 'AUX' && !/^[,;:]$/.test(w.text));
    const subjectLike = (next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text)) || /^(?:he|she|they|we|i|the)$/i.test(next.text);
    if (subjectOnly && subjectLike && words.slice(from, c).some((w, i) => (w.pos === 'VERB' || w.pos === 'AUX') && !/ing$/i.test(w.text) && !isWord(words[from + i - 1], /^to$/i))) from = c + 1;
    break;
  }
  if (to < from || to - from > 40) return undefined;
  for (let k = from; k <= to; k++) if (/^[“”"«»„:;]$/.test(words[k]!.text)) return undefined;
  const first = words[from]!;
  // `at least a dozen members`, `as many as three-fourths of them`: a quantity opens the subject.
  const quantity = /^(?:at|as|up)$/i.test(first.text) && /^(?:least|most|many|much|to)$/i.test(words[from + 1]?.text ?? '');
  if (quantity) return { from, to, prefer: 'first' };
  // A subject starts like a noun phrase: a capital, a pronoun, a determiner or quantifier (`three-quarters of voters`, `nearly half`), an -ing modifier (`striking workers`).
  if (!/^[\p{Lu}\d]/u.test(first.text) && !SUBJECT_PRONOUNS.has(first.text.toLowerCase()) && !/^(?:DET|NUM|NOUN|PROPN|ADJ)$/.test(first.pos) && !(/ing$/.test(first.text) && first.pos === 'VERB') && !/^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|some|many|most|several|both|all|other|another|one|two|three|four|multiple|who|which|nearly|about|almost|roughly|only|just|more|fewer|less|half|over|under|around)$/i.test(first.text)) return undefined;
  return { from, to, prefer: 'first' };
}

/**
 * The subject of the clause ending at `k` (`Speaking in Accra, Mensah thanked voters`,
 * `Diallo, who leads the party, rallied supporters`): the phrase before its first finite verb
 * outside relative clauses and framing participles.
 */
export function mainClauseSubject(words: readonly Word[], k: number): { from: number; to: number } | undefined {
  const start = skipFraming(words, clauseStart(words, k), k, true);
  let relative = false;
  for (let f = start + 1; f < k; f++) {
    const w = words[f]!;
    if (/^(?:who|which|whose)$/i.test(w.text) && words[f - 1]!.text === ',') relative = true;
    else if (w.text === ',') relative = false;
    if (relative || (w.pos !== 'VERB' && w.pos !== 'AUX') || /ing$/i.test(w.text) || /^to$/i.test(words[f - 1]!.text)) continue;
    const from = subjectStart(words, f - 1);
    const to = trimAuxiliaries(words, from, f - 1);
    return to >= from ? { from, to } : undefined;
  }
  return undefined;
}

/** Drop adverbs, auxiliaries and negation between a subject and its verb (`he ridiculously added`, `won’t admit`). */
export function trimAuxiliaries(words: readonly Word[], from: number, to: number): number {
  // A capitalized word left alone is a name, whatever it looks like (`In particular, Can wrote`); at a sentence start only by its ending (`Kelly said`, not `Also said`).
  // (`A Mensah ally said`: after an article and a name, a word in -ly is the head noun.)
  const headNoun = (i: number) => words[i - 1]?.pos === 'PROPN' && /^(?:a|an|the)$/i.test(words[i - 2]?.text ?? '');
  while (to >= Math.max(from, 0) && (AUXILIARY_OR_ADVERB.has(words[to]!.text.toLowerCase()) || (/ly$/i.test(words[to]!.text) && words[to]!.pos === 'ADV' && !headNoun(to))) && !(to === from && /^\p{Lu}\p{Ll}/u.test(words[to]!.text) && (!words[to]!.sentenceStart || /ly$/.test(words[to]!.text)))) to--;
  return to;
}
