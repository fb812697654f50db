import type { Word } from '../../document.js';

/** One reported clause, as a finder finds it. */
export interface Found {
  /** Cue words, inclusive (`said`; `according to`; `told`). */
  cue: { from: number; to: number };
  /** Words naming the speaker, inclusive; `prefer` picks the first or last name in them. Null when the text names no one (`Asked whether …,`). */
  speaker: { from: number; to: number; prefer: 'first' | 'last' } | null;
  /** The reported clause, inclusive word indices (without `that` and final punctuation). */
  content: { from: number; to: number };
}

/** One reported clause, with the name of the finder that found it (`verb-clause`, `according-to-before`, …). */
export interface ReportedSpeech extends Found {
  finder: string;
}

/** A reported-speech finder: one construction, tried at each word. */
export interface Finder {
  name: string;
  /** Try the construction at word `i`. */
  find(words: readonly Word[], i: number): Found | undefined;
}
