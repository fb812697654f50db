import type { Word } from '../document.js';
import { endsSentence, mainClauseSubject, subjectStart, trimAuxiliaries } from '../grammar/clauses.js';
import { CAUSAL, causalSpeechVerb, isReportingVerb } from '../grammar/reports.js';
import { ROLE_NOUNS, SPEECH_VERB_FORMS } from '../knowledge/words.js';

/** Where a quote's cue and speaker phrase are, in word indices. */
export interface Cue {
  /** Word index of the cue (verb, `according`, or colon). */
  cue: number;
  /** Inclusive word range naming the speaker; `from > to` when there is none. */
  from: number;
  to: number;
  prefer: 'first' | 'last';
  /** The quote is a fragment inside reported speech (`said the mayor had “no plan at all”`): a mixed quote. */
  embedded: boolean;
}

const MAX_PHRASE = 16;
const CLAUSE_END = /^(?:[.!?;…]|[“”"«»„])$/;
const SPEAKER_START = /^(?:\p{Lu}|\d|the$|a$|an$|one$|another$|two$|three$|several$|many$|some$|both$|he$|she$|it$|they$|we$|i$)/u;
const PHRASE_END = /^(?:on|in|at|during|after|before|while|when|as|to|from|with|without|about|last|this|earlier|later|recently|yesterday|today|[,.;:!?()]|[“”"«»„])$/i;


/**
 * `“…,” X said` / `“…,” said X` / `“…,” X, the <role>, added` / `“…,” according to X`:
 * the cue after a closing mark, scanning up to the end of the sentence.
 */
export function cueAfter(words: readonly Word[], k: number, paragraph: number, attributionExpected = false): Cue | undefined {
  let i = k;
  while (i < words.length && /^[,—–-]$/.test(words[i]!.text)) i++;
  const start = i;
  // What follows a quote must look like a speaker phrase: a name, pronoun or determiner
  // (`” he said`, `” the minister added`), or the verb itself (`” said X`).
  const first = words[start];
  if (!first || first.paragraph !== paragraph) return undefined;
  if (!/^\p{Lu}/u.test(first.text) && !/^(?:he|she|it|they|we|i|the|a|an|this|that|one|its|his|her|their|according)$/i.test(first.text) && !isReportingVerb(first, words[start + 1]) && !(attributionExpected && first.pos === 'VERB') && !startsSpeakerPhrase(words, start, true))
    return undefined;
  let depth = 0;
  // `” Mensah, the party’s candidate for … and a former …, said`: an appositive may run long.
  const appositive = words.slice(start, start + 6).some((w) => w.text === ',') && /^\p{Lu}/u.test(first.text);
  for (; i < words.length && i - start <= (appositive ? 2 * MAX_PHRASE : MAX_PHRASE); i++) {
    const w = words[i]!;
    // A full stop inside a party-state tag (`Rep. Kofi Mensah (D-Ore.) said`) does not end the clause.
    if (w.text === '(') depth++;
    else if (w.text === ')') depth = Math.max(0, depth - 1);
    // Nor does one closing an abbreviation before a comma (`Mitch Mensah, R-Ky., said`).
    const abbreviation = w.text === '.' && words[i + 1]?.text === ',';
    if (w.paragraph !== paragraph || (CLAUSE_END.test(w.text) && !((depth > 0 || abbreviation) && w.text === '.'))) break;
    if (/^according$/i.test(w.text) && words[i + 1]?.text.toLowerCase() === 'to') {
      return { cue: i, from: i + 2, to: phraseEnd(words, i + 2), prefer: 'first', embedded: false };
    }
    // `“This is fantastic!” beamed X`: after a quote ending in , ! or ? any verb right there is the cue.
    const trigram = attributionExpected && i - start <= 3 && w.pos === 'VERB' && /(?:ed|ew|ang|ote|old|aid)$/i.test(w.text);
    // `“…,” Mensah notes.`: after a quote ending in a comma, a name and a verb of saying in the
    // present attribute it, whatever part of speech the tagger gave the verb.
    const present = attributionExpected && i > start && i - start <= 4 && /^\p{Ll}+s$/u.test(w.text) && SPEECH_VERB_FORMS.has(w.text) && /^\p{Lu}|^(?:he|she|it|they)$/iu.test(words[i - 1]!.text) && /^[.,;]$/.test(words[i + 1]?.text ?? '.');
    if (isReportingVerb(w, words[i + 1]) || trigram || present) {
      // Adverbs between speaker and verb (`he ridiculously added`) are not the speaker.
      let to = trimAuxiliaries(words, start, i - 1);
      // `X, a figure close to Y, stated`: the speaker is the name before the appositive.
      for (let c = start + 1; c <= to; c++) if (words[c]!.text === ',') to = c - 1;
      if (to >= start) return { cue: i, from: start, to, prefer: 'last', embedded: false };
      // `” said the minister`; but `” compared to …`, `” referring to …` continue the sentence before the quote.
      if (/ing$/i.test(w.text) || !startsSpeakerPhrase(words, i + 1, true)) return undefined;
      return { cue: i, from: i + 1, to: withAppositiveName(words, phraseEnd(words, i + 1)), prefer: 'first', embedded: false };
    }
  }
  return undefined;
}

/**
 * `“…” for the victory, Mensah said.` / `“…” if she lost, said Kofi Mensah, an analyst.`: the quote
 * is part of a sentence whose attribution comes after a comma further on.
 */
export function cueLater(words: readonly Word[], k: number, paragraph: number): Cue | undefined {
  for (let i = k; i < words.length && i - k < 25; i++) {
    const w = words[i]!;
    if (w.paragraph !== paragraph || endsSentence(words, i) || /^[“"«„]$/.test(w.text)) return undefined;
    if (!isReportingVerb(w, words[i + 1]) || /ing$/i.test(w.text)) continue;
    if (words[i - 1]?.text === ',' && startsSpeakerPhrase(words, i + 1, true)) return { cue: i, from: i + 1, to: phraseEnd(words, i + 1), prefer: 'first', embedded: true };
    let comma = i - 1;
    while (comma > k && words[comma]!.text !== ',' && i - comma <= 6) comma--;
    if (words[comma]?.text !== ',' || comma >= i - 1) return undefined;
    const to = trimAuxiliaries(words, comma + 1, i - 1);
    return to > comma && startsSpeakerPhrase(words, comma + 1, false) ? { cue: i, from: comma + 1, to, prefer: 'last', embedded: true } : undefined;
  }
  return undefined;
}

/** `“…” — Kofi Mensah, Accra.` or a quote followed by a line `- Kofi Mensah.`: a dash and a name sign the quote. */
export function cueDash(words: readonly Word[], k: number, paragraph: number): Cue | undefined {
  const dash = words[k];
  const name = words[k + 1];
  if (!dash || !name || !/^[-–—]$/.test(dash.text) || dash.paragraph > paragraph + 1 || name.paragraph !== dash.paragraph || !/^\p{Lu}/u.test(name.text)) return undefined;
  // `– An immigrant himself –`: a subheading between dashes, not a signature.
  if (/^(?:a|an|the|this|that|in|on|at|for|from|by)$/i.test(name.text)) return undefined;
  let end = k + 1;
  while (end + 1 < words.length && words[end + 1]!.paragraph === dash.paragraph && !/^[,.;:(]$/.test(words[end + 1]!.text) && end - k < 6) end++;
  return { cue: k, from: k + 1, to: end, prefer: 'first', embedded: false };
}

/** `X said: “`, `He added, “`, `X told reporters: “`, `According to X, “`, `X: “`. */
export function cueBefore(words: readonly Word[], k: number): Cue | undefined {
  // k is the first word index at or after the opening mark; scan back from the mark.
  let i = k - 1;
  const markParagraph = words[i]?.paragraph;
  // (Two apostrophes are one mark as the New York Times writes it: `''We will …`.)
  while (i >= 0 && /^(?:[“"«„‘']|'')$/.test(words[i]!.text)) i--;
  if (i < 0) return undefined;
  const colon = words[i]!.text === ':' ? i : -1;
  // `X responded:` ending one paragraph introduces the quote opening the next.
  if (words[i]!.paragraph !== markParagraph && colon < 0) return undefined;
  const paragraph = words[i]!.paragraph;
  let j = i;
  while (j >= 0 && /^[,:—–-]$/.test(words[j]!.text)) j--;
  // Scan back through the sentence for the reporting verb. Right before the mark (`said: “`,
  // `told reporters, “`) it introduces the quote; further back (`said the mayor had “…”`) the
  // quote is a fragment of reported speech.
  for (let v = j; v >= 0 && j - v < 30; v--) {
    const w = words[v]!;
    // Earlier fragments of the same sentence (`“pathetic” and “dangerous”`) do not end it.
    if (w.paragraph !== paragraph || endsSentence(words, v)) break;
    // `said he would not meet Ruiz because the premier called him “divisive”`: words quoted in a
    // causal clause with a verb of saying or portraying of its own are its subject's.
    if (v < j && CAUSAL.test(w.text)) {
      const k = causalSpeechVerb(words, v, j);
      const to = k >= 0 ? trimAuxiliaries(words, v + 1, k - 1) : v;
      if (to > v) return { cue: k, from: v + 1, to, prefer: 'first', embedded: true };
    }
    // (`…, chiding him, “…`: wink-nlp may tag a participle after a comma as a noun.)
    if (isReportingVerb(w, words[v + 1]) || (/^\p{Ll}+ing$/u.test(w.text) && words[v - 1]?.text === ',' && SPEECH_VERB_FORMS.has(w.text))) {
      // Inverted: `”, said the senator, “…` / `Continued Mensah: “…`: the speaker follows the verb
      // and punctuation separates it from the mark (`, saying Mensah would “…` is not inverted).
      const participle = /ing$/i.test(w.text);
      // After a bare comma only verbs that are not followed by a listener can be inverted
      // (`, says Mensah, …` but not `X, who …, told Reuters, “`).
      const afterComma = words[v - 1]?.text === ',' && !/^(?:said|says|added|adds|wrote|writes|noted|notes|explained|explains|continued|continues|recalled|recalls)$/i.test(w.text);
      if (v < j && !participle && !afterComma && (w.sentenceStart || /^[”"»,]$/.test(words[v - 1]?.text ?? ''))) {
        // `, says Mensah, the party’s historian, is that “…`: the speaker phrase ends at its comma.
        let end = v + 1;
        while (end < j && words[end + 1]!.text !== ',') end++;
        const phrase = words.slice(v + 1, end + 1);
        if ((end < j || j < i) && startsSpeakerPhrase(words, v + 1, /^[”"»]$/.test(words[v - 1]?.text ?? '')) && phrase.length <= MAX_PHRASE && !phrase.some((x) => x.pos === 'VERB' || x.pos === 'AUX'))
          return { cue: v, from: v + 1, to: end, prefer: 'first', embedded: false };
      }
      // `X rallied supporters, saying: “…`: a participle after a comma shares the main clause's subject.
      if (participle && (words[v - 1]?.text === ',' || (/^[”"»]$/.test(words[v - 1]?.text ?? '') && words[v - 2]?.text === ','))) {
        // `…, Mensah said, adding “…`: the participle continues the report just before it.
        const said = words[v - 1]?.text === ',' && isReportingVerb(words[v - 2], words[v - 1]) && !/ing$/i.test(words[v - 2]!.text) ? v - 2 : -1;
        const from = said > 0 ? subjectStart(words, said - 1) : -1;
        const subject = said > 0 ? { from, to: trimAuxiliaries(words, from, said - 1) } : mainClauseSubject(words, v - 1);
        if (subject) return { cue: v, ...subject, prefer: 'first', embedded: v !== j && j === i };
      }
      const direct = v === j || (j - v <= 3 && /^(?:to|reporters|journalists|the|a|an|him|her|them|us|me|it)$/i.test(words[v + 1]?.text ?? '') && colon >= 0);
      // `Mensah said it was too early but added, “…`: a coordinated verb shares the clause's subject.
      const coordinated = /^(?:and|but)$/i.test(words[trimAuxiliaries(words, 0, v - 1)]?.text ?? '') ? mainClauseSubject(words, v - 1) : undefined;
      const from = coordinated?.from ?? subjectStart(words, v - 1);
      const to = coordinated?.to ?? trimAuxiliaries(words, from, v - 1);
      return { cue: v, from, to, prefer: 'first', embedded: !direct && colon < 0 };
    }
    if (/^according$/i.test(w.text) && words[v + 1]?.text.toLowerCase() === 'to')
      return { cue: v, from: v + 2, to: phraseEnd(words, v + 2), prefer: 'first', embedded: v + 2 <= j && phraseEnd(words, v + 2) < j };
  }
  if (colon >= 0 && colon === i) {
    const from = subjectStart(words, colon - 1);
    return { cue: colon, from, to: colon - 1, prefer: 'first', embedded: false };
  }
  return undefined;
}

/**
 * `the minister`, `Mensah`, `he`, `former party leader Amina Diallo` — not `to …`, `on Twitter`.
 * A possessive (`his spokesman`) starts a speaker only right after a quote (`” said his spokesman`);
 * elsewhere it is the verb's object (`, told her supporters, “`).
 */
function startsSpeakerPhrase(words: readonly Word[], i: number, afterQuote: boolean): boolean {
  const w = words[i];
  if (!w || PHRASE_END.test(w.text) || /^(?:of|for|by|that|him|them|me|us)$/i.test(w.text)) return false;
  if (/^(?:his|her|its|their)$/i.test(w.text)) return afterQuote;
  if (SPEAKER_START.test(w.text)) return true;
  // Lowercase role words before a name: `retired neurosurgeon Kofi Mensah`.
  for (let k = i; k < words.length && k - i < 5; k++) {
    if (/^\p{Lu}/u.test(words[k]!.text)) return true;
    if (!/^(?:NOUN|ADJ|NUM|DET)$/.test(words[k]!.pos) && !/^(?:-|of)$/.test(words[k]!.text)) return false;
  }
  return false;
}

/** `said the governor’s spokeswoman, Ana Ruiz`: a role, a comma and the name it introduces belong together. */
function withAppositiveName(words: readonly Word[], to: number): number {
  if (words[to + 1]?.text !== ',' || !ROLE_NOUNS.has(words[to]!.text.toLowerCase())) return to;
  let end = to + 2;
  while (end < words.length && end - to < 6 && /^\p{Lu}/u.test(words[end]!.text) && words[end]!.pos === 'PROPN') end++;
  return end > to + 2 ? end - 1 : to;
}

function phraseEnd(words: readonly Word[], from: number): number {
  let i = from;
  while (i < words.length && i - from < MAX_PHRASE && !PHRASE_END.test(words[i]!.text)) i++;
  return i - 1;
}

