import type { Resolved } from './speakers.js';

/**
 * How often an attribution made a given way names the right speaker: the share right on
 * hand-annotated news (`npm run calibrate` refits it; `docs/attribution.md` gives the data and the
 * table), by the pass that decided, how the speaker was named, and the kind of quote. A way
 * seen too rarely to measure falls back to its pass and naming, then its pass.
 */
export type QuoteKind = 'direct' | 'mixed' | 'indirect';

export const CONFIDENCE: Readonly<Record<string, number>> = {
  'cue:name:direct': 0.95,
  'cue:name:mixed': 0.9,
  'cue:name:indirect': 0.85,
  'cue:role:direct': 0.85,
  'cue:role:mixed': 0.8,
  'cue:role:indirect': 0.75,
  'cue:pronoun:direct': 0.8,
  'cue:pronoun:mixed': 0.75,
  'cue:pronoun:indirect': 0.7,
  'cue:pronoun-weak:direct': 0.5,
  'cue:pronoun-weak:mixed': 0.45,
  'cue:pronoun-weak:indirect': 0.45,
  'cue:description:direct': 0.8,
  'cue:description:mixed': 0.7,
  'cue:description:indirect': 0.7,
  'sentence-subject': 0.45,
  'carry-over': 0.55,
  'previous-sentence': 0.5,
};

export function confidenceOf(pass: string, via: Resolved['via'], kind: QuoteKind): number {
  return CONFIDENCE[`${pass}:${via}:${kind}`] ?? CONFIDENCE[`${pass}:${via}`] ?? CONFIDENCE[pass] ?? 0.5;
}
