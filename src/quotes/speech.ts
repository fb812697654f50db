import type { QuotedSpan } from './marks.js';

/** What the words around a quoted span say about it. */
export interface SpeechEvidence {
  /** A reporting verb or colon introduces or follows the quote. */
  cued: boolean;
  /** The quote sits inside reported speech, after its reporting verb. */
  fragment: boolean;
  /** A quote with a speaker just before, in this or the previous paragraph. */
  followsQuote: boolean;
}

const SCARE_BEFORE = /(?:^|[^\p{L}])(?:so-called|so called|dubbed|termed|named|known as|labell?ed as|branded as|described as|describes as|describing (?:it|them|this|that) as|the|a|an|of|its|their|his|her|our|your|this|these|those|word|term|phrase|slogans?|chants?|banners?|placards?)\s*$/iu;

/**
 * Speech, or a name, title, slogan or scare quote? Evidence, not a phrase list:
 * a cue nearby, sentence-like content, length and capitalisation.
 */
export function isSpeech(text: string, q: QuotedSpan, evidence: SpeechEvidence): boolean {
  const content = text.slice(q.start, q.end);
  const words = content.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return false;
  const before = text.slice(Math.max(0, q.open - 40), q.open);
  const scareContext = SCARE_BEFORE.test(before);
  const capitalized = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w.replace(/^[[(‘'"“]+/, ''))).length;
  const titleCase = words.length >= 2 && capitalized / words.length >= 0.75;
  // Titles of shows, books and headlines (`Meet the Press`, `Guardians of the Galaxy`): every content word capitalized.
  const contentWords = words.filter((w) => !/^(?:the|of|a|an|to|at|in|on|for|and|or|but|with|by|from|as|is|are|be)$/.test(w));
  const workTitle = contentWords.length >= 2 && contentWords.length <= 6 && contentWords.every((w) => /^[\p{Lu}\p{N}]/u.test(w.replace(/^[[(‘'"“]+/, '')));
  if (workTitle && !evidence.followsQuote && !/[!?]["”’]?$/.test(content)) return false;
  const sentenceLike = /[.!?…]["”’]?$|[,;:—–-]$/.test(content) || words.length >= 8;
  if (titleCase && (!evidence.cued || evidence.fragment)) return false;
  // Five or more words of running text are someone's words, not a label.
  if (words.length >= 5 && !titleCase && /^[\p{Ll}[(…]/u.test(content)) return true;
  // A fragment of reported speech (`dismissed it as “absurd.”`) is speech unless a naming
  // or scare context introduces it (`so-called`, `known as`, `a “…”`).
  if (evidence.fragment) return !scareContext;
  if (evidence.cued) return words.length >= 3 || (sentenceLike && !scareContext);
  if (scareContext && words.length < 8) return false;
  // Uncued: a whole sentence, or a short one right after someone's quote (`“This is all me.”`).
  const minWords = evidence.followsQuote && /[.!?…]$/.test(content) ? 2 : 6;
  return words.length >= minWords && sentenceLike && /^[\p{Lu}\p{N}[(…]/u.test(content);
}
