import type { Word } from '../document.js';
import type { QuotedSpan } from '../document.js';
import { cueAfter, cueBefore, cueDash, cueLater, type Cue } from './cues.js';

/** A quote-marked span and the words around it, as the cue finders see it. */
export interface MarkedQuote {
  text: string;
  words: readonly Word[];
  q: QuotedSpan;
  /** First word inside the opening mark. */
  openWord: number;
  /** First word after the closing mark (or after the quote's end, when it is unclosed). */
  afterWord: number;
  /** `“… pen.” And he added`: the quote ends its sentence and a new one starts after it. */
  closesSentence: boolean;
}

/** A cue finder: one construction that introduces or follows a quote. */
export interface CueFinder {
  name: string;
  find(m: MarkedQuote): Cue | undefined;
}

/**
 * The cue finders for quotes with marks, in order; the first that finds a cue wins. Each has
 * an example of what it reads above it.
 */
export const CUE_FINDERS: readonly CueFinder[] = [
  // `“We will strike,” Mensah said.` / `“…,” said the minister.` — right after the closing mark.
  { name: 'after-adjacent', find: (m) => (m.q.close >= 0 && !m.closesSentence && isAdjacent(m.text, m.q.close) ? after(m) : undefined) },
  // `Mensah said: “…` / `According to the agency, “…` / `said the mayor had “no plan”` — before the opening mark.
  { name: 'before', find: (m) => cueBefore(m.words, m.openWord) },
  // `“…” he said on Monday in Accra` with more than punctuation between mark and speaker.
  { name: 'after', find: (m) => (m.q.close >= 0 && !m.closesSentence ? after(m) : undefined) },
  // `“…” — Kofi Mensah, Accra.`: a dash and a name sign the quote.
  { name: 'dash', find: (m) => (m.q.close >= 0 ? cueDash(m.words, m.afterWord, m.q.lastParagraph) : undefined) },
  // `“…” for the victory, Mensah said.`: the attribution comes later in the sentence.
  { name: 'later', find: (m) => (m.q.close >= 0 && !m.closesSentence ? cueLater(m.words, m.afterWord, m.q.lastParagraph) : undefined) },
];

/** The first cue any finder finds, with the finder's name. */
export function findCue(m: MarkedQuote): { cue: Cue; finder: string } | undefined {
  for (const f of CUE_FINDERS) {
    const cue = f.find(m);
    if (cue) return { cue, finder: f.name };
  }
  return undefined;
}

function after(m: MarkedQuote): Cue | undefined {
  const inside = m.text.slice(m.q.start, m.q.end);
  return cueAfter(m.words, m.afterWord, m.q.lastParagraph, /[,!?]\s*$/.test(inside));
}

/** `”, X said` with at most a comma or dash and the speaker phrase between mark and verb. */
function isAdjacent(text: string, close: number): boolean {
  const gap = text.slice(close + 1, close + 4);
  return /^[\s,—–-]*\S/.test(gap) && !/^\s*[.!?]/.test(gap);
}
