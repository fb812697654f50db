import type { Affiliation, Entity, EntityType, Extraction, ExtractOptions, Gender, Mention, Quote } from './types.js';
import { mapSpans, mentionOf, type Span } from './span.js';
import { fold } from './knowledge/fold.js';
import { runPipeline } from './pipeline.js';
import { emptyExtraction } from './empty.js';
import { agreedGender } from './resolve/gender.js';

/**
 * Texts longer than this many characters are extracted window by window, so that memory
 * stays bounded by the window, not the text (~130 bytes per character while a window is
 * processed). News articles are far shorter; a text this long is a transcript, a book or many
 * articles run together.
 */
export const WINDOW_CHARS = 250_000;

/**
 * Cut a long text into windows of at most `size` characters, each ending where it does
 * least harm: after a blank line, else a line break, else a sentence end, else a space, in
 * the second half of the window; never inside a surrogate pair. Linear in the text.
 */
export function windowsOf(text: string, size = WINDOW_CHARS): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const floor = start + (size >> 1);
    let end = -1;
    for (const sep of ['\n\n', '\n', '. ', ' ']) {
      const at = text.lastIndexOf(sep, limit - sep.length);
      if (at >= floor) {
        end = at + sep.length;
        break;
      }
    }
    if (end < 0) end = limit - (isHighSurrogate(text.charCodeAt(limit - 1)) ? 1 : 0);
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * Extract a long text window by window and merge the results. Later windows resolve dates
 * against the first window's publication date, as the whole text would.
 */
export function extractInWindows(text: string, options: ExtractOptions, size = WINDOW_CHARS): Extraction {
  const parts: Extraction[] = [];
  let anchored = options;
  for (const w of windowsOf(text, size)) {
    const part = text.slice(w.start, w.end);
    const result = part.trim().length === 0 ? emptyExtraction() : runPipeline(part, anchored);
    if (parts.length === 0 && result.meta.published && options.published === undefined) anchored = { ...options, published: result.meta.published };
    // Offsets into the whole text from here on.
    parts.push(mapSpans(result, (m) => mentionOf(text, m.start + w.start, m.end + w.start)));
  }
  return mergeWindows(parts);
}

interface Merged {
  type: EntityType;
  name: string;
  genders: (Gender | null)[];
  forms: Set<string>;
  titles: Set<string>;
  mentions: Mention[];
}

/**
 * Join the windows' results (offsets already into the whole text) into one, as if the text had
 * been read whole: an entity of a later window joined to an earlier one when its name is the earlier one's
 * name or alias, or the earlier one's name is among its aliases (`Mensah` → `Kofi Mensah`; two
 * people who share only a surname stay apart), ids renumbered in text order, quote speakers
 * relinked. Meta comes from the first window, which holds the article's head.
 */
export function mergeWindows(parts: readonly Extraction[]): Extraction {
  const merged: Merged[] = [];
  const byForm = new Map<string, Merged[]>();
  const index = (m: Merged, form: string) => {
    const key = `${m.type}:${fold(form)}`;
    const list = byForm.get(key) ?? [];
    if (!list.includes(m)) list.push(m);
    byForm.set(key, list);
  };
  const owners = parts.map(() => new Map<string, Merged>());
  // Affiliations name organizations by their id in the window: resolved once every window is in.
  const ties: { person: Merged; window: number; tie: Affiliation }[] = [];

  parts.forEach((result, k) => {
    for (const e of [...result.people, ...result.organizations, ...result.places]) {
      const target = joinable(e, byForm);
      const m = target ?? { type: e.type, name: e.name, genders: [], forms: new Set<string>(), titles: new Set<string>(), mentions: [] };
      m.genders.push(e.gender);
      if (!target) merged.push(m);
      for (const form of [e.name, ...e.aliases]) m.forms.add(form);
      // The fullest form names the entity, as within one window.
      if (e.name.length > m.name.length) m.name = e.name;
      for (const t of e.titles) m.titles.add(t);
      m.mentions.push(...e.mentions);
      for (const tie of e.affiliations ?? []) ties.push({ person: m, window: k, tie });
      for (const form of m.forms) index(m, form);
      owners[k]!.set(e.id, m);
    }
  });

  const counters: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
  const ids = new Map<Merged, string>();
  const entities: Entity[] = merged
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((m) => {
      const id = `${m.type}-${++counters[m.type]}`;
      ids.set(m, id);
      m.forms.delete(m.name);
      return { id, type: m.type, name: m.name, aliases: [...m.forms], titles: [...m.titles], mentions: m.mentions, affiliations: [] as Affiliation[], gender: agreedGender(m.genders) };
    });
  const byMerged = new Map(entities.map((e, i) => [merged[i]!, e]));
  for (const { person, window, tie } of ties) {
    const org = owners[window]!.get(tie.organizationId);
    const entity = byMerged.get(person)!;
    const organizationId = org && ids.get(org);
    if (!organizationId || entity.affiliations.some((a) => a.organizationId === organizationId)) continue;
    entity.affiliations.push({ ...tie, organizationId });
  }

  const quotes: Quote[] = parts.flatMap((result, k) =>
    result.quotes.map((q) => {
      const owner = q.speaker?.entityId !== undefined ? owners[k]!.get(q.speaker.entityId) : undefined;
      if (!owner) return q;
      const { affiliations: _stale, ...speaker } = q.speaker!;
      return { ...q, speaker: { ...speaker, entityId: ids.get(owner)!, name: owner.name, affiliations: byMerged.get(owner)!.affiliations } };
    }),
  );

  return {
    meta: parts[0]?.meta ?? {},
    people: entities.filter((e) => e.type === 'person'),
    organizations: entities.filter((e) => e.type === 'organization'),
    places: entities.filter((e) => e.type === 'place'),
    dates: parts.flatMap((result) => result.dates),
    quotes,
  };
}

/** The one earlier entity `e` continues, if exactly one fits (or one has its very name). */
function joinable(e: Entity, byForm: ReadonlyMap<string, Merged[]>): Merged | undefined {
  const byName = byForm.get(`${e.type}:${fold(e.name)}`) ?? [];
  const exact = byName.filter((m) => fold(m.name) === fold(e.name));
  if (exact.length === 1) return exact[0];
  // An earlier entity known only by a short form this one lists as an alias.
  const shorter = e.aliases.flatMap((a) => (byForm.get(`${e.type}:${fold(a)}`) ?? []).filter((m) => fold(m.name) === fold(a)));
  const candidates = [...new Set([...byName, ...shorter])];
  return candidates.length === 1 ? candidates[0] : undefined;
}
