/**
 * Who said it, shape by shape: the ways a speaker was found wrong in real articles (issue 20),
 * each in a sentence of its own with invented names. The speaker must be the right person or
 * organization entity, or a description when the text names no one — never a pronoun or a
 * clause fragment.
 */
import { describe, expect, it } from 'vitest';
import { extract, type Extraction, type Quote } from '../../src/index.js';

/** The speaker's canonical name (via its entity), its kind, and the quote's text, for every quote. */
function who(r: Extraction): [string | null, string | null, string][] {
  const byId = new Map([...r.people, ...r.organizations].map((e) => [e.id, e]));
  return r.quotes.map((q: Quote) => [q.speaker ? (q.speaker.entityId ? byId.get(q.speaker.entityId)!.name : q.speaker.name) : null, q.speaker?.kind ?? null, q.text]);
}

const speakerOf = (text: string, quoted: string) => who(extract(text)).find(([, , t]) => t.includes(quoted))?.slice(0, 2);

describe('speakers are entities', () => {
  it.each<[string, string, string, [string, string]]>([
    ['an appositive after a possessive: the named person, not the owner', 'Governor Tomas Ferreira signed the bill on Friday. “This is a good day for the state,” said the governor’s spokeswoman, Ana Ruiz.', 'a good day', ['Ana Ruiz', 'person']],
    ['a possessive before a role and a name', '“We will appeal,” said Ferreira’s top legal adviser Marta Quintero.', 'We will appeal', ['Marta Quintero', 'person']],
    ['a possessive before the words themselves: the owner said them', 'Tomas Ferreira spoke on Monday. Ferreira’s statement said the budget would not pass this year.', 'the budget would not pass', ['Tomas Ferreira', 'person']],
    ['a definite role description: the one person with that title', 'Sen. Dana Whitcombe arrived late. “The bill is dead,” the senator said.', 'The bill is dead', ['Dana Whitcombe', 'person']],
    ['an organization by its head word: the board', 'The Ruritania Board of Elections met on Monday. The board ruled that the candidate was eligible to appear on the ballot.', 'eligible', ['Ruritania Board of Elections', 'organization']],
    ['an organization speaking as `the company`', 'Veltrix Corp. lost a court case on Monday. “We will appeal the ruling,” the company said in a statement.', 'appeal the ruling', ['Veltrix Corp.', 'organization']],
    ['an organization speaking as `it`', 'The Coastal Workers Union held a vote on Monday. It said the strike would go ahead next week.', 'strike would go ahead', ['Coastal Workers Union', 'organization']],
    ['a group modifying its members: a description, not the person', 'Ferreira aides say the governor will veto the measure.', 'veto the measure', ['Ferreira aides', 'description']],
    ['members of a body: a description, not the body', 'Two senior members of the Assembly said the vote would be delayed until spring.', 'delayed until spring', ['Two senior members of the Assembly', 'description']],
  ])('%s', (_label, text, quoted, expected) => {
    expect(speakerOf(text, quoted)).toEqual(expected);
  });

  it('he/she agree in gender: `she said` is not the man named just before', () => {
    const text = 'Ana Ruiz spoke after the governor. Tomas Ferreira had left by then. “We are ready,” she said.';
    expect(speakerOf(text, 'We are ready')).toEqual(['Ana Ruiz', 'person']);
  });

  it('a bare surname two people share goes to the one the paragraph is about', () => {
    const text = 'Marta Okoro, the mayor, opened the plant on Monday. Her brother, Daniel Okoro, a contractor, built it.\n\nThe mayor thanked the workers at length. Marta Okoro spoke for twenty minutes, and Okoro said the town would grow.\n\n“This plant is our future,” Okoro said.';
    expect(who(extract(text)).map(([name]) => name)).toEqual(['Marta Okoro', 'Marta Okoro']);
  });

  it('a nickname used only inside quotes is no alias and names no one', () => {
    const text = 'Dana Whitcombe answered her critics on Monday. “They call me Dizzy Dana Whitcombe, but I have never missed a vote,” Whitcombe said.';
    const r = extract(text);
    const dana = r.people.find((p) => p.name === 'Dana Whitcombe')!;
    expect(dana).toBeDefined();
    expect(dana.aliases).not.toContain('Dizzy Dana Whitcombe');
    expect(who(r)[0]!.slice(0, 1)).toEqual(['Dana Whitcombe']);
  });

  it('a family name written first joins its full name (`Wang Lihua … Ms. Wang`)', () => {
    const text = 'Wang Lihua, the trade official, arrived in Geneva on Monday. “We expect progress,” Ms. Wang said.';
    const r = extract(text);
    expect(r.people.map((p) => p.name)).toEqual(['Wang Lihua']);
    expect(who(r)[0]!.slice(0, 2)).toEqual(['Wang Lihua', 'person']);
  });

  it('a quote after `added:` is attributed', () => {
    const text = 'Tomas Ferreira spoke to reporters in the capital on Monday. He added: “We will not back down.”';
    expect(speakerOf(text, 'We will not back down')).toEqual(['Tomas Ferreira', 'person']);
  });
});

describe('never a pronoun or a clause fragment as a name', () => {
  it('a pronoun with no antecedent that agrees: no speaker, its words kept', () => {
    const r = extract('“We will win this,” she said.');
    expect(r.quotes[0]!.speaker).toBeNull();
    expect(r.quotes[0]!.unresolvedSpeaker?.text).toBe('she');
  });

  it.each([
    ['The mayor also said that it was too early to decide whether the road would reopen in June.'],
    ['Officials in the region said on Tuesday that the talks would resume, and the mayor also said that it was too early to tell.'],
  ])('speaker names are noun phrases, not clauses: %s', (text) => {
    for (const [name] of who(extract(text))) {
      expect(name).not.toBeNull();
      expect(name!.split(/\s+/).length).toBeLessThanOrEqual(5);
      expect(name).not.toMatch(/\b(?:said|that|was)\b/);
    }
  });

  it('no speaker name in the sample articles is a bare pronoun', () => {
    for (const text of ['“I am here,” he said. “So am I,” she replied.', 'They said the vote was rigged. It said the results were final.']) {
      for (const q of extract(text).quotes) if (q.speaker) expect(q.speaker.name).not.toMatch(/^(?:he|she|it|they|we|i|you)$/i);
    }
  });
});

describe('quote boundaries', () => {
  it('a quote left open by mistake does not run into the next paragraph’s quote and take its speaker', () => {
    const text = 'Ana Ruiz said the port would reopen: “We have done what we promised.\n\n“The strike is over,” Tomas Ferreira told reporters.';
    const r = extract(text);
    const first = r.quotes.find((q) => q.text.startsWith('We have done'))!;
    expect(first.text).toBe('We have done what we promised.');
    expect(speakerOf(text, 'We have done')).toEqual(['Ana Ruiz', 'person']);
    expect(speakerOf(text, 'The strike is over')).toEqual(['Tomas Ferreira', 'person']);
  });

  it('a quote continued over paragraphs by the newspaper convention stays one quote', () => {
    const text = 'Ana Ruiz said: “We have done what we promised.\n\n“The strike is over, and the port will reopen,” she said.';
    const r = extract(text);
    expect(r.quotes.filter((q) => q.kind === 'direct')).toHaveLength(1);
    expect(speakerOf(text, 'We have done')).toEqual(['Ana Ruiz', 'person']);
  });

  it('a quote’s cue and speaker are never inside its own text', () => {
    const texts = [
      'The new rules, which the minister described as “a fair deal for farmers, said the minister Ana Ruiz on Monday,” take effect in May.',
      'Ana Ruiz said the port would reopen soon, sources said on Monday, adding that the strike was over.',
    ];
    for (const text of texts) {
      for (const q of extract(text).quotes) {
        for (const m of [q.cue, q.speaker?.mention].filter((x) => !!x)) expect(m!.start >= q.end || m!.end <= q.start).toBe(true);
      }
    }
  });
});

describe('pronouns and descriptions find who the passage is about', () => {
  it.each<[string, string, string, [string, string]]>([
    ['a person named inside a quote is talked about, not talking', '“It is Peter Mensah, and he is in his own lane,” said Tomas Ferreira, a former governor. Voters “think this man is not worried about breaking eggs,” he said.', 'breaking eggs', ['Tomas Ferreira', 'person']],
    ['a place before a titled name does not stop it being the subject', '“We will win,” Peter Mensah said at a rally on Monday.\n\nOhio Gov. Tomas Ferreira, one of the candidates beaten by Mensah last year, sounded equivocal this week. “It is sad that we have such poor choices,” he told a local station.', 'poor choices', ['Tomas Ferreira', 'person']],
    ['a bare surname that is also a place: the person of that surname', 'Rep. Dana Israel, a Democrat from the north, spoke first. “We will win the seat back,” Israel said.', 'win the seat back', ['Dana Israel', 'person']],
    ['an age refers back to the person just introduced', 'Ana Ruiz took the stage on Monday night. “My husband is a good man,” said the 46-year-old.', 'a good man', ['Ana Ruiz', 'person']],
    ['`including` embeds the organization after it', 'Six regional newspapers, including the Valley Courier, said the governor was unfit for office.', 'unfit for office', ['Six regional newspapers', 'description']],
    ['`she said` after an unnamed woman is that woman, not a woman named earlier', 'Ana Ruiz runs the pharmacy. At the counter, a cashier was shaken. “Too much hate,” said the woman. “It has to stop,” she said.', 'It has to stop', ['a cashier', 'description']],
    ['a name modifying a noun (`a Boateng supporter`) is no antecedent', 'Peter Boateng met the speaker on Thursday. He left early.\n\nRep. Kofi Mensah, a Boateng supporter, said it will help both of them.\n\n“I don’t think it’s do or die,” he said outside the building.', 'do or die', ['Kofi Mensah', 'person']],
    ['`he` after a paragraph reporting X: X, not a man X talked about', 'Peter Boateng spoke in Accra. President Mensah answered him on Tuesday.\n\nWhite House spokesman Kofi Ansah said Mensah was not targeting just Boateng.\n\n“It is not uncommon to turn on the television and see some congressman talking about it,” he said.', 'not uncommon', ['Kofi Ansah', 'person']],
    ['`the woman` refers back to the person just introduced', 'Outside the clinic, a young volunteer was handing out water. “Nobody told us anything,” said the woman, who asked not to be named. “We found out on the radio,” she said.', 'found out on the radio', ['a young volunteer', 'description']],
    ['`the man` is not a woman introduced just before', 'Outside the clinic, a young waitress was handing out water. “Nobody told us anything,” the man said.', 'Nobody told us', ['the man', 'description']],
  ])('%s', (_label, text, quoted, expected) => {
    expect(speakerOf(text, quoted)).toEqual(expected);
  });

  it('a person named in a title-cased headline is named as the body names her', () => {
    // The opening of a PolNeAR train article (Breitbart, 2016-05-14): the headline's title words ran into her name.
    const text = 'McCain Challenger Kelli Ward: Impeach AG Lynch, ‘Stop DC at the Bathroom Door.’\n\nFormer Arizona State Senator Dr. Kelli Ward called for the impeachment of U.S. Attorney General Loretta Lynch following news that the Department of Justice would sue North Carolina over the state’s new bathroom bill.';
    expect(extract(text).people.map((p) => p.name)).toContain('Kelli Ward');
  });
});

describe('the subject of the clause that introduces the quote', () => {
  it.each<[string, string, string, [string, string]]>([
    ['a party tag between the name and the verb before a colon', 'Senate Majority Leader Kofi Mensah, R-Ky., delivered a blunt message to the candidate: "It is time to quit attacking various people and get on message."', 'quit attacking', ['Kofi Mensah', 'person']],
    ['a participle of saying after a comma, with its listener', 'Former Secretary Ama Boateng clashed with Okafor during the hearing, chiding him, “What difference at this point does it make?” when questioned about the attacks.', 'What difference', ['Ama Boateng', 'person']],
    ['`the Boateng slate` names no speaker; the apposition does', 'One delegate not on the Boateng slate, Kelly Mensah, told reporters she was leaning toward Boateng.', 'leaning toward', ['Kelly Mensah', 'person']],
    ['`… X opposed and Okafor said`: after a clause with its own verb, `and` starts a new subject', 'It was the provision in the bill Mensah and other Democrats most strongly opposed and Governor Ama Okafor said she would have vetoed it.', 'would have vetoed', ['Ama Okafor', 'person']],
    ['`X arrived late and said`: a shared subject stays', 'Mensah arrived late and said the plan was dead.', 'the plan was dead', ['Mensah', 'person']],
    ['a name in a framing phrase is not the subject the pronoun refers to', 'Kofi Mensah, a speechwriter, wrote an op-ed on Sunday. Ama Boateng is the nominee.\n\nWith a vote for Boateng ruled out, Mensah said he is left with two options: vote for Ruiz, whom he called “the most divisive figure in 25 years,” or stay home.', 'most divisive', ['Kofi Mensah', 'person']],
    ['`the editorial` is the newspaper named before', 'The Daily Advocate chided the governor on Monday. “She should act like one,” the editorial read.', 'act like one', ['Daily Advocate', 'organization']],
    ['`a Boateng ally` is the ally, not Boateng', 'Ama Boateng lost the vote in May. Later, a Boateng ally suggested she would do an about-face and support the deal.', 'about-face', ['a Boateng ally', 'description']],
  ])('%s', (_label, text, quoted, expected) => {
    expect(speakerOf(text, quoted)).toEqual(expected);
  });
});
