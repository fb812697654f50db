import type { Span } from '../span.js';
import { lookupPlace } from '../knowledge/gazetteer.js';
import { hasTag, lexiconTags } from '../knowledge/lexicon.js';
import { inVocabulary } from '../nlp/wink.js';

/**
 * Names are recognized by their capitals, so a paragraph written all in capitals (`KOFI MENSAH
 * SAID…`) or all in lower case yields none. Such paragraphs are re-cased before analysis:
 * each word takes the form the article writes it in elsewhere (mid-sentence, in its ordinary
 * paragraphs), else what the gazetteer and lexicon know (places, given names and surnames,
 * honorifics, months, demonyms), else — not being an English word — the capitalized form of a
 * name; English words go to lower case, and sentences start with a capital. The result has
 * the same length as the input, character for character, so every offset stays valid; mention
 * texts are sliced from the original afterwards.
 *
 * Limits: an English word that is also a name (`Rose`, `Hill`) stays lower case unless the
 * article writes it capitalized elsewhere; an acronym (`NATO`) is kept only when it is written
 * so elsewhere, is not an English word in capitals, or has no vowel.
 */
export function truecase(text: string, paragraphs: readonly Span[]): string {
  const caseless = paragraphs.map((p) => isCaseless(text, p));
  if (!caseless.some(Boolean)) return text;
  const known = writtenForms(text, paragraphs, caseless);
  const chars = text.split('');
  paragraphs.forEach((p, i) => {
    if (caseless[i]) recase(text, p, known, chars);
  });
  return chars.join('');
}

// A word for these purposes: letters, with inner apostrophes and hyphens (`O’Neill`, `Owusu-Ansah`).
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
// Runs that hold URLs, e-mail addresses, handles or codes are left as they are.
const TECHNICAL = /[/@#_=&\\\d]/;
const MIN_WORDS = 6;

/** Six or more words and no lower-case letter, or no capital letter at all. */
function isCaseless(text: string, p: Span): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = p.start; i < p.end; i++) {
    const c = text[i]!;
    if (c !== c.toLowerCase()) upper++;
    else if (c !== c.toUpperCase()) lower++;
    if (upper > 0 && lower > 0) return false;
  }
  if (upper + lower === 0) return false;
  let words = 0;
  WORD.lastIndex = p.start;
  for (let m = WORD.exec(text); m && m.index < p.end && words < MIN_WORDS; m = WORD.exec(text)) words++;
  return words >= MIN_WORDS;
}

/**
 * How the article's ordinary paragraphs write each word, by its lower-case form: the most
 * frequent form away from a sentence start (where a capital says nothing), or any all-capital
 * form of two or more letters (`NATO` at a sentence start is still `NATO`).
 */
function writtenForms(text: string, paragraphs: readonly Span[], caseless: readonly boolean[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  paragraphs.forEach((p, i) => {
    if (caseless[i]) return;
    forEachWord(text, p, (word, _start, initial) => {
      const acronym = word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
      if (initial && !acronym) return;
      const key = word.toLowerCase();
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      counts.set(key, forms);
    });
  });
  const out = new Map<string, string>();
  for (const [key, forms] of counts) out.set(key, [...forms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  return out;
}

/** Call `visit` for each word of a paragraph with its offset and whether it starts a sentence. */
function forEachWord(text: string, p: Span, visit: (word: string, start: number, initial: boolean) => void): void {
  const line = text.slice(p.start, p.end);
  WORD.lastIndex = 0;
  let previousEnd = 0;
  for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
    const gap = line.slice(previousEnd, m.index);
    const initial = previousEnd === 0 ? /^[\s“"‘'«„(\[—–-]*$/.test(gap) : /[.!?][\s“"‘'«„(\[—–-]*$/.test(gap);
    previousEnd = m.index + m[0].length;
    // Part of a URL, address, handle or code: leave it.
    const runStart = line.lastIndexOf(' ', m.index) + 1;
    const runEnd = line.indexOf(' ', previousEnd);
    if (TECHNICAL.test(line.slice(runStart, runEnd < 0 ? line.length : runEnd))) continue;
    visit(m[0], p.start + m.index, initial);
  }
}

function recase(text: string, p: Span, known: ReadonlyMap<string, string>, chars: string[]): void {
  const line = text.slice(p.start, p.end);
  const shouted = line !== line.toLowerCase();
  const words: { word: string; start: number; initial: boolean }[] = [];
  forEachWord(text, p, (word, start, initial) => words.push({ word, start, initial }));
  const forms: (string | undefined)[] = words.map((w) => known.get(w.word.toLowerCase()));
  // Multi-word places the gazetteer knows (`united states`, `north khorasan province`).
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(4, words.length - i); n >= 2; n--) {
      const phrase = words.slice(i, i + n);
      if (phrase.some((w, k) => k > 0 && text.slice(phrase[k - 1]!.start + phrase[k - 1]!.word.length, w.start) !== ' ')) continue;
      if (!lookupPlace(phrase.map((w) => capitalized(w.word)).join(' '))) continue;
      phrase.forEach((w, k) => (forms[i + k] ??= capitalized(w.word)));
      i += n - 1;
      break;
    }
  }
  words.forEach((w, i) => {
    // Hyphenated words by their parts: `now-president` stays lower case, `owusu-ansah` is a name.
    let form = forms[i] ?? w.word.split('-').map((part) => (part ? guess(part, shouted) : part)).join('-');
    if (w.initial) form = form[0]!.toUpperCase() + form.slice(1);
    write(chars, w.start, w.word.length, form);
  });
}

// compromise's tags for names, and for the word classes that make a name also an English word (`will`, `rose`).
const NAME_TAGS = ['Month', 'WeekDay', 'Demonym', 'Country', 'City', 'Region', 'Place', 'Organization', 'FirstName', 'MaleName', 'FemaleName', 'LastName'];
const PLACE_TAGS = ['Country', 'City', 'Region', 'Place'];
const WORD_TAGS = ['Verb', 'Modal', 'Noun', 'Adjective', 'Adverb', 'Preposition', 'Determiner', 'Pronoun', 'Conjunction', 'Copula', 'Auxiliary'];

/** The likely form of a word the article writes nowhere else. */
function guess(word: string, shouted: boolean): string {
  const lower = word.toLowerCase();
  const bare = lower.replace(/['’]s$/, '');
  if (lower === 'i') return 'I';
  if (lower.length === 1) return lower;
  // `mr`, `dr`, `gen`, `sen`: abbreviated honorifics.
  if (hasTag(bare, 'Honorific') && hasTag(bare, 'Abbreviation')) return capitalized(word);
  // In capitals, a short word no one could say as a word is an acronym (`ZCTU`, `IMF`, not `KOFI`).
  const acronym = shouted && looksLikeAcronym(bare);
  if (lookupPlace(capitalized(bare)) && (!inVocabulary(bare) || hasTag(bare, ...PLACE_TAGS))) return capitalized(word);
  // A country code in capitals that is no English word (`UAE`, `EU`; not `US`, which may be `us`).
  if (shouted && lookupPlace(word) && !isEnglish(bare)) return word;
  if (hasTag(bare, ...NAME_TAGS) && !hasTag(bare, ...WORD_TAGS)) return acronym && hasTag(bare, 'Organization') ? word : capitalized(word);
  if (isEnglish(bare)) return lower;
  return acronym ? word : capitalized(word);
}

// Consonant pairs that start English (and most transliterated) words: `Kofi`, `Nkrumah` aside.
const ONSETS = new Set(['bl', 'br', 'ch', 'cl', 'cr', 'dh', 'dr', 'dw', 'fl', 'fr', 'gh', 'gl', 'gr', 'gw', 'kh', 'kl', 'kr', 'kw', 'ph', 'pl', 'pr', 'ps', 'qu', 'sc', 'sh', 'sk', 'sl', 'sm', 'sn', 'sp', 'st', 'sv', 'sw', 'th', 'tr', 'ts', 'tw', 'wh', 'wr', 'zh', 'zw']);

/** `ZCTU`, `FMLN`, `KNUT`, `IMF`, `BBC`: no vowel, a run of three consonants, an onset no word has, or three letters ending in two consonants. */
function looksLikeAcronym(word: string): boolean {
  if (word.length > 5) return false;
  if (!/[aeiouy]/.test(word) || /[^aeiouy]{3}/.test(word)) return true;
  if (/^[^aeiouy]{2}/.test(word) && !ONSETS.has(word.slice(0, 2))) return true;
  return word.length === 3 && /[^aeiouy]{2}$/.test(word);
}

const PREFIX = /^(?:un|re|pre|anti|non|arch|over|under|counter|co|dis|mis|sub|super|inter|post|semi|mid|multi|ex)(?=\p{L}{3})/u;
const SUFFIX = /(?<=\p{L}{3})(?:ness|ment|ity|ism|ist|ize|ise|able|ible|ful|less|ly|ing|ed|es|s|y)$/u;

/** In the lexicon, or made from a lexicon word with an English prefix or suffix (`archenemy`, `righty`). */
function isEnglish(word: string): boolean {
  const known = (w: string) => inVocabulary(w) || lexiconTags(w) !== undefined;
  return known(word) || known(word.replace(PREFIX, '')) || known(word.replace(SUFFIX, ''));
}

/** `owusu-ansah` → `Owusu-Ansah`, `o’neill` → `O’neill`. */
function capitalized(word: string): string {
  return word.toLowerCase().replace(/(^|-)(\p{L})/gu, (_m, dash: string, c: string) => dash + c.toUpperCase());
}

/**
 * Write `form` over the word of `length` characters at `start`, one character at a time, where
 * the case change keeps one code unit (`İ` lower-cases to two, so a form can be longer than its word).
 */
function write(chars: string[], start: number, length: number, form: string): void {
  for (let k = 0; k < form.length && k < length; k++) {
    const c = form[k]!;
    if (c.length === 1 && c.toLowerCase() === chars[start + k]!.toLowerCase()) chars[start + k] = c;
  }
}
