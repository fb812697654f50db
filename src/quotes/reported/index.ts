import type { Word } from '../../document.js';
import type { Finder, ReportedSpeech } from './finder.js';
import { accordingToBefore, accordingToAfter } from './accordingTo.js';
import { verbClause } from './verbClause.js';
import { verbObject } from './verbObject.js';
import { clauseVerb } from './clauseVerb.js';
import { parenthetical } from './parenthetical.js';
import { asSaid } from './asSaid.js';
import { gerundClause } from './gerund.js';
import { withSaying } from './withSaying.js';
import { askedQuestion } from './asked.js';
import { relativeClause } from './relative.js';

export type { ReportedSpeech } from './finder.js';

/**
 * Reported speech without quote marks: where the reported clause is, which words are the cue,
 * and which words name the speaker. Each finder (one file each in this folder) recognizes one
 * construction and is tried in the order of {@link REPORTED_FINDERS}; the first that matches at
 * a word wins. They share the clause grammar in `grammar/`.
 *
 * The finders, in order. Each has an example of what it reads above it.
 */
export const REPORTED_FINDERS: readonly Finder[] = [
  // `According to the agency, 40 people were arrested.`
  { name: 'according-to-before', find: accordingToBefore },
  // `40 people were arrested, according to the agency.`
  { name: 'according-to-after', find: accordingToAfter },
  // `Officials told reporters that the road would reopen.` / `The minister said the talks had failed.`
  { name: 'verb-clause', find: verbClause },
  // `The talks had failed, the minister said.` / `…, said Kofi Mensah, an analyst.`
  { name: 'clause-verb', find: clauseVerb },
  // `The senator urged Congress to act.` / `She cited a 2013 memo by the inspector general.`
  { name: 'verb-object', find: verbObject },
  // `The goal, he said, is a durable cease-fire.`
  { name: 'parenthetical', find: parenthetical },
  // `As the senator put it, the bill is dead.` / `The bill is dead, as the senator said.`
  { name: 'as-said', find: asSaid },
  // `She rallied supporters, saying the plan would fail.`
  { name: 'gerund', find: gerundClause },
  // `…, with three in 10 saying the tax would not change their vote.`
  { name: 'with-saying', find: withSaying },
  // `Asked whether he would run, Mensah said …` / `When asked by reporters what …`
  { name: 'asked', find: askedQuestion },
  // `the new rules, which officials said will take effect …` / `what he calls waste`
  { name: 'relative', find: relativeClause },
];

/** Every reported clause in the words, left to right, never overlapping. */
export function findReportedSpeech(words: readonly Word[]): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const f of REPORTED_FINDERS) {
      const found = f.find(words, i);
      if (!found) continue;
      out.push(found);
      i = Math.max(found.content.to, found.cue.to, found.speaker?.to ?? -1);
      break;
    }
  }
  return out.sort((a, b) => a.content.from - b.content.from);
}
