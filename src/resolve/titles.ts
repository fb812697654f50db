import type { Typed, Word } from '../document.js';
import { ROLE_NOUNS } from '../knowledge/words.js';
import { isActorNoun, isFirstName } from '../knowledge/lexicon.js';

const DETERMINER = /^(?:the|a|an)$/i;
const STOP_POS = new Set(['VERB', 'AUX', 'PRON', 'PUNCT', 'SCONJ', 'CCONJ', 'PART', 'NUM', 'SYM']);
const MAX_TITLE_WORDS = 12;

function isRole(w: Word | undefined): boolean {
  if (!w) return false;
  const lower = w.text.toLowerCase();
  return ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(lower.replace(/-elect$/, '')) || (isActorNoun(lower) && w.pos === 'NOUN');
}

/**
 * Roles the article gives a person right around a mention:
 * before it (`health minister Kofi Mensah`, `the secretary of the National Security Council Amina Diallo`),
 * in an appositive after it (`Amina Diallo, the chair of the NUT,`),
 * or in an appositive before it (`a member of the Assembly (parliament), Kofi Mensah,`).
 */
export function titlesAround(text: string, words: readonly Word[], c: Typed, firstNameWord: number): string[] {
  const out: string[] = [];
  const before = rolePhraseBefore(text, words, firstNameWord - 1);
  if (before) out.push(before);
  const after = appositiveAfter(text, words, c.last + 1);
  if (after) out.push(after);
  if (words[firstNameWord - 1]?.text === ',') {
    const app = appositiveBefore(text, words, firstNameWord - 2);
    if (app) out.push(app);
  }
  return out;
}

/** Scan left from `k` over a role phrase directly before a name. */
function rolePhraseBefore(text: string, words: readonly Word[], k: number): string | undefined {
  // `X of Mensah`: a connector right before the name belongs to someone else's phrase.
  if (!words[k] || /^(?:of|for|the|and)$/i.test(words[k]!.text)) return undefined;
  let i = k;
  let start = -1;
  while (i >= 0 && k - i < MAX_TITLE_WORDS) {
    const w = words[i]!;
    if (w.paragraph !== words[k]?.paragraph) break;
    const lower = w.text.toLowerCase();
    if (DETERMINER.test(lower)) {
      if (words[i - 1] && /^(?:of|for)$/.test(words[i - 1]!.text)) {
        i--;
        continue;
      }
      break;
    }
    // `head of judiciary X` crosses `of`; `rhetoric of mogul X` does not: when the word
    // right before the name is itself the role, the title is that compound alone.
    if (lower === 'of' || lower === 'for') {
      if (isRole(words[k])) break;
      i--;
      continue;
    }
    if (STOP_POS.has(w.pos) && !isRole(w)) break;
    if (i < k && isFirstName(w.text) && /^\p{Lu}/u.test(w.text)) break;
    if (w.pos === 'ADP') break;
    start = i;
    i--;
  }
  return phraseWithRole(text, words, start, k);
}

function appositiveAfter(text: string, words: readonly Word[], k: number): string | undefined {
  if (words[k]?.text !== ',') return undefined;
  let i = k + 1;
  if (words[i] && DETERMINER.test(words[i]!.text)) i++;
  else return undefined;
  const start = i;
  let end = i;
  while (end < words.length && end - start < MAX_TITLE_WORDS && !/^[,.;:()!?“”"]$/.test(words[end]!.text) && words[end]!.pos !== 'VERB' && words[end]!.pos !== 'AUX') end++;
  if (end >= words.length || end === start) return undefined;
  const head = words.slice(start, Math.min(start + 3, end));
  if (!head.some(isRole)) return undefined;
  return text.slice(words[start]!.start, words[end - 1]!.end);
}

function appositiveBefore(text: string, words: readonly Word[], k: number): string | undefined {
  let i = k;
  let depth = 0;
  while (i >= 0 && k - i < MAX_TITLE_WORDS + 4) {
    const t = words[i]!.text;
    if (t === ')') depth++;
    else if (t === '(') depth--;
    else if (depth === 0 && (DETERMINER.test(t) || /^[,.;:“”"]$/.test(t))) break;
    i--;
  }
  if (i < 0 || !DETERMINER.test(words[i]!.text)) return undefined;
  const start = i + 1;
  const head = words.slice(start, Math.min(start + 4, k + 1));
  if (!head.some(isRole)) return undefined;
  return text.slice(words[start]!.start, words[k]!.end);
}

function phraseWithRole(text: string, words: readonly Word[], start: number, end: number): string | undefined {
  if (start < 0 || start > end) return undefined;
  while (start <= end && /^(?:of|for|the)$/i.test(words[start]!.text)) start++;
  if (start > end) return undefined;
  const phrase = words.slice(start, end + 1);
  if (!phrase.some(isRole)) return undefined;
  // A role phrase opens with a lower-case word or a role noun, never a stray name.
  return text.slice(words[start]!.start, words[end]!.end);
}
