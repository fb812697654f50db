import type { EntityType } from './types.js';

/**
 * The article as the stages between analysis and resolution see it: words, name candidates
 * from the capitalization rules, spans from the tagger, and typed names. One module, so
 * `recognize/` and `tagger/` depend on it and not on each other.
 */

/**
 * A word as a reader sees it: wink-nlp splits `Bandar-e`, `President-elect` and
 * `#Kenya` into several tokens; names need them whole.
 */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** POS of the word's main token (PROPN wins for hyphenated compounds). */
  pos: string;
  sentence: number;
  /** True for the first word of a sentence (after any opening quote or bracket). */
  sentenceStart: boolean;
  /** Index of the paragraph (line) the word is in. */
  paragraph: number;
  /** True when the word follows whitespace (or starts the text). */
  spaceBefore: boolean;
  /** For a hyphenated compound (`Nkem-Obi`, `Kenya-Uganda`): its tokens, hyphens included. */
  parts?: WordPart[];
}

/** A token inside a hyphenated compound word. */
export interface WordPart {
  start: number;
  end: number;
  text: string;
  pos: string;
}

/** A proper-name span proposed by the capitalization rules, with the title words peeled off its front. */
export interface Candidate {
  /** Index of the first and last word of the name in the word array. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The name as a reader would write it: brackets dropped, spaces normalized. */
  name: string;
  /** Title or honorific words written just before the name (`Brig. Gen.`, `Prime Minister`). */
  titles: string[];
  /** Start of the titled form (`Brig. Gen. Kofi Mensah`), when titles were peeled. */
  titledStart?: number;
  /** A demonym peeled off the front (`Kenyan` in `Kenyan President Kofi Mensah`). */
  demonym?: string;
  /** In a title-cased headline or caption, where capitals say little. */
  headline: boolean;
  /** The name's first word opens a sentence, so its capital says little. */
  sentenceStart: boolean;
  /** In a line written mostly in capitals, where all-caps words are not acronyms. */
  shouted: boolean;
}

/**
 * A name the tagger found: word indices `[first, last]`, character offsets (inside a compound
 * word when the name is part of one: `Kenya` in `pro-Kenya`), type, and its score margin.
 */
export interface TaggedName {
  first: number;
  last: number;
  start: number;
  end: number;
  /** `misc`: a name of another kind (an event, a law, a nationality), which the library does not report. */
  type: EntityType | 'misc';
  margin: number;
}

/**
 * What decided a name's type. With the tagger (the default): `tagger`, or one of the certain
 * rules after it (`acronym-definition`, `defined-acronym`, `same-name`). Without it
 * (`tagger: false`), the rule in `recognize/classify.ts` that fired first.
 */
export type NameRule =
  | 'tagger' | 'same-name' | 'acronym-definition' | 'defined-acronym'
  | 'not-a-name' | 'reporting-verb' | 'gazetteer' | 'headline' | 'title' | 'place-head' | 'org-head' | 'org-start'
  | 'acronym' | 'given-name' | 'lexicon' | 'no-evidence' | 'place-intro' | 'place-suffix' | 'common-noun' | 'appositive'
  | 'role-before' | 'listed-with-places' | 'shares-surname' | 'surname'
  | 'headline-body' | 'headline-gazetteer' | 'headline-acronym' | 'headline-listed';

/** A candidate with its type, or `null` when the evidence supports none. */
export interface Typed extends Candidate {
  type: EntityType | null;
  /** What decided (kept for debugging and tests). */
  rule: NameRule;
  /** The tagger's score margin for the name (sureness), when the tagger decided. */
  margin?: number;
}

/** A quotation-mark-delimited span found on the raw text. */
export interface QuotedSpan {
  /** Position of the opening mark. */
  open: number;
  /** Position of the closing mark, or -1 when the quote is unclosed (bounded at paragraph end). */
  close: number;
  /** Content: the words between the marks (trimmed of spaces). */
  start: number;
  end: number;
  /** Index of the paragraph where the quote opens and where it ends. */
  firstParagraph: number;
  lastParagraph: number;
  /** Double marks (“…”, "…", «…», „…“) or single ones (‘…’). */
  family: 'double' | 'single';
}
