/**
 * Dates on the worldwide-train articles (non-Western newswire): how many annotated Date
 * entities a date mention overlaps (recall), and how many date mentions overlap one
 * (precision). The annotation is token-level BIO; each entity is found in the original
 * article text in order, with any spacing between its tokens (`locateInOrder`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import { heldApart } from './held.js';
import { locateInOrder, readWorldwide, taggedRuns } from '../ner/worldwide.js';

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
  for (const article of readWorldwide(dir)) {
    let text: string;
    try {
      text = readFileSync(join(dir, 'original_articles', article.name), 'utf8');
    } catch {
      continue;
    }
    const runs = taggedRuns(article, (kind) => (kind === 'Date' ? 'Date' : undefined));
    const gold = locateInOrder(text, runs, false).filter((at) => at !== undefined);
    const dates = extract(text).dates;
    for (const s of heldApart(article.name) ? [all, held] : [all]) {
      s.gold += gold.length;
      s.found += gold.filter(([a, b]) => dates.some((d) => d.start < b && a < d.end)).length;
      s.predicted += dates.length;
      s.right += dates.filter((d) => gold.some(([a, b]) => d.start < b && a < d.end)).length;
    }
  }
  return { all, held };
}
