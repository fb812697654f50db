import type { Affiliation, Extraction } from './types.js';
import { assertExtraction } from './validate.js';

/** One row per entity. */
export interface EntityRow {
  path: string;
  id: string;
  type: string;
  name: string;
  aliases: string;
  titles: string;
  mentions: number;
}

/** One row per mention of an entity. */
export interface MentionRow {
  path: string;
  entityId: string;
  type: string;
  name: string;
  start: number;
  end: number;
  text: string;
}

/** One row per quote. */
export interface QuoteRow {
  path: string;
  start: number;
  end: number;
  kind: string;
  text: string;
  speaker: string;
  speakerEntityId: string;
  cue: string;
  confidence: number;
  /** Names of the organizations the speaker is tied to (`Entity.affiliations`), `; `-joined. */
  speakerAffiliations: string;
  /** Their entity ids, in the same order. */
  speakerAffiliationIds: string;
  /** The roles the text gives for those ties (`spokesman`), in the same order; empty for none. */
  speakerRoles: string;
}

/** One row per date expression. */
export interface DateRow {
  path: string;
  start: number;
  end: number;
  text: string;
  /** ISO at the precision the text supports, or empty when unresolved. */
  value: string;
}

/** One row per tie of a person to an organization (`Entity.affiliations`). */
export interface AffiliationRow {
  path: string;
  personId: string;
  person: string;
  organizationId: string;
  organization: string;
  /** The role the text gives, or empty (`Kofi Mensah of the NUT`). */
  role: string;
  /** The organization's mention that ties them. */
  start: number;
  end: number;
  text: string;
}

/** Flat tables of one Extraction. */
export interface Rows {
  entities: EntityRow[];
  mentions: MentionRow[];
  quotes: QuoteRow[];
  dates: DateRow[];
  affiliations: AffiliationRow[];
}

/**
 * Flatten an Extraction into row objects (one table each for entities, mentions, quotes,
 * dates and affiliations) that load straight into a dataframe: `aq.from(rows.quotes)`
 * (Arquero), `new dfd.DataFrame(rows.entities)` (Danfo.js), or a CSV writer. Multi-valued
 * fields (aliases, titles, a speaker's affiliations) are joined with `; `.
 *
 * @param path - Identifies the article in every row (a file path, URL or id). Default `''`.
 */
export function toRows(result: Extraction, path = ''): Rows {
  assertExtraction(result, 'toRows()');
  if (typeof path !== 'string') throw new TypeError(`newsextract: toRows(): path must be a string, got ${typeof path}`);
  const all = [...result.people, ...result.organizations, ...result.places];
  const names = new Map(all.map((e) => [e.id, e.name]));
  const ties = (affiliations: readonly Affiliation[] | undefined) => ({
    speakerAffiliations: (affiliations ?? []).map((a) => names.get(a.organizationId) ?? '').join('; '),
    speakerAffiliationIds: (affiliations ?? []).map((a) => a.organizationId).join('; '),
    speakerRoles: (affiliations ?? []).map((a) => a.role ?? '').join('; '),
  });
  return {
    entities: all.map((e) => ({ path, id: e.id, type: e.type, name: e.name, aliases: e.aliases.join('; '), titles: e.titles.join('; '), mentions: e.mentions.length })),
    mentions: all.flatMap((e) => e.mentions.map((m) => ({ path, entityId: e.id, type: e.type, name: e.name, start: m.start, end: m.end, text: m.text }))),
    quotes: result.quotes.map((q) => ({
      path,
      start: q.start,
      end: q.end,
      kind: q.kind,
      text: q.text,
      speaker: q.speaker?.name ?? '',
      speakerEntityId: q.speaker?.entityId ?? '',
      cue: q.cue?.text ?? '',
      confidence: q.confidence ?? 0,
      ...ties(q.speaker?.affiliations),
    })),
    dates: result.dates.map((d) => ({ path, start: d.start, end: d.end, text: d.text, value: d.value ?? '' })),
    affiliations: result.people.flatMap((p) =>
      (p.affiliations ?? []).map((a) => ({ path, personId: p.id, person: p.name, organizationId: a.organizationId, organization: names.get(a.organizationId) ?? '', role: a.role ?? '', start: a.mention.start, end: a.mention.end, text: a.mention.text })),
    ),
  };
}
