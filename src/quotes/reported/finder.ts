import type { Word } from '../../document.js';

/** One reported clause: what a finder returns. */
export interface ReportedSpeech {
  /** Name of the finder that matched (`verb-clause`, `according-to-before`, …). */
  finder: string;
  /** Cue words, inclusive (`said`; `according to`; `told`). */
  cue: { from: number; to: number };
  /** Words naming the speaker, inclusive; `prefer` picks the first or last name in them. Null when the text names no one (`Asked whether …,`). */
  speaker: { from: number; to: number; prefer: 'first' | 'last' } | null;
  /** The reported clause, inclusive word indices (without `that` and final punctuation). */
  content: { from: number; to: number };
}

/** A reported-speech finder: one construction, tried at each word. */
export interface Finder {
  name: string;
  /** Try the construction at word `i`. */
  find(words: readonly Word[], i: number): ReportedSpeech | undefined;
}
