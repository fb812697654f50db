import type { Candidate, Word } from '../document.js';
import { isTitleWord } from '../knowledge/words.js';
import { countryName } from '../knowledge/gazetteer.js';

/** `National Union of Teachers (NUT)`: the long form and the short forms it defines. */
export interface AcronymDefinition {
  /** Index of the long-form candidate. */
  long: number;
  /** Indices of the short-form candidates inside the parentheses. */
  short: number[];
}

// `R-TX`, `D-Calif.` after a politician's name are party and state, not acronyms.
const SHORT = /^[\p{Lu}][\p{Lu}\p{N}&.]{1,9}$/u;

/**
 * A name followed directly by parentheses holding short capitalized forms, separated by
 * slashes (`(NUT/KNUT)`, `(NUT / KNUT Kenya)`), defines those forms as its aliases.
 */
export function findAcronymDefinitions(text: string, words: readonly Word[], candidates: readonly Candidate[]): AcronymDefinition[] {
  const byStart = new Map<number, number>();
  candidates.forEach((c, idx) => byStart.set(c.start, idx));
  const out: AcronymDefinition[] = [];
  candidates.forEach((c, idx) => {
    if (c.name.split(' ').length < 2 && !/-/.test(c.name)) return;
    const open = c.last + 1;
    if (words[open]?.text !== '(') return;
    const short: number[] = [];
    let k = open + 1;
    while (k < words.length && words[k]!.text !== ')' && k - open < 12) {
      const sc = byStart.get(words[k]!.start);
      if (sc !== undefined) {
        const cand = candidates[sc]!;
        const head = cand.name.split(' ')[0]!;
        if (!SHORT.test(head) && !initialsOf(c.name, head)) return;
        // `Mark Crear (U.S.)`, `Kia Motor Corp (U.S.)`: a country in brackets says where, unless it spells the name.
        if (countryName(head) && !spells(c.name, head)) return;
        short.push(sc);
        k = cand.last + 1;
        continue;
      }
      if (words[k]!.text !== '/' && words[k]!.text !== ',' && words[k]!.text !== 'or') return;
      k++;
    }
    if (words[k]?.text === ')' && short.length > 0 && /^\s*\(/.test(text.slice(c.end, c.end + 3))) out.push({ long: idx, short });
  });
  return out;
}

/** `United States (U.S.)`: the letters of the short form are the long form's capitalized initials. */
function spells(long: string, short: string): boolean {
  return short.replace(/\./g, '') === capitalInitials(long);
}

/** `Board of Trade (BoT)`: a short form in mixed case whose capitals are the long form's capitalized initials. */
function initialsOf(long: string, short: string): boolean {
  if (!/^\p{Lu}[\p{L}]{1,9}$/u.test(short)) return false;
  const capitals = short.replace(/\P{Lu}/gu, '');
  return capitals.length >= 2 && capitals === capitalInitials(long);
}

/** The first letters of a name's capitalized words (`Board of Trade` → `BT`). */
function capitalInitials(long: string): string {
  return long.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/**
 * `gross domestic product (GDP)`, `the Deputy Prime Minister (DPM)`: short forms defined by
 * lower-case words or by titles, whose initials they spell, abbreviate terms and roles, not names.
 * Returns those short forms, as written.
 */
export function findTermAbbreviations(words: readonly Word[]): Set<string> {
  const terms = new Set<string>();
  for (let i = 2; i + 1 < words.length; i++) {
    const short = words[i]!.text;
    if (words[i - 1]!.text !== '(' || words[i + 1]!.text !== ')' || !/^\p{Lu}{2,6}s?$/u.test(short)) continue;
    const letters = short.replace(/s$/, '');
    const initials: string[] = [];
    let k = i - 2;
    let termLike = true;
    while (k >= 0 && initials.length < letters.length && i - 2 - k < letters.length + 3) {
      const w = words[k]!.text;
      if (/^(?:of|and|for|the|in|on|to)$/.test(w)) {
        k--;
        continue;
      }
      if (!/^\p{L}[\p{L}-]*$/u.test(w)) break;
      const parts = w.split('-').filter(Boolean);
      initials.unshift(...parts.map((p) => p[0]!.toLowerCase()));
      if (/^\p{Lu}/u.test(w) && !parts.every(isTitleWord)) termLike = false;
      k--;
    }
    if (termLike && initials.join('') === letters.toLowerCase()) terms.add(short);
  }
  return terms;
}
