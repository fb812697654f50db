import type { Word } from '../../document.js';
import { clauseSubject, mainClauseSubject, sentenceBounds, trimAuxiliaries } from '../../grammar/clauses.js';
import { beforeComma, clauseContent, hasFiniteVerb, isWord, reportingForm } from '../../grammar/reports.js';
import { speechVerbForms } from '../../knowledge/words.js';
import type { Found } from './finder.js';

// Verbs that characterize someone or something in words (`described X as Y`, `painted X as Y`).
const CHARACTERIZING: ReadonlySet<string> = new Set(
  ['describe', 'portray', 'paint', 'position', 'characterize', 'characterise', 'label', 'denounce', 'brand', 'attack', 'criticize', 'criticise', 'praise', 'hail', 'tout', 'dismiss', 'depict', 'frame', 'slam', 'blast', 'deride', 'mock', 'ridicule', 'lambast', 'pitch', 'bill', 'dub', 'cite', 'list', 'single']
    .flatMap(speechVerbForms),
);
// `cast herself as a champion`: `cast` characterizes only the one who speaks (`cast an actor as …` is a film's).
const CASTING = /^(?:cast|casts|casting)$/i;

/**
 * `The mayor described Mensah as the most qualified candidate`, `Ferreira attacked her as an
 * unreliable guardian of workers’ interests`, `…, casting herself as a champion of working
 * people`, `an effort to paint Mensah as unfit`: a verb that characterizes in words, its object,
 * `as` and what the object was called. What was said is the object and the characterization;
 * who said it is the verb's subject (for a participle or an infinitive, the sentence's).
 */
export function verbAs(words: readonly Word[], v: number): Found | undefined {
  const verb = words[v]!;
  const lower = verb.text.toLowerCase();
  const casting = CASTING.test(lower) && /^(?:himself|herself|itself|themselves|myself|ourselves)$/i.test(words[v + 1]?.text ?? '');
  if ((!CHARACTERIZING.has(lower) && !casting) || verb.pos !== 'VERB' || /^\p{Lu}/u.test(verb.text)) return undefined;
  const bounds = sentenceBounds(words, v);
  // The object, then `as` within a few words, with no punctuation or verb between (`referred to X as`).
  let as = v + 1;
  while (as <= bounds.end && as - v <= 8 && !isWord(words[as], /^as$/i)) {
    if (/^[,.;:!?()“”"—–]$/.test(words[as]!.text) || words[as]!.pos === 'VERB' || words[as]!.pos === 'AUX') return undefined;
    as++;
  }
  // (`dismissed it as “absurd”`: the characterization may be quoted.)
  const called = /^(?:[“"«]|'')$/.test(words[as + 1]?.text ?? '') ? as + 2 : as + 1;
  if (!isWord(words[as], /^as$/i) || as === v + 1 || !/^(?:DET|ADJ|NOUN|PROPN|NUM|ADV|PRON)$/.test(words[called]?.pos ?? '')) return undefined;
  const participle = /ing$/.test(lower);
  const infinitive = isWord(words[v - 1], /^to$/i);
  let speaker: Found['speaker'] | undefined;
  if (participle || infinitive) {
    // `Ruiz, casting herself as …, appeared …`: a participle after the subject.
    if (participle && words[v - 1]?.text === ',' && !hasFiniteVerb(words, bounds.start, v - 2) && v - 1 - bounds.start <= 8) speaker = { from: bounds.start, to: v - 2, prefer: 'first' };
    else {
      const main = mainClauseSubject(words, v - 1);
      if (main && main.from >= bounds.start) speaker = { ...main, prefer: 'first' };
    }
  } else {
    const subjectEnd = reportingForm(words, v);
    if (subjectEnd < 0) return undefined;
    const subject = clauseSubject(words, subjectEnd, bounds.start);
    // `a practice he described as …`: a relative clause describes, it does not report here.
    if (subject && /^(?:who|which|that)$/i.test(words[trimAuxiliaries(words, subject.from, v - 1)]!.text)) return undefined;
    speaker = subject;
  }
  if (!speaker || speaker.to < speaker.from) return undefined;
  const content = clauseContent(words, v + 1, beforeComma(words, as, bounds.end));
  return content && { cue: { from: v, to: v }, speaker, content };
}
