import data from './data/lexicon.json' with { type: 'json' };
import type { LexiconData } from './data.js';

/**
 * compromise's lexicon, looked up per word. Running compromise's full tagger over an
 * article costs ~6 s/MB; its lexicon answers the same "is this a first name / a place /
 * an honorific" questions in a hash lookup. The table is generated from compromise at build
 * time (`test/build/knowledge.ts`), so compromise itself is not loaded at run time.
 */
type Tags = ReadonlySet<string>;

let lexicon: Map<string, Tags> | undefined;
let orgWords: ReadonlySet<string> | undefined;
let placeWords: ReadonlySet<string> | undefined;

function load(): Map<string, Tags> {
  if (lexicon) return lexicon;
  const d = data as LexiconData;
  lexicon = new Map();
  // Words with the same tags share one set.
  d.tagSets.forEach((tags, k) => {
    const set: Tags = new Set(tags);
    for (const word of d.words[k]!.split('\n')) lexicon!.set(word, set);
  });
  orgWords = new Set(d.orgWords.split('\n'));
  placeWords = new Set(d.placeWords.split('\n'));
  return lexicon;
}
/** compromise's tags for a lower-cased word or phrase (`'ali'` → MaleName). */
export function lexiconTags(word: string): Tags | undefined {
  return load().get(word.toLowerCase());
}

export function hasTag(word: string, ...tags: string[]): boolean {
  const t = lexiconTags(word);
  return t !== undefined && tags.some((x) => t.has(x));
}

/** A given name compromise knows (`Amina`, `Kofi`). */
export function isFirstName(word: string): boolean {
  return hasTag(word, 'FirstName', 'MaleName', 'FemaleName');
}

export function isLastName(word: string): boolean {
  return hasTag(word, 'LastName');
}

/** Words that end organization names in compromise's model (`council`, `agency`, `bank`). */
export function isOrgWord(word: string): boolean {
  load();
  return orgWords!.has(word.toLowerCase());
}

/** Words that end geographic names in compromise's model (`river`, `island`, `valley`). */
export function isPlaceWord(word: string): boolean {
  load();
  return placeWords!.has(word.toLowerCase());
}

/** `Kenyan`, `French`: a demonym, not a place (but it may link to its country). */
export function isDemonym(word: string): boolean {
  return hasTag(word, 'Demonym');
}

/** compromise's Actor tag: nouns for people by role (`minister`, `spokesman`, `commander`). */
export function isActorNoun(word: string): boolean {
  return hasTag(word, 'Actor');
}

/** Ordinary lower-case vocabulary: verbs, adjectives, adverbs, function words. */
export function isCommonWord(word: string): boolean {
  return hasTag(
    word,
    'Adjective', 'Adverb', 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Determiner',
    'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'QuestionWord', 'Expression', 'Comparative', 'Superlative',
  );
}
