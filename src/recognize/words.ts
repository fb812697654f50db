import type { Token } from '../nlp/wink.js';
import type { Word, WordPart } from '../document.js';

const LETTER = /\p{L}/u;
/** Top-level domains a web address in news ends with. */
const TLD = /^(?:com|org|net|gov|edu|info|io|co|us|uk|ca|au|de|fr|in|ng|za|ke|gh)$/;

/**
 * Merge hyphen-joined tokens and hashtags into words, and note sentence starts.
 * `paragraphOf` maps a character offset to its paragraph index.
 */
export function wordsOf(tokens: readonly Token[], paragraphOf: (offset: number) => number): Word[] {
  const words: Word[] = [];
  let lastSentence = -1;
  let atStart = true;
  // Sentence boundaries wink-nlp put inside a web address (`GunBroker.` | `com said`), undone.
  let joined = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'SPACE' || /^\s+$/.test(t.text)) continue;
    const sentence = t.sentence - joined;
    if (sentence !== lastSentence) {
      lastSentence = sentence;
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
    // `A.B.C.-D` `.` `E.F.`, `D-N` `.` `C.`: wink-nlp cuts dotted capitals after a hyphen; the word is whole.
    let dotted = false;
    while (j > i && j + 2 < tokens.length && tokens[j + 1]!.text === '.' && !tokens[j + 1]!.spaceBefore && !tokens[j + 2]!.spaceBefore && /^\p{Lu}$/u.test(tokens[j]!.text) && /^(?:\p{Lu}\.)+$/u.test(tokens[j + 2]!.text)) {
      end = tokens[j + 2]!.end;
      j += 2;
      dotted = true;
    }
    // `GunBroker.com`, `news.example.org`: a web address is one word, and no sentence ends in it.
    while (j + 2 < tokens.length && tokens[j + 1]!.text === '.' && !tokens[j + 1]!.spaceBefore && !tokens[j + 2]!.spaceBefore && LETTER.test(tokens[j]!.text) && (TLD.test(tokens[j + 2]!.text) || (j + 4 < tokens.length && tokens[j + 3]!.text === '.' && !tokens[j + 3]!.spaceBefore && TLD.test(tokens[j + 4]!.text)))) {
      if (tokens[j + 2]!.sentence !== tokens[j]!.sentence) joined += tokens[j + 2]!.sentence - tokens[j]!.sentence;
      end = tokens[j + 2]!.end;
      j += 2;
    }
    if (j > i) text = tokens.slice(i, j + 1).map((x) => x.text).join('');
    const paragraph = paragraphOf(t.start);
    const prev = words[words.length - 1];
    if (prev && prev.paragraph !== paragraph) atStart = true;
    // Every word has the same fields (`parts` undefined unless a compound): one object shape keeps the hot loops over words fast.
    const parts = j > i ? partsOf(tokens.slice(i, j + 1), dotted) : undefined;
    const word: Word = { start: t.start, end, text, pos, sentence, sentenceStart: atStart, paragraph, spaceBefore: t.spaceBefore, parts };
    words.push(word);
    // `5) Can Mensah…`: numbering and punctuation before the first word keep the sentence open.
    if (LETTER.test(text)) atStart = false;
    i = j;
  }
  return words;
}

/** A compound's tokens as parts; dotted capitals cut by the tokenizer (`D` `.` `E.F.`) are one part again. */
function partsOf(tokens: readonly Token[], dotted: boolean): WordPart[] {
  const parts: WordPart[] = [];
  for (const x of tokens) {
    const prev = parts[parts.length - 1];
    if (dotted && prev && prev.end === x.start && !/^[-‐‑]$/.test(x.text) && !/^[-‐‑]$/.test(prev.text)) Object.assign(prev, { end: x.end, text: prev.text + x.text });
    else parts.push({ start: x.start, end: x.end, text: x.text, pos: x.pos });
  }
  return parts;
}

/** Starts with an upper-case letter (`Kenya`, `NUT`, `Brig.`). */
export function isCapitalized(text: string): boolean {
  const c = text[0] ?? '';
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Two or more letters, all upper case (`NUT`, `U.N.`). */
export function isAllCaps(text: string): boolean {
  // ASCII (most words): count capitals, stop at the first small letter, allocate nothing.
  let capitals = 0;
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capitals++;
    else if (c > 127) ascii = false;
  }
  if (ascii) return capitals >= 2;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
