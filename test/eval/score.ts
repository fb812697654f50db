/**
 * Scoring against ../shared/gold (conventions in ../shared/README.md): an entity matches
 * when any of its surface forms equals one of the gold entity's forms, case- and
 * punctuation-insensitively. Extra predicted entities for one gold entity are duplicates
 * and count as false positives.
 */
import type { Extraction, EntityType } from '../../src/index.js';

export interface GoldEntity {
  name: string;
  aliases: string[];
  titles?: string[];
}

export interface Gold {
  file: string;
  byline: string | null;
  published: string | null;
  people: GoldEntity[];
  organizations: GoldEntity[];
  places: GoldEntity[];
  optional: { people: string[]; organizations: string[]; places: string[] };
  dates: { text: string; iso: string | null }[];
  quotes: { text: string; speaker: string | null; speaker_mention?: string; speaker_description?: string; cue: string; kind: string }[];
  optional_quotes: string[];
  non_quotes: string[];
  indirect_quotes: { speaker: string | null; text: string; cue: string }[];
}

/** A predicted entity reduced to what scoring needs: its type and surface forms. */
export interface PredictedEntity {
  type: EntityType;
  forms: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  duplicates: number;
  falsePositives: string[];
  misses: string[];
}

export function norm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function fromExtraction(r: Extraction): PredictedEntity[] {
  return [...r.people, ...r.organizations, ...r.places].map((e) => ({
    type: e.type,
    forms: [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)],
  }));
}

const GOLD_KEY: Record<EntityType, 'people' | 'organizations' | 'places'> = { person: 'people', organization: 'organizations', place: 'places' };

export function scoreEntities(gold: Gold, predicted: PredictedEntity[], type: EntityType): Counts {
  const key = GOLD_KEY[type];
  const goldForms = gold[key].map((g) => new Set([g.name, ...g.aliases].map(norm)));
  const optional = new Set(Object.values(gold.optional).flat().map(norm));
  const counts: Counts = { tp: 0, fp: 0, fn: 0, duplicates: 0, falsePositives: [], misses: [] };
  const matchedBy = new Array<number>(goldForms.length).fill(0);
  for (const p of predicted.filter((x) => x.type === type)) {
    const forms = p.forms.map(norm);
    const hit = goldForms.findIndex((g) => forms.some((f) => g.has(f)));
    if (hit >= 0) {
      matchedBy[hit]!++;
      if (matchedBy[hit]! > 1) {
        counts.duplicates++;
        counts.fp++;
        counts.falsePositives.push(`${p.forms[0]} (duplicate)`);
      }
    } else if (!forms.some((f) => optional.has(f))) {
      counts.fp++;
      counts.falsePositives.push(p.forms[0]!);
    }
  }
  matchedBy.forEach((m, i) => {
    if (m > 0) counts.tp++;
    else {
      counts.fn++;
      counts.misses.push(gold[key][i]!.name);
    }
  });
  return counts;
}

export interface DateCounts {
  found: number;
  total: number;
  isoRight: number;
  misses: string[];
  wrongIso: string[];
}

/** Date recall (a gold date's text found as a predicted date) and ISO accuracy on those found. */
export function scoreDates(gold: Gold, dates: { text: string; value: string | null }[]): DateCounts {
  const out: DateCounts = { found: 0, total: gold.dates.length, isoRight: 0, misses: [], wrongIso: [] };
  for (const g of gold.dates) {
    const hit = dates.find((d) => norm(d.text) === norm(g.text)) ?? dates.find((d) => norm(d.text).includes(norm(g.text)));
    if (!hit) {
      out.misses.push(g.text);
      continue;
    }
    out.found++;
    if (hit.value === g.iso) out.isoRight++;
    else out.wrongIso.push(`${g.text}: ${hit.value} ≠ ${g.iso}`);
  }
  return out;
}

export function prf(c: { tp: number; fp: number; fn: number }): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

export function add(a: Counts, b: Counts): Counts {
  return {
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
    duplicates: a.duplicates + b.duplicates,
    falsePositives: [...a.falsePositives, ...b.falsePositives],
    misses: [...a.misses, ...b.misses],
  };
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, duplicates: 0, falsePositives: [], misses: [] };
}
