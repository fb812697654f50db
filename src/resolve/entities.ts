import type { Entity, EntityType, Mention } from '../types.js';
import { mentionOf, offsetInside, type Span } from '../span.js';
import type { Candidate, Typed } from '../document.js';
import type { AcronymDefinition } from '../recognize/acronyms.js';
import { countryName, lookupPlace } from '../knowledge/gazetteer.js';
import { REGION_SUFFIX, fold } from '../knowledge/fold.js';
import { NAME_PARTICLES } from '../knowledge/words.js';
import { joinOrganizationForms } from './orgAliases.js';

/** Per-candidate extras that resolution needs beyond the candidate itself. */
export interface MentionInfo {
  candidate: Typed;
  /** Roles found around this mention. */
  titles: string[];
}

/**
 * Group typed mentions into canonical entities: one per referent. Organizations and
 * places merge on their folded name, defined acronyms and country aliases; a person's
 * short form (`Mensah`) joins the full name it ends (`Kofi Mensah`) — when two people share
 * it, the one named in the same paragraph, else the one the article is about, else the nearest
 * before —, and a lone given or family name (`Kofi`; `Wang` of `Wang Lihua`) the one full name
 * it starts. Names are taken from the narrative: a form found only inside quote marks
 * (`Crooked Kofi`) or a title-cased headline names no one and is no alias.
 * `acronyms` index into `candidates`; their mentions are found by the words they cover.
 */
export function resolveEntities(text: string, infos: readonly MentionInfo[], acronyms: readonly AcronymDefinition[], candidates: readonly Candidate[], quoted: readonly Span[] = []): Entity[] {
  const insideQuotes = offsetInside(quoted);
  const parent = infos.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const keyOf = (t: Typed) => {
    const folded = fold(t.name).replace(/^the /, '');
    if (t.type === 'place') return `place:${fold(countryName(t.name) ?? folded.replace(REGION_SUFFIX, ''))}`;
    return `${t.type}:${folded}`;
  };
  // Surnames some full person name in the article ends with: their bare mentions are joined one
  // by one below (two Mensahs may share an article), not all together here.
  const surnames = new Set<string>();
  for (const info of infos) {
    const words = info.candidate.type === 'person' ? nameWords(info.candidate.name) : [];
    if (words.length >= 2) surnames.add(words[words.length - 1]!);
  }
  // Same type and same folded name (or same country).
  const byKey = new Map<string, number>();
  infos.forEach((info, i) => {
    if (info.candidate.type === 'person') {
      const words = nameWords(info.candidate.name);
      if (words.length === 1 && surnames.has(words[0]!)) return;
    }
    const k = keyOf(info.candidate);
    const prior = byKey.get(k);
    if (prior === undefined) byKey.set(k, i);
    else union(prior, i);
  });

  // Acronym definitions link long and short forms wherever they occur.
  const byWords = new Map<string, number>();
  infos.forEach((info, i) => byWords.set(`${info.candidate.first}:${info.candidate.last}`, i));
  const indexOf = (c: Candidate) => byWords.get(`${c.first}:${c.last}`);
  for (const def of acronyms) {
    const long = indexOf(candidates[def.long]!);
    if (long === undefined) continue;
    for (const s of def.short) {
      const idx = indexOf(candidates[s]!);
      if (idx === undefined) continue;
      union(long, idx);
      // A multi-word short form (`ABC Kenya`) also defines its first word (`ABC`).
      const short = infos[idx]!.candidate;
      const head = short.name.split(' ')[0]!;
      const headIdx = byKey.get(`${short.type}:${fold(head)}`);
      if (headIdx !== undefined) union(long, headIdx);
    }
  }

  // Forms of one organization the text never ties together (`DNC`, `The Post`).
  joinOrganizationForms(infos.map((info) => info.candidate), union);

  // Person short forms join the nearest full name whose words end with them. Full names
  // are grouped by their distinct spelling, indexed by last word, so this stays linear.
  interface FullName { rep: number; words: string[]; starts: number[] }
  const fullByLast = new Map<string, Map<string, FullName>>();
  infos.forEach((info, i) => {
    if (info.candidate.type !== 'person') return;
    const words = nameWords(info.candidate.name);
    if (words.length < 2) return;
    const last = words[words.length - 1]!;
    for (const key of new Set([last, last.split('-').pop()!])) {
      const byName = fullByLast.get(key) ?? new Map<string, FullName>();
      const spelled = words.join(' ');
      const f = byName.get(spelled) ?? { rep: i, words, starts: [] };
      f.starts.push(info.candidate.start);
      byName.set(spelled, f);
      fullByLast.set(key, byName);
    }
  });
  infos.forEach((info, i) => {
    if (info.candidate.type !== 'person') return;
    const words = nameWords(info.candidate.name);
    const options = [...(fullByLast.get(words[words.length - 1]!)?.values() ?? [])].filter((f) => f.words.length > words.length && endsWith(f.words, words));
    if (options.length === 0) return;
    if (new Set(options.map((o) => find(o.rep))).size === 1) {
      union(options[0]!.rep, i);
      return;
    }
    // Two people share the surname: the one named last in this paragraph; else the one the
    // article is about (named in full at least twice as often as each other); else the nearest
    // full mention before, else the next one.
    const start = info.candidate.start;
    let best: FullName | undefined;
    let bestStart = -1;
    for (const o of options) {
      const before = lastBefore(o.starts, start);
      if (before > bestStart) [best, bestStart] = [o, before];
    }
    const sameParagraph = bestStart >= 0 && !text.slice(bestStart, start).includes('\n');
    if (!sameParagraph) {
      const ranked = [...options].sort((a, b) => b.starts.length - a.starts.length);
      if (ranked[0]!.starts.length >= 2 * ranked[1]!.starts.length) best = ranked[0];
    }
    best ??= [...options].sort((a, b) => a.starts[0]! - b.starts[0]!)[0]!;
    union(best.rep, i);
  });

  // A lone name no full name ends with joins the one full name it starts: a given name
  // (`Hillary` of `Hillary Rodham`) or a family name written first (`Wang` of `Wang Lihua`).
  const fullByFirst = new Map<string, Set<number>>();
  infos.forEach((info, i) => {
    if (info.candidate.type !== 'person') return;
    const words = nameWords(info.candidate.name);
    if (words.length < 2) return;
    const set = fullByFirst.get(words[0]!) ?? new Set<number>();
    set.add(find(i));
    fullByFirst.set(words[0]!, set);
  });
  infos.forEach((info, i) => {
    if (info.candidate.type !== 'person') return;
    const words = nameWords(info.candidate.name);
    if (words.length !== 1 || surnames.has(words[0]!) || fullByLast.has(words[0]!)) return;
    const groups = new Set([...(fullByFirst.get(words[0]!) ?? [])].map(find));
    if (groups.size === 1) union([...groups][0]!, i);
  });

  // Build entities from the groups.
  const groups = new Map<number, MentionInfo[]>();
  infos.forEach((info, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(info);
    groups.set(r, g);
  });
  const counters: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
  const entities: Entity[] = [];
  const ordered = [...groups.values()].sort((a, b) => a[0]!.candidate.start - b[0]!.candidate.start);
  for (const g of ordered) {
    const type = majorityType(g);
    // A person is named by the narrative's forms: forms only in quotes (nicknames) or in a
    // title-cased headline (where title words run into the name) when there are no others.
    const narrative = type === 'person' ? g.filter((info) => !insideQuotes(info.candidate.start)) : g;
    const body = narrative.filter((info) => !info.candidate.headline);
    const name = canonicalName(type, body.length ? body : narrative.length ? narrative : g);
    const spokenWords = new Set(narrative.flatMap((info) => nameWords(info.candidate.name)));
    const forms = new Set<string>();
    const titles = new Set<string>();
    const mentions: Mention[] = [];
    for (const info of g) {
      const c = info.candidate;
      mentions.push(mentionOf(text, c.start, c.end));
      // A nickname used only inside quotes (`Crooked Kofi Mensah`) is no alias.
      if (type === 'person' && narrative.length < g.length && narrative.length && insideQuotes(c.start) && nameWords(c.name).some((w) => !spokenWords.has(w))) continue;
      forms.add(c.name);
      if (c.titledStart !== undefined && c.titles.some((t) => /\.$|^[A-Z]/.test(t))) forms.add(`${c.titles.join(' ')} ${c.name}`);
      for (const t of [...c.titles, ...info.titles]) titles.add(t);
    }
    // Aliases are other spellings: not the name again in other capitals (`Kivu province`).
    const aliases = new Map<string, string>();
    for (const f of forms) if (f.toLowerCase() !== name.toLowerCase() && !aliases.has(f.toLowerCase())) aliases.set(f.toLowerCase(), f);
    counters[type]++;
    entities.push({
      id: `${type}-${counters[type]}`,
      type,
      name,
      aliases: [...aliases.values()],
      titles: [...titles],
      mentions: dedupeMentions(mentions),
      affiliations: [],
      gender: null,
    });
  }
  return entities;
}

/** The largest value in sorted `starts` below `x`, or -1. */
function lastBefore(starts: readonly number[], x: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? starts[lo - 1]! : -1;
}

function nameWords(name: string): string[] {
  return fold(name).split(/[\s]+/).filter((w) => w.length > 0);
}

function endsWith(full: string[], tail: string[]): boolean {
  if (tail.length === 0 || tail.length > full.length) return false;
  const offset = full.length - tail.length;
  if (tail.every((w, i) => full[offset + i] === w)) return true;
  // `al-Assad` / `Assad`: a particle-prefixed surname is still the surname.
  const last = full[full.length - 1]!;
  return tail.length === 1 && NAME_PARTICLES.has(last.split('-')[0]!) && last.endsWith(`-${tail[0]}`);
}

function majorityType(g: readonly MentionInfo[]): EntityType {
  const count = new Map<EntityType, number>();
  for (const info of g) {
    const t = info.candidate.type!;
    count.set(t, (count.get(t) ?? 0) + 1);
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Fullest form: a country's common name; the longest non-acronym name otherwise. */
function canonicalName(type: EntityType, g: readonly MentionInfo[]): string {
  const names = g.map((i) => i.candidate.name);
  if (type === 'place') {
    for (const n of names) {
      const country = countryName(n);
      if (country) return country;
    }
    const known = names.find((n) => lookupPlace(n));
    if (known) return known;
  }
  const spelled = names.filter((n) => !/^[\p{Lu}\d./& -]+$/u.test(n) || n.length > 10);
  const pool = spelled.length ? spelled : names;
  return [...pool].sort((a, b) => b.length - a.length || names.indexOf(a) - names.indexOf(b))[0]!;
}

function dedupeMentions(ms: Mention[]): Mention[] {
  ms.sort((a, b) => a.start - b.start || a.end - b.end);
  return ms.filter((m, i) => i === 0 || m.start !== ms[i - 1]!.start || m.end !== ms[i - 1]!.end);
}
