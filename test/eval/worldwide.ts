/**
 * Dates on the worldwide-train articles (non-Western newswire): how many annotated Date
 * entities a date mention overlaps (recall), and how many date mentions overlap one
 * (precision). The annotation is token-level BIO; each entity is found in the original
 * article text in order, with any spacing between its tokens.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import { heldApart } from './held.js';

export interface DateOverlap {
  gold: number;
  found: number;
  predicted: number;
  right: number;
}

/** Scores for all articles and for the held-apart fifth. */
export function worldwideDates(dir: string): { all: DateOverlap; held: DateOverlap } {
  const all: DateOverlap = { gold: 0, found: 0, predicted: 0, right: 0 };
  const held: DateOverlap = { gold: 0, found: 0, predicted: 0, right: 0 };
  for (const file of readdirSync(join(dir, 'processed_annotated')).filter((f) => f.endsWith('.tsv')).sort()) {
    const name = file.replace(/\.tsv$/, '');
    let text: string;
    try {
      text = readFileSync(join(dir, 'original_articles', name), 'utf8');
    } catch {
      continue;
    }
    const gold = locate(text, dateEntities(readFileSync(join(dir, 'processed_annotated', file), 'utf8')));
    const dates = extract(text).dates;
    for (const s of heldApart(name) ? [all, held] : [all]) {
      s.gold += gold.length;
      s.found += gold.filter(([a, b]) => dates.some((d) => d.start < b && a < d.end)).length;
      s.predicted += dates.length;
      s.right += dates.filter((d) => gold.some(([a, b]) => d.start < b && a < d.end)).length;
    }
  }
  return { all, held };
}

function dateEntities(tsv: string): string[][] {
  const entities: string[][] = [];
  let current: string[] | undefined;
  for (const line of tsv.split('\n')) {
    const [token, tag] = line.split('\t');
    if (tag === 'B-Date') entities.push((current = [token!]));
    else if (tag === 'I-Date' && current) current.push(token!);
    else current = undefined;
  }
  return entities;
}

/** Each entity's offsets in the text, searched in order; entities not found are left out. */
function locate(text: string, entities: string[][]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const tokens of entities) {
    const pattern = new RegExp(tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'g');
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m) continue;
    out.push([m.index, m.index + m[0].length]);
    from = m.index + m[0].length;
  }
  return out;
}
