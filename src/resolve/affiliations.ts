import type { Affiliation, Entity, Mention } from '../types.js';
import { ROLE_NOUNS } from '../knowledge/words.js';
import { hasTag, isActorNoun } from '../knowledge/lexicon.js';
import { lookupPlace } from '../knowledge/gazetteer.js';

/**
 * The organizations people speak or work for, where the text says so right around a mention of
 * the person. Precision first: only these shapes, an organization the article names, and a role
 * word (`spokesman`, `secretary`, `chairman`):
 * - `Kofi Mensah, a spokesman for the NUT` / `…, the chairman of the National Union of Teachers`
 * - `NUT spokesman Kofi Mensah` / `the NUT's chairman Kofi Mensah`
 * - `the treasurer of the National Farmers Union, Kofi Mensah` (also without the comma)
 * - `Kofi Mensah of the NUT` (role unknown: null)
 */
export function findAffiliations(text: string, entities: readonly Entity[]): Entity[] {
  // An "organization" the gazetteer knows as a place (`New York Congressman X`) or that ends in
  // a title's first word (`Senate Majority` of `Senate Majority Leader X`) is a misread name.
  const orgs = entities
    .filter((e) => e.type === 'organization' && !lookupPlace(e.name) && !TITLE_FRAGMENT.test(e.name))
    .flatMap((e) => e.mentions.map((m) => ({ id: e.id, m })))
    .sort((a, b) => a.m.start - b.m.start);
  if (orgs.length === 0) return [...entities];
  return entities.map((e) => {
    if (e.type !== 'person') return e;
    const found: Affiliation[] = [];
    for (const pm of e.mentions) {
      // Organization mentions near this one (sorted: start from the first that can be close).
      for (let k = firstAtOrAfter(orgs, pm.start - WINDOW); k < orgs.length && orgs[k]!.m.start <= pm.end + WINDOW; k++) {
        const { id, m } = orgs[k]!;
        const role = m.start >= pm.end ? roleAfter(text.slice(pm.end, m.start)) : m.end <= pm.start ? roleBefore(text, m, text.slice(m.end, pm.start)) : undefined;
        if (role !== undefined && !found.some((a) => a.organizationId === id)) found.push({ organizationId: id, role, mention: m });
      }
    }
    return found.length ? { ...e, affiliations: found } : e;
  });
}

const TITLE_FRAGMENT = /\s(?:Majority|Minority)$/;

/** Characters between a person and an organization in the shapes above. */
const WINDOW = 80;

/** Nouns for people whose relation to an organization is no affiliation (`a critic of the NUT`). */
const NOT_AFFILIATION = new Set([
  'critic', 'opponent', 'victim', 'rival', 'enemy', 'foe', 'target', 'fan', 'admirer', 'supporter', 'customer', 'client', 'friend', 'ally',
  'son', 'daughter', 'wife', 'husband', 'father', 'mother', 'brother', 'sister', 'widow', 'biographer', 'guest', 'user', 'investor', 'observer',
  // Studied there or runs for it: not speaking for it.
  'graduate', 'alumnus', 'alumna', 'candidate', 'nominee', 'hopeful', 'challenger',
]);

function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/-elect$/, '');
  return !NOT_AFFILIATION.has(lower) && !NOT_AFFILIATION.has(lower.replace(/s$/, '')) && (ROLE_NOUNS.has(lower) || isActorNoun(lower));
}

/**
 * A role phrase: a role word, after modifiers (`former managing director`, `legendary chairman`);
 * no verbs or function words (`is introducing President`, `by President`), no other names.
 */
function rolePhrase(phrase: string): string | undefined {
  const words = phrase.trim().split(/\s+/);
  while (words.length > 1 && /^(?:the|a|an|its|their|his|her)$/i.test(words[0]!)) words.shift();
  if (!isRoleWord(words[words.length - 1]!)) return undefined;
  const modifier = (w: string) => (/^\p{Lu}/u.test(w) ? isRoleWord(w) : isRoleWord(w) || (!FUNCTION_WORD.test(w) && !hasTag(w, ...NOT_MODIFIER)));
  return words.slice(0, -1).every(modifier) ? words.join(' ') : undefined;
}

const FUNCTION_WORD = /^(?:under|by|and|or|of|for|to|in|on|at|with|from|as|than|the|a|an|is|are|was|were|be|been|has|have|had|who|which|that|then)$/i;
const NOT_MODIFIER = ['Verb', 'Copula', 'Auxiliary', 'Modal', 'PastTense', 'PresentTense', 'Infinitive', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb'];

// `, a spokesman for (the) ` / `, the chief executive of (the) `
const APPOSITIVE = /^,\s+(?:(?:a|an|the|its|their|his|her)\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:for|of|at|with|from)\s+(?:the\s+)?$/u;
// ` of (the) `
const OF = /^\s+of\s+(?:the\s+)?$/u;
// `'s chairman ` / ` spokesman `
const PREMODIFIER = /^(?:['’]s?)?\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+$/u;
// `the secretary of (the) ` before the organization
const ROLE_OF = /(?:^|\s)((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:of|for|at)\s+(?:the\s+)?$/u;

/** The role when the organization follows the person: `Kofi Mensah, a spokesman for the NUT`. */
function roleAfter(gap: string): string | null | undefined {
  if (gap.length > WINDOW || gap.includes('\n')) return undefined;
  if (OF.test(gap)) return null;
  const m = APPOSITIVE.exec(gap);
  return m ? rolePhrase(m[1]!) : undefined;
}

/** The role when the organization comes first: `NUT spokesman Kofi Mensah`, `the secretary of the NUT, Kofi Mensah`. */
function roleBefore(text: string, org: Mention, gap: string): string | undefined {
  if (gap.length > WINDOW || gap.includes('\n')) return undefined;
  const pre = PREMODIFIER.exec(gap);
  if (pre) return rolePhrase(pre[1]!);
  if (!/^,?\s+$/.test(gap)) return undefined;
  const before = text.slice(Math.max(0, org.start - 60), org.start);
  if (before.includes('\n')) return undefined;
  const m = ROLE_OF.exec(before);
  return m ? rolePhrase(m[1]!) : undefined;
}

/** Index of the first item whose mention starts at or after `offset` (items sorted by start). */
function firstAtOrAfter(items: readonly { m: Mention }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.m.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
