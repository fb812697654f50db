import type { Entity, Gender } from '../types.js';
import type { Word } from '../document.js';
import type { Span } from '../span.js';
import type { MentionIndex } from './mentions.js';
import { hasTag } from '../knowledge/lexicon.js';

/**
 * A person's gender from the article's own evidence, strongest first:
 * 1. an honorific or a gendered role noun in the person's titles (`Mr.`, `Ms.`, `spokeswoman`,
 *    `congressman`);
 * 2. pronouns that refer back to them: `he`/`she` opening the sentence after one whose subject is
 *    the person, and `his`/`her`/`he`/`she` later in a sentence where the person is the nearest
 *    name before (quoted words aside: a pronoun in a quote refers from the speaker's view);
 * 3. failing both, a table of given names (compromise's lexicon, MIT: its first names tagged
 *    male or female), which never overrides the text.
 * Pronoun votes decide only with a clear majority (twice the other side): news sentences often
 * put two people side by side.
 */
export function inferGenders(words: readonly Word[], entities: readonly Entity[], mentions: MentionIndex, quoted: readonly Span[]): Map<string, Gender | null> {
  const out = new Map<string, Gender | null>();
  const votes = pronounVotes(words, mentions, quoted);
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const named = byGivenName(e);
    out.set(e.id, byTitles(e) ?? byVotes(votes.get(e.id), named) ?? named);
  }
  return out;
}

/** The gender several readings agree on (windows of one text, articles of a corpus): the one any found, unless another found the other. */
export function agreedGender(genders: readonly (Gender | null)[]): Gender | null {
  const found = new Set(genders.filter((g): g is Gender => g !== null));
  return found.size === 1 ? [...found][0]! : null;
}

const MALE_TITLE = /\b(?:mr|sir|lord|king|prince|duke|emperor|sultan|emir|sheikh|father|brother|son|husband|widower|boyfriend|grandfather|uncle|nephew|congressman|assemblyman|councilman|alderman|spokesman|chairman|businessman|anchorman|statesman|countryman|kinsman|clergyman|frontman|policeman|fireman|cameraman|sportsman|actor|monk)\b/i;
const FEMALE_TITLE = /\b(?:mrs|ms|miss|madam|madame|mme|dame|lady|queen|princess|duchess|empress|sultana|mother|sister|daughter|wife|widow|girlfriend|grandmother|aunt|niece|congresswoman|assemblywoman|councilwoman|alderwoman|spokeswoman|chairwoman|businesswoman|anchorwoman|stateswoman|countrywoman|policewoman|firewoman|sportswoman|actress|first lady|nun)\b/i;

/** The gender a description of someone unnamed states (`the woman`, `a spokesman`, `her mother`), if any. */
export function genderOfDescription(description: string): Gender | null {
  const male = MALE_TITLE.test(description) || /\b(?:man|men|boy|guy|gentleman)\b/i.test(description);
  const female = FEMALE_TITLE.test(description) || /\b(?:woman|women|girl|lady)\b/i.test(description);
  return male === female ? null : male ? 'male' : 'female';
}

/** An honorific or a gendered role noun among the person's titles and titled forms. */
function byTitles(e: Entity): Gender | undefined {
  let male = 0;
  let female = 0;
  for (const t of [...e.titles, ...e.aliases.filter((a) => /\s/.test(a))]) {
    if (MALE_TITLE.test(t)) male++;
    if (FEMALE_TITLE.test(t)) female++;
  }
  return male > female ? 'male' : female > male ? 'female' : undefined;
}

/**
 * The pronouns' verdict: twice as many on one side. One pronoun alone decides only when the given
 * name says nothing (it is read from nearness, and `X met Y. She said …` may mean either).
 */
function byVotes(v: { male: number; female: number } | undefined, named: Gender | null): Gender | undefined {
  if (!v) return undefined;
  const decided: Gender | undefined = v.male > 0 && v.male >= 2 * v.female ? 'male' : v.female > 0 && v.female >= 2 * v.male ? 'female' : undefined;
  if (!decided || (v.male + v.female < 2 && named !== null && named !== decided)) return undefined;
  return decided;
}

/** The given name's gender in compromise's lexicon, when it has one only (a one-word name has no given name to read). */
function byGivenName(e: Entity): Gender | null {
  const first = e.name.split(/\s+/)[0] ?? '';
  if (e.name.split(/\s+/).length < 2) return null;
  const male = hasTag(first, 'MaleName');
  const female = hasTag(first, 'FemaleName');
  return male && !female ? 'male' : female && !male ? 'female' : null;
}

const MALE_PRONOUN = /^(?:he|him|his|himself)$/i;
const FEMALE_PRONOUN = /^(?:she|her|hers|herself)$/i;

/** Pronoun votes per person entity id. */
function pronounVotes(words: readonly Word[], mentions: MentionIndex, quoted: readonly Span[]): Map<string, { male: number; female: number }> {
  const votes = new Map<string, { male: number; female: number }>();
  const vote = (id: string, gender: Gender) => {
    const v = votes.get(id) ?? { male: 0, female: 0 };
    v[gender]++;
    votes.set(id, v);
  };
  let q = 0;
  const inQuote = (offset: number) => {
    while (q < quoted.length && quoted[q]!.end <= offset) q++;
    return q < quoted.length && quoted[q]!.start <= offset;
  };
  // The nearest person mention in the current sentence, and the subject (first person) of the sentence before.
  let sentence = -1;
  let nearest: string | undefined;
  let firstInSentence: string | undefined;
  let previousSubject: string | undefined;
  let previousSentencePeople = 0;
  // Whether the first person of the sentence came before its first verb: its grammatical subject.
  let verbSeen = false;
  let firstIsSubject = false;
  let previousIsSubject = false;
  let peopleInSentence = new Set<string>();
  // Words of the sentence so far outside quote marks (`“…,” she said`: `she` opens what the narrator says).
  let narrated = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.sentence !== sentence) {
      if (firstInSentence) {
        previousSubject = firstInSentence;
        previousSentencePeople = peopleInSentence.size;
        previousIsSubject = firstIsSubject;
      }
      verbSeen = false;
      firstIsSubject = false;
      sentence = w.sentence;
      nearest = undefined;
      firstInSentence = undefined;
      peopleInSentence = new Set();
      narrated = 0;
    }
    const quotedWord = inQuote(w.start);
    if (!quotedWord && /\p{L}/u.test(w.text)) narrated++;
    const m = mentions.at(k);
    if (m && m.entity.type === 'person') {
      if (!quotedWord) {
        nearest = m.entity.id;
        if (!firstInSentence) firstIsSubject = !verbSeen;
        firstInSentence ??= m.entity.id;
        peopleInSentence.add(m.entity.id);
      }
      continue;
    }
    if (!quotedWord && (w.pos === 'VERB' || w.pos === 'AUX')) verbSeen = true;
    const gender: Gender | undefined = MALE_PRONOUN.test(w.text) ? 'male' : FEMALE_PRONOUN.test(w.text) ? 'female' : undefined;
    if (!gender || quotedWord) continue;
    if (nearest) vote(nearest, gender);
    // `He` opening what the narrator says in a sentence (`He added …`, `“…,” she said`): the
    // subject of the last sentence that named someone, when it named one person or began with them.
    else if (narrated === 1 && /^(?:he|she)$/i.test(w.text) && previousSubject && (previousSentencePeople === 1 || previousIsSubject)) vote(previousSubject, gender);
  }
  return votes;
}
