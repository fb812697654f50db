import type { Extraction } from './types.js';
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
}

/** Flat tables of one Extraction. */
export interface Rows {
  entities: EntityRow[];
  mentions: MentionRow[];
  quotes: QuoteRow[];
}

/**
 * Flatten an Extraction into row objects (one table each for entities, mentions and quotes)
 * that load straight into a dataframe: `aq.from(rows.quotes)` (Arquero),
 * `new dfd.DataFrame(rows.entities)` (Danfo.js), or a CSV writer. Multi-valued fields
 * (aliases, titles) are joined with `; `.
 *
 * @param path - Identifies the article in every row (a file path, URL or id). Default `''`.
 */
export function toRows(result: Extraction, path = ''): Rows {
  assertExtraction(result, 'toRows()');
  if (typeof path !== 'string') throw new TypeError(`newsextract: toRows(): path must be a string, got ${typeof path}`);
  const all = [...result.people, ...result.organizations, ...result.places];
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
    })),
  };
}
