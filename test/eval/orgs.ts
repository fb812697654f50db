/**
 * Organizations on US political news: `org-gold.json` (24 PolNeAR train articles annotated by
 * reading) scored two ways. Entities as the seed gold scores them (an entity is right when one of
 * its forms is one of a gold organization's forms; a second entity for one organization is a
 * duplicate), and mentions by exact span (every whole-word occurrence of a gold form is a gold
 * mention, longest form first; a leading `the` is ignored on both sides), which is where boundary
 * errors show. A third of the articles, by a hash of the file name, is held apart: its errors are
 * never printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '../../src/index.js';
import { add, emptyCounts, fromExtraction, scoreEntities, type Counts, type Gold, type GoldEntity } from './score.js';

interface OrgArticle {
  file: string;
  organizations: GoldEntity[];
  optional: string[];
}

export interface OrgSlice {
  articles: number;
  entities: Counts;
  mentions: { tp: number; fp: number; fn: number };
}

/** The held-apart third: never read for errors. */
export function orgHeldApart(file: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 3 === 0;
}

interface Span {
  start: number;
  end: number;
}

/** Every whole-word occurrence of the forms, longest form first, none overlapping; `kind` per span. */
function occurrences(text: string, forms: { form: string; optional: boolean }[]): (Span & { optional: boolean })[] {
  const taken = new Uint8Array(text.length);
  const out: (Span & { optional: boolean })[] = [];
  for (const { form, optional } of [...forms].sort((a, b) => b.form.length - a.form.length)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      out.push({ start: at, end, optional });
    }
  }
  return out;
}

/** A span without a leading `the `: `The Blaze` and `Blaze` are one mention. */
function core(text: string, s: Span): string {
  const m = /^the\s+/i.exec(text.slice(s.start, s.end));
  return `${m ? s.start + m[0].length : s.start}:${s.end}`;
}

export function scoreOrgGold(polnearDir: string, run: (text: string) => Extraction, onError?: (file: string, line: string) => void): { tuned: OrgSlice; held: OrgSlice } {
  const gold = JSON.parse(readFileSync(join(import.meta.dirname, 'org-gold.json'), 'utf8')) as { articles: OrgArticle[] };
  const slice = (): OrgSlice => ({ articles: 0, entities: emptyCounts(), mentions: { tp: 0, fp: 0, fn: 0 } });
  const tuned = slice();
  const held = slice();
  for (const a of gold.articles) {
    const text = readFileSync(join(polnearDir, a.file), 'utf8');
    const r = run(text);
    const s = orgHeldApart(a.file) ? held : tuned;
    s.articles++;
    const asGold = { organizations: a.organizations, people: [], places: [], optional: { people: [], organizations: a.optional, places: [] } } as unknown as Gold;
    const e = scoreEntities(asGold, fromExtraction(r), 'organization');
    s.entities = add(s.entities, e);
    const forms = [...a.organizations.flatMap((o) => [o.name, ...o.aliases].map((form) => ({ form, optional: false }))), ...a.optional.map((form) => ({ form, optional: true }))];
    const spans = occurrences(text, forms);
    const goldKeys = new Set(spans.filter((x) => !x.optional).map((x) => core(text, x)));
    const optionalKeys = new Set(spans.filter((x) => x.optional).map((x) => core(text, x)));
    const predicted = new Set(r.organizations.flatMap((o) => o.mentions).map((m) => core(text, m)));
    for (const k of predicted) {
      if (goldKeys.has(k)) s.mentions.tp++;
      else if (!optionalKeys.has(k)) {
        s.mentions.fp++;
        if (s === tuned) onError?.(a.file, `false+ mention ${text.slice(...(k.split(':').map(Number) as [number, number]))}`);
      }
    }
    for (const k of goldKeys) {
      if (predicted.has(k)) continue;
      s.mentions.fn++;
      if (s === tuned) onError?.(a.file, `missed mention ${text.slice(...(k.split(':').map(Number) as [number, number]))}`);
    }
    if (s === tuned) for (const line of [...e.misses.map((m) => `missed ${m}`), ...e.falsePositives.map((f) => `false+ ${f}`)]) onError?.(a.file, line);
  }
  return { tuned, held };
}
