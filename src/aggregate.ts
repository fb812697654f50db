import type { Entity, EntityType, Extraction, Gender } from './types.js';
import { fold } from './knowledge/fold.js';
import { isTitleWord } from './knowledge/words.js';
import { assertExtraction, describe } from './validate.js';
import { agreedGender } from './resolve/gender.js';

/** One article's result and the name corpus tables give the article (a path, a URL, an index). */
export interface ArticleResult {
  article: string;
  result: Extraction;
}

/** One real-world entity across a corpus: the per-article entities that name it, merged. */
export interface CorpusEntity {
  /**
   * `person:kofi-mensah`: the type and the canonical name, made unique with `-2`, `-3`… The same
   * corpus gives the same ids in any order.
   */
  id: string;
  type: EntityType;
  /** The name the articles use most (by mentions; then one not in capitals, the longest, then alphabetical). */
  name: string;
  /** Every name and alias the articles give it, sorted. */
  forms: string[];
  titles: string[];
  /** The articles that mention it, sorted. */
  articles: string[];
  mentionCount: number;
  /** Quotes attributed to it (people and organizations). */
  quoteCount: number;
  /** The articles that quote it, sorted. */
  quotedIn: string[];
  /** The per-article entities merged here (`entityId` as in that article's result). */
  members: { article: string; entityId: string }[];
  /** People: ids of the corpus organizations articles tie them to (`Entity.affiliations`), sorted. */
  affiliations: string[];
  /** People: the gender their articles agree on; `null` when none tells or two disagree, and for organizations and places. */
  gender: Gender | null;
}

/** A row of the speaker table: who is quoted, how often, where, and how the articles title them. */
export interface SpeakerRow {
  entityId: string;
  name: string;
  type: EntityType;
  quotes: number;
  /** Articles with at least one of their quotes. */
  articles: number;
  titles: string[];
  /** Names of the organizations the articles tie them to. */
  organizations: string[];
  /** People: see {@link CorpusEntity.gender}. */
  gender: Gender | null;
}

/** Two corpus entities mentioned in the same articles (`a` < `b`). */
export interface CoMention {
  a: string;
  b: string;
  articles: number;
}

/** What {@link aggregate} returns. */
export interface Corpus {
  articles: number;
  /** By mentions (most first), then id. */
  entities: CorpusEntity[];
  /** By quotes (most first), then id. */
  speakers: SpeakerRow[];
  /** By articles (most first), then ids. */
  coMentions: CoMention[];
  /** Article → the corpus entities it mentions, sorted. */
  byArticle: Record<string, string[]>;
}

/** An entity in its article. */
interface Member {
  article: string;
  entity: Entity;
  quotes: number;
}

/** The corpus entity an article's entity (`entityId` in `article`) belongs to, by a map built once. */
export function corpusEntityOf(corpus: Corpus): (article: string, entityId: string | undefined) => CorpusEntity | undefined {
  const owner = new Map<string, CorpusEntity>();
  for (const e of corpus.entities) for (const m of e.members) owner.set(`${m.article}\u0000${m.entityId}`, e);
  return (article, entityId) => (entityId === undefined ? undefined : owner.get(`${article}\u0000${entityId}`));
}

/**
 * Merge the entities of many articles into corpus entities, and count who is quoted and who is
 * mentioned with whom. Pure and deterministic: the result does not depend on the order of
 * the articles.
 *
 * Merging is cautious (a wrong merge is worse than a duplicate):
 * - people merge on a full name of two or more words that both articles give them (as name
 *   or alias); a person an article names by one word only (`Mensah`) stays that article's own,
 *   since another article's `Mensah` may be someone else;
 * - organizations and places merge on their name or any alias; an acronym alone (`NUT`) joins
 *   the one organization elsewhere in the corpus that has it as an alias, and is otherwise its
 *   own entity (two long forms with the same acronym are not merged through it).
 *
 * @example
 * const corpus = aggregate(files.map((f) => ({ article: f.path, result: extract(f.text) })));
 * corpus.speakers.slice(0, 10); // who is quoted most
 */
export function aggregate(articles: Iterable<ArticleResult>): Corpus {
  const members: Member[] = [];
  const seen = new Set<string>();
  if (articles === null || typeof articles !== 'object' || typeof (articles as Iterable<ArticleResult>)[Symbol.iterator] !== 'function') throw new TypeError(`newsextract: aggregate(): expected a list of { article, result }, got ${describe(articles)}`);
  let index = 0;
  for (const item of articles) {
    if (item === null || typeof item !== 'object' || typeof item.article !== 'string') throw new TypeError(`newsextract: aggregate(): item ${index} must be { article: string, result }, got ${describe(item)}`);
    const { article, result } = item;
    assertExtraction(result, `aggregate(): article "${article}"`);
    index++;
    if (seen.has(article)) throw new TypeError(`newsextract: aggregate(): article "${article}" appears twice`);
    seen.add(article);
    const quotes = new Map<string, number>();
    for (const q of result.quotes) if (q.speaker?.entityId) quotes.set(q.speaker.entityId, (quotes.get(q.speaker.entityId) ?? 0) + 1);
    for (const entity of [...result.people, ...result.organizations, ...result.places]) members.push({ article, entity, quotes: quotes.get(entity.id) ?? 0 });
  }
  const groups = mergeMembers(members);
  const entities = groups.map(toCorpusEntity);
  assignIds(entities);
  linkAffiliations(groups, entities);
  entities.sort((x, y) => y.mentionCount - x.mentionCount || compare(x.id, y.id));

  const byArticle: Record<string, string[]> = {};
  for (const e of entities) for (const a of e.articles) (byArticle[a] ??= []).push(e.id);
  for (const a of seen) byArticle[a] = (byArticle[a] ?? []).sort(compare);

  return { articles: seen.size, entities, speakers: speakerTable(entities), coMentions: coMentions(byArticle), byArticle };
}

/** `NUT`, `U.N.`, `AT&T`: an organization's acronym. */
const ACRONYM = /^[\p{Lu}\d&.]{2,8}$/u;

/** The words of a name (`Kofi A. Mensah` → 3). */
function wordCount(name: string): number {
  return name.trim().split(/\s+/).length;
}

/** The keys an entity merges on; acronyms apart (see {@link aggregate}). */
function keysOf(e: Entity, article: string): { keys: string[]; acronyms: string[] } {
  const names = [e.name, ...e.aliases];
  if (e.type === 'person') {
    // Full names only (`Mr Mensah` is no full name: many people share it), and only those that
    // agree with the entity's own name: an article that merged `Kwame Mensah` into `Ama
    // Mensah` must not chain every Kwame Mensah of the corpus to her.
    // Periods aside: `Kofi A.B. Mensah` is `Kofi AB Mensah`.
    const key = (n: string) => fold(n.replace(/\./g, ''));
    const own = key(e.name);
    const given = `${own.split(' ')[0]} `;
    const full = names
      .filter((n) => wordCount(n) >= 2 && !isTitleWord(n.trim().split(/\s+/)[0]!))
      .map(key)
      .filter((n) => n === own || n.startsWith(given) || n.endsWith(` ${own}`));
    // One-word people stay in their article.
    return { keys: wordCount(e.name) >= 2 && full.length ? full.map((n) => `person|${n}`) : [`person|${article}|${e.id}`], acronyms: [] };
  }
  // Places merge on any name (`NAIROBI` in a dateline is Nairobi); organizations apart from their acronyms.
  if (e.type === 'place') return { keys: names.map((n) => `place|${fold(n)}`), acronyms: [] };
  const acronyms = names.filter((n) => ACRONYM.test(n)).map((n) => `organization|${fold(n.replace(/\./g, ''))}`);
  const keys = names.filter((n) => !ACRONYM.test(n)).map((n) => `organization|${fold(n)}`);
  return { keys, acronyms };
}

/** Union-find over members: the partition does not depend on the order of union. */
function mergeMembers(members: readonly Member[]): Member[][] {
  const parent = members.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const owner = new Map<string, number>();
  const info = members.map((m) => keysOf(m.entity, m.article));
  info.forEach(({ keys }, i) => {
    for (const k of keys) {
      const o = owner.get(k);
      if (o === undefined) owner.set(k, i);
      else union(o, i);
    }
  });
  // Two named groups that share an acronym are one organization when their names say so too:
  // one name starts the other (`X Organization` / `X Organization of Iran`), they differ only
  // by plurals (`Guard Corps` / `Guards Corps`), or they share a second acronym.
  const named = new Map<string, number[]>();
  info.forEach(({ keys, acronyms }, i) => {
    if (keys.length > 0) for (const a of acronyms) named.set(a, [...(named.get(a) ?? []), i]);
  });
  for (const list of named.values()) {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const [i, j] = [list[x]!, list[y]!];
      if (find(i) !== find(j) && sameOrganization(info[i]!, info[j]!)) union(i, j);
    }
  }
  // An entity known only by its acronym joins the one group that has it as an alias.
  const groupsByAcronym = new Map<string, Set<number>>();
  info.forEach(({ keys, acronyms }, i) => {
    if (keys.length === 0) return;
    for (const a of acronyms) {
      let set = groupsByAcronym.get(a);
      if (!set) groupsByAcronym.set(a, (set = new Set()));
      set.add(find(i));
    }
  });
  const alone = new Map<string, number>();
  info.forEach(({ keys, acronyms }, i) => {
    if (keys.length > 0) return;
    const a = acronyms[0]!;
    const owners = groupsByAcronym.get(a);
    if (owners?.size === 1) union([...owners][0]!, i);
    else {
      const o = alone.get(a);
      if (o === undefined) alone.set(a, i);
      else union(o, i);
    }
  });
  // A middle name or initial (`Kofi A. Mensah`, `Ana Lucia Ruiz`) joins the person known
  // by first and last name alone, unless the corpus has two middles for that pair (`Kofi A.
  // Mensah`, `Kofi B.K. Mensah`): then neither does.
  // A person's name as folded words, once.
  const nameWords = members.map((m) => (m.entity.type === 'person' ? fold(m.entity.name.replace(/\./g, '')).split(' ') : []));
  const middles = new Map<string, Set<string>>();
  const withMiddle: { i: number; short: string }[] = [];
  members.forEach((m, i) => {
    if (m.entity.type !== 'person') return;
    const words = nameWords[i]!;
    if (words.length < 3) return;
    const short = `person|${words[0]} ${words[words.length - 1]}`;
    middles.set(short, (middles.get(short) ?? new Set<string>()).add(words.slice(1, -1).join(' ')));
    withMiddle.push({ i, short });
  });
  for (const { i, short } of withMiddle) {
    const o = owner.get(short);
    if (o !== undefined && middles.get(short)!.size === 1) union(o, i);
  }
  // A bare surname (`Mensah`, in an article that never gives the full name) joins the corpus
  // person when exactly one full-named person of the corpus has that surname and its own article
  // names no other person with it; otherwise it stays in its article.
  const fullBySurname = new Map<string, Set<number>>();
  members.forEach((m, i) => {
    if (m.entity.type === 'person' && wordCount(m.entity.name) >= 2) {
      const s = nameWords[i]!.at(-1)!;
      fullBySurname.set(s, (fullBySurname.get(s) ?? new Set<number>()).add(find(i)));
    }
  });
  const peopleByArticle = new Map<string, number[]>();
  members.forEach((m, i) => {
    if (m.entity.type !== 'person') return;
    const list = peopleByArticle.get(m.article);
    if (list) list.push(i);
    else peopleByArticle.set(m.article, [i]);
  });
  members.forEach((m, i) => {
    if (m.entity.type !== 'person' || wordCount(m.entity.name) !== 1) return;
    const s = nameWords[i]!.at(-1)!;
    const full = fullBySurname.get(s);
    if (full?.size !== 1) return;
    const others = peopleByArticle.get(m.article)!.filter((j) => j !== i && nameWords[j]!.includes(s));
    if (others.length === 0) union([...full][0]!, i);
  });
  const groups = new Map<number, Member[]>();
  members.forEach((m, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(m);
    else groups.set(root, [m]);
  });
  return [...groups.values()];
}

/** Whether two named entities that share an acronym are one (see {@link mergeMembers}). */
function sameOrganization(a: { keys: string[]; acronyms: string[] }, b: { keys: string[]; acronyms: string[] }): boolean {
  if (a.acronyms.filter((x) => b.acronyms.includes(x)).length >= 2) return true;
  const loose = (k: string) => k.replace(/(?<=\p{L}{3})s\b/gu, '');
  for (const x of a.keys) for (const y of b.keys) if (x.startsWith(`${y} `) || y.startsWith(`${x} `) || loose(x) === loose(y)) return true;
  return false;
}

function toCorpusEntity(group: Member[]): CorpusEntity {
  const byName = new Map<string, number>();
  const forms = new Set<string>();
  const titles = new Set<string>();
  const articles = new Set<string>();
  const quotedIn = new Set<string>();
  let mentionCount = 0;
  let quoteCount = 0;
  for (const { article, entity, quotes } of group) {
    if (quotes > 0) quotedIn.add(article);
    byName.set(entity.name, (byName.get(entity.name) ?? 0) + entity.mentions.length);
    forms.add(entity.name);
    for (const a of entity.aliases) forms.add(a);
    for (const t of entity.titles) titles.add(t);
    articles.add(article);
    mentionCount += entity.mentions.length;
    quoteCount += quotes;
  }
  // Most mentions; then a name not in capitals (`Nairobi`, not the dateline's `NAIROBI`); then the longest.
  const shouted = (n: string) => (n === n.toUpperCase() && n !== n.toLowerCase() ? 1 : 0);
  const name = [...byName].sort((x, y) => y[1] - x[1] || shouted(x[0]) - shouted(y[0]) || y[0].length - x[0].length || compare(x[0], y[0]))[0]![0];
  return {
    id: '',
    type: group[0]!.entity.type,
    name,
    forms: [...forms].sort(compare),
    titles: [...titles].sort(compare),
    articles: [...articles].sort(compare),
    mentionCount,
    quoteCount,
    quotedIn: [...quotedIn].sort(compare),
    affiliations: [],
    gender: agreedGender(group.map((m) => m.entity.gender ?? null)),
    members: group.map((m) => ({ article: m.article, entityId: m.entity.id })).sort((x, y) => compare(x.article, y.article) || compare(x.entityId, y.entityId)),
  };
}

/** `person:kofi-mensah`; entities whose slugs collide are numbered in the order of their first member. */
function assignIds(entities: CorpusEntity[]): void {
  const slugOf = (e: CorpusEntity) => `${e.type}:${fold(e.name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unnamed'}`;
  const first = (e: CorpusEntity) => `${e.members[0]!.article}\u0000${e.members[0]!.entityId}`;
  const bySlug = new Map<string, CorpusEntity[]>();
  for (const e of entities) {
    const slug = slugOf(e);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), e]);
  }
  for (const [slug, list] of bySlug) {
    list.sort((x, y) => compare(first(x), first(y)));
    list.forEach((e, k) => (e.id = k === 0 ? slug : `${slug}-${k + 1}`));
  }
}

/** Each person's affiliations, from the organization ids of their articles to corpus ids. */
function linkAffiliations(groups: readonly Member[][], entities: readonly CorpusEntity[]): void {
  const corpusId = new Map<string, string>();
  groups.forEach((g, i) => g.forEach((m) => corpusId.set(`${m.article}\u0000${m.entity.id}`, entities[i]!.id)));
  groups.forEach((g, i) => {
    const ids = new Set<string>();
    for (const m of g) for (const a of m.entity.affiliations ?? []) {
      const id = corpusId.get(`${m.article}\u0000${a.organizationId}`);
      if (id) ids.add(id);
    }
    entities[i]!.affiliations = [...ids].sort(compare);
  });
}

function speakerTable(entities: readonly CorpusEntity[]): SpeakerRow[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return entities
    .filter((e) => e.quoteCount > 0)
    .map((e) => ({ entityId: e.id, name: e.name, type: e.type, quotes: e.quoteCount, articles: e.quotedIn.length, titles: e.titles, organizations: e.affiliations.map((id) => names.get(id)!), gender: e.gender }))
    .sort((x, y) => y.quotes - x.quotes || compare(x.entityId, y.entityId));
}

function coMentions(byArticle: Record<string, string[]>): CoMention[] {
  const counts = new Map<string, number>();
  for (const ids of Object.values(byArticle)) for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
    const key = `${ids[i]}\u0000${ids[j]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, articles]) => {
      const [a, b] = key.split('\u0000') as [string, string];
      return { a, b, articles };
    })
    .sort((x, y) => y.articles - x.articles || compare(x.a, y.a) || compare(x.b, y.b));
}

/** Code-unit order: the same in every locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
