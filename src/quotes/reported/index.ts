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
import { verbAs } from './verbAs.js';
import { nounThat } from './nounThat.js';
import { madeClear } from './madeClear.js';

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
  // `The mayor described Mensah as the most qualified candidate.` / `…, casting herself as a champion of workers`
  { name: 'verb-as', find: verbAs },
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
  // `Mensah’s claim that the vote was rigged` / `reports that he had been fired`
  { name: 'noun-that', find: nounThat },
  // `Ruiz made it clear to the union that she would not resign.`
  { name: 'made-clear', find: madeClear },
];

/**
 * Every reported clause in the words, left to right. Reports do not overlap, except one inside
 * another's clause with its own speaker and cue (`Officials said the meeting was set before the
 * developer called for banning all visitors`: the developer's call is reported too).
 */
export function findReportedSpeech(words: readonly Word[]): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  let last: ReportedSpeech | undefined;
  for (let i = 0; i < words.length; i++) {
    for (const f of REPORTED_FINDERS) {
      const match = f.find(words, i);
      if (!match) continue;
      const found: ReportedSpeech = { finder: f.name, ...match };
      // (A speaker may be shared: `X said A, noting B` reports twice what X said.)
      const start = Math.min(found.content.from, found.cue.from);
      const end = Math.max(found.content.to, found.cue.to);
      if (last && start <= Math.max(last.content.to, last.cue.to) && !nestedIn(found, last)) continue;
      out.push(found);
      if (!last || end > last.content.to) last = found;
      // Go on inside the clause just found: a report may sit in it.
      i = Math.max(found.cue.to, found.speaker?.to ?? -1, found.content.from - 1);
      break;
    }
  }
  return out.sort((a, b) => a.content.from - b.content.from);
}

/** `inner` lies inside `outer`'s clause with its speaker and cue, and names a speaker of its own. */
function nestedIn(inner: ReportedSpeech, outer: ReportedSpeech): boolean {
  const within = (k: number) => k > outer.content.from && k <= outer.content.to;
  return inner.speaker !== null && within(inner.speaker.from) && within(inner.cue.from) && within(inner.content.from) && inner.content.to <= outer.content.to;
}
