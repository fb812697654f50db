import type { Typed } from '../document.js';
import { fold } from '../knowledge/fold.js';
import { lookupPlace } from '../knowledge/gazetteer.js';
import { isOrgWord } from '../knowledge/lexicon.js';
import { ORG_HEADS, ORG_STARTS } from '../knowledge/words.js';

/** Words an acronym may skip (`FBI`: Federal Bureau *of* Investigation). */
const SKIPPED = new Set(['of', 'the', 'for', 'and', '&', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le']);

/** Letters of an acronym as written: `DNC`, `D.N.C.` → `dnc`; undefined for anything else. */
function acronymLetters(name: string): string | undefined {
  const letters = name.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(letters) ? letters.toLowerCase() : undefined;
}

/** The initials a long name can be abbreviated to: with and without its small words. */
function initials(name: string): string[] {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]!.toLowerCase()).join('');
  const content = words.filter((w) => !SKIPPED.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join('');
  return all === content ? [all] : [all, content];
}

/** Longer names sharing a short form's first or last word that are compared with it, at most. */
const MAX_NEAR = 64;

const wordsOf = (name: string) => fold(name).replace(/^the /, '').split(' ');

/**
 * Forms of one organization within an article that the text never ties together: call
 * `join(a, b)` for each pair of `names` indices (organizations only) that name the same one.
 * - An acronym nobody defines joins the one long name whose initials it spells (`DNC`,
 *   `Democratic National Committee`).
 * - A shortened form joins the one longer name it ends (`The Post`, `New York Post`;
 *   `Intelligence Committee`, `House Intelligence Committee`) or starts (`Goldman`, `Goldman
 *   Sachs`), when only one longer name qualifies. Not when the longer name only adds a place
 *   (`Iowa Democratic Party` is not the `Democratic Party`) or a unit's head word (`Suffolk
 *   University Political Research Center` is not `Suffolk University`).
 */
export function joinOrganizationForms(names: readonly Typed[], join: (a: number, b: number) => void): void {
  const orgs: number[] = [];
  names.forEach((n, i) => {
    if (n.type === 'organization') orgs.push(i);
  });
  // One representative per distinct folded name: equal names are joined already.
  const distinct = new Map<string, number>();
  for (const i of orgs) {
    const key = fold(names[i]!.name);
    if (!distinct.has(key)) distinct.set(key, i);
  }
  const byInitials = new Map<string, Set<string>>();
  // Longer names by their first and by their last word: a short form is looked up, not compared with every name.
  const byEdge = new Map<string, string[]>();
  const keyWords = new Map<string, string[]>();
  for (const [key, i] of distinct) {
    for (const abbr of initials(names[i]!.name)) byInitials.set(abbr, (byInitials.get(abbr) ?? new Set()).add(key));
    const w = wordsOf(key);
    keyWords.set(key, w);
    for (const edge of new Set([`<${w[0]}`, `>${w[w.length - 1]}`])) {
      const list = byEdge.get(edge);
      if (list) list.push(key);
      else byEdge.set(edge, [key]);
    }
  }
  for (const [key, i] of distinct) {
    const letters = acronymLetters(names[i]!.name);
    if (letters) {
      const long = byInitials.get(letters);
      if (long?.size === 1) join(distinct.get([...long][0]!)!, i);
      continue;
    }
    const short = wordsOf(names[i]!.name);
    // One institution's head word alone (`House`, `Senate`) is its own body, not a short form.
    if (short.length === 1 && (ORG_STARTS.has(short[0]!) || ORG_HEADS.has(short[0]!))) continue;
    const starting = byEdge.get(`<${short[0]}`) ?? [];
    const ending = byEdge.get(`>${short[short.length - 1]}`) ?? [];
    // Many names sharing the edge word: no single one qualifies, and comparing them all would be quadratic.
    if (starting.length + ending.length > MAX_NEAR) continue;
    const near = new Set([...starting, ...ending]);
    const longer = [...near].filter((k) => k !== key && extends_(keyWords.get(k)!, short));
    if (longer.length === 1) join(distinct.get(longer[0]!)!, i);
  }
}

/** `long` ends or starts with all of `short`, and adds neither a place nor a unit's head word. */
function extends_(long: string[], short: string[]): boolean {
  if (long.length <= short.length) return false;
  const n = short.length;
  const ends = short.every((w, k) => long[long.length - n + k] === w);
  const starts = short.every((w, k) => long[k] === w);
  if (ends) {
    const extra = long.slice(0, long.length - n).join(' ');
    return n === 1 || !lookupPlace(extra);
  }
  if (starts) {
    const head = long[long.length - 1]!;
    return !ORG_HEADS.has(head) && !isOrgWord(head);
  }
  return false;
}
