import type { Token } from '../nlp/wink.js';

/**
 * A word as a reader sees it: wink-nlp splits `Bandar-e`, `President-elect` and
 * `#Kenya` into several tokens; names need them whole.
 */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** POS of the word's main token (PROPN wins for hyphenated compounds). */
  pos: string;
  sentence: number;
  /** True for the first word of a sentence (after any opening quote or bracket). */
  sentenceStart: boolean;
  /** Index of the paragraph (line) the word is in. */
  paragraph: number;
  /** True when the word follows whitespace (or starts the text). */
  spaceBefore: boolean;
}

const LETTER = /\p{L}/u;

/**
 * Merge hyphen-joined tokens and hashtags into words, and note sentence starts.
 * `paragraphOf` maps a character offset to its paragraph index.
 */
export function wordsOf(tokens: readonly Token[], paragraphOf: (offset: number) => number): Word[] {
  const words: Word[] = [];
  let lastSentence = -1;
  let atStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'SPACE' || /^\s+$/.test(t.text)) continue;
    if (t.sentence !== lastSentence) {
      lastSentence = t.sentence;
      atStart = true;
    }
    let end = t.end;
    let text = t.text;
    let pos = t.pos;
    let j = i;
    // word-word-word with no spaces: one compound word.
    while (
      j + 2 < tokens.length &&
      /^[-‐‑]$/.test(tokens[j + 1]!.text) &&
      !tokens[j + 1]!.spaceBefore &&
      !tokens[j + 2]!.spaceBefore &&
      LETTER.test(tokens[j]!.text) &&
      LETTER.test(tokens[j + 2]!.text)
    ) {
      end = tokens[j + 2]!.end;
      if (tokens[j + 2]!.pos === 'PROPN') pos = 'PROPN';
      j += 2;
    }
    if (j > i) text = tokens.slice(i, j + 1).map((x) => x.text).join('');
    const paragraph = paragraphOf(t.start);
    const prev = words[words.length - 1];
    if (prev && prev.paragraph !== paragraph) atStart = true;
    words.push({ start: t.start, end, text, pos, sentence: t.sentence, sentenceStart: atStart, paragraph, spaceBefore: t.spaceBefore });
    // `5) Can Mensah…`: numbering and punctuation before the first word keep the sentence open.
    if (LETTER.test(text)) atStart = false;
    i = j;
  }
  return words;
}

/** Starts with an upper-case letter (`Kenya`, `NUT`, `Brig.`). */
export function isCapitalized(text: string): boolean {
  const c = text[0] ?? '';
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Two or more letters, all upper case (`NUT`, `U.N.`). */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
