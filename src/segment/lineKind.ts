import { FUNCTION_WORDS } from '../knowledge/words.js';

/**
 * What kind of line a run of words is: `caps` when written in capitals (`VOTERS MAKE GOOD
 * CHOICE`), `title` when every word but function words is capitalized (headlines, captions), else
 * undefined. Four words at least: a short line says too little. On such lines a capital is no
 * evidence of a name; the tagger and the rule candidates read them the same way.
 */
export function lineKind(words: readonly { readonly text: string }[]): 'caps' | 'title' | undefined {
  let letters = 0;
  let caps = 0;
  let capitalized = 0;
  let lowerContent = 0;
  // Most lines are prose: stop at the first lower-case content words no headline could have.
  const limit = words.length * 0.1;
  for (const w of words) {
    const t = w.text;
    const kind = initial(t);
    if (kind === 0) continue;
    letters++;
    if (kind === 2) {
      capitalized++;
      if (t.length > 1 && t === t.toUpperCase()) caps++;
    } else if (!FUNCTION_WORDS.has(t) && ++lowerContent > limit) return undefined;
  }
  if (letters < 4 || lowerContent > letters * 0.1) return undefined;
  if (caps >= letters * 0.8) return 'caps';
  return capitalized >= 3 ? 'title' : undefined;
}

/** 0 when a word does not start with a letter, 1 with a lower-case one, 2 with a capital (ASCII without a regex). */
function initial(t: string): 0 | 1 | 2 {
  const c = t.charCodeAt(0);
  if (c >= 97 && c <= 122) return 1;
  if (c >= 65 && c <= 90) return 2;
  if (c < 128 || !/^\p{L}/u.test(t)) return 0;
  return /^\p{Lu}/u.test(t) ? 2 : 1;
}
