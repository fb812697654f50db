import type { Typed, Word } from '../document.js';
import { ROLE_NOUNS, isTitleWord } from '../knowledge/words.js';
import { isActorNoun, isFirstName } from '../knowledge/lexicon.js';

const DETERMINER = /^(?:the|a|an)$/i;
const STOP_POS = new Set(['VERB', 'AUX', 'PRON', 'PUNCT', 'SCONJ', 'CCONJ', 'PART', 'NUM', 'SYM']);
const MAX_TITLE_WORDS = 12;

function isRole(w: Word | undefined): boolean {
  if (!w) return false;
  const lower = w.text.toLowerCase();
  return ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(lower.replace(/-elect$/, '')) || (isActorNoun(lower) && w.pos === 'NOUN');
}

/** `moderators`, `men`: a plural noun is a group's role, never one person's title. */
function isPlural(w: Word): boolean {
  const lower = w.text.toLowerCase();
  if (/^(?:men|women|people|children|folks)$/.test(lower) || /(?:^|-)(?:men|women)$/.test(lower) && !ROLE_NOUNS.has(lower)) return true;
  return /[^s]s$/.test(lower) && !ROLE_NOUNS.has(lower) && isRole({ ...w, text: lower.slice(0, -1) });
}

/** Words that open a clause inside an appositive: the role phrase ends before them (`a lawyer | who …`). */
const CLAUSE_OPENERS = /^(?:who|whom|whose|which|that|where|when|while|because|as|than|if)$/i;
/** Words a role phrase does not end with (`adviser for X and | his`). */
const DANGLING = /^(?:and|or|of|for|to|at|in|on|with|from|by|under|the|a|an|['’]s?)$/i;

/**
 * Words `[start, end)` as a role phrase: up to the first clause opener, verb, pronoun or
 * determiner that does not follow a preposition (`nominee | that year`), without dangling words
 * at its end; its head (the last word before a preposition: `secretary of the Council`,
 * `Fox News host`) a singular role noun (`delegate battle` has none). Undefined
 * when no such phrase remains: a clause fragment is no title.
 */
function rolePhraseIn(text: string, words: readonly Word[], start: number, end: number): string | undefined {
  let stop = start;
  while (stop < end) {
    const w = words[stop]!;
    if (CLAUSE_OPENERS.test(w.text) || w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PRON' || w.pos === 'SCONJ') break;
    if (stop > start && DETERMINER.test(w.text) === false && w.pos === 'DET' && words[stop - 1]!.pos !== 'ADP') break;
    stop++;
  }
  while (stop > start && DANGLING.test(words[stop - 1]!.text)) stop--;
  if (stop === start) return undefined;
  let head = start;
  while (head + 1 < stop && words[head + 1]!.pos !== 'ADP' && !/^(?:of|for|at|with|under|to)$/i.test(words[head + 1]!.text)) head++;
  const h = words[head]!;
  // Coordinated heads count too: `senior adviser and pollster`.
  const coordinated = words.slice(start, head).some((w, k) => isRole(w) && /^(?:and|or)$/.test(words[start + k + 1]!.text));
  if (isPlural(h) || !(isRole(h) || coordinated)) return undefined;
  return text.slice(words[start]!.start, words[stop - 1]!.end);
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
    // right before the name is itself the role (`mogul`, `Gov.`), the title is that compound alone.
    if (lower === 'of' || lower === 'for') {
      if (isRole(words[k]) || isTitleWord(words[k]!.text)) break;
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
  while (end < words.length && end - start < MAX_TITLE_WORDS && !/^[,.;:()!?“”"]$/.test(words[end]!.text)) end++;
  // An appositive closes with punctuation; one that runs on is a clause, not a role.
  if (end >= words.length || end === start || end - start >= MAX_TITLE_WORDS) return undefined;
  return rolePhraseIn(text, words, start, end);
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
  // The whole phrase up to the comma before the name must be the role: `the rhetoric many politicians spread, X` is not.
  const phrase = rolePhraseIn(text, words, start, k + 1);
  return phrase !== undefined && phrase.length === words[k]!.end - words[start]!.start ? phrase : undefined;
}

function phraseWithRole(text: string, words: readonly Word[], start: number, end: number): string | undefined {
  if (start < 0 || start > end) return undefined;
  while (start <= end && /^(?:of|for|the)$/i.test(words[start]!.text)) start++;
  if (start > end) return undefined;
  // The phrase must run up to the name: its last words are the role (`Fox News host X`).
  const phrase = rolePhraseIn(text, words, start, end + 1);
  return phrase !== undefined && phrase.length === words[end]!.end - words[start]!.start ? phrase : undefined;
}
