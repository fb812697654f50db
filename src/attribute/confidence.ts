import type { Quote } from '../types.js';
import type { Resolved } from './speakers.js';
import { FITTED } from './confidenceTable.js';

/**
 * How sure an attribution is: the share of attributions made the same way that named the right
 * speaker on hand-annotated news. "The same way" is, from most to least specific: the finder that
 * found the cue, the speaker pass that decided, how it named the speaker, and the kind of quote
 * (`after-adjacent>cue:name:direct`); then without the finder (`cue:name:direct`); then
 * without the kind (`cue:name`); then the pass alone. `npm run calibrate` fits the table
 * (`confidenceTable.ts`) on two thirds of the speaker gold, each level shrunk toward the one above
 * it, so a way seen a few times is not taken at its word; `npm run eval` prints how well it holds
 * on the third held apart. `docs/attribution.md` shows the table.
 */
export type QuoteKind = Quote['kind'];

/** The keys of one attribution, most specific first. */
export function confidenceKeys(finder: string | undefined, pass: string, via: Resolved['via'], kind: QuoteKind): string[] {
  return [...(finder ? [`${finder}>${pass}:${via}:${kind}`] : []), `${pass}:${via}:${kind}`, `${pass}:${via}`, pass, '*'];
}

export function confidenceOf(finder: string | undefined, pass: string, via: Resolved['via'], kind: QuoteKind): number {
  for (const key of confidenceKeys(finder, pass, via, kind)) {
    const c = FITTED[key];
    if (c !== undefined) return c;
  }
  return 0.5;
}
