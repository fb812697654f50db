/** Quotes and speakers on real news sentences (sample articles and PolNeAR). */
import { describe, expect, it } from 'vitest';
import { extract, type Quote } from '../../src/index.js';
import { sampleArticles } from '../helpers.js';

const article = (prefix: string) => sampleArticles().find((a) => a.file.startsWith(prefix))!.text;
const direct = (text: string) => extract(text).quotes.filter((q) => q.kind !== 'indirect');
const speakerName = (q: Quote | undefined) => q?.speaker?.name ?? null;

describe('finding quotes', () => {
  it.each<[string, string, string]>([
    ['curly', '“CNN has done an awful job this election,” Barkley said.', 'CNN has done an awful job this election,'],
    ['straight', '"It just was never meant to be," said Monmouth University political scientist Patrick Murray.', 'It just was never meant to be,'],
    ['guillemets', '«We will not negotiate under threat,» the minister said.', 'We will not negotiate under threat,'],
    ['low-high', '„We will not negotiate under threat,“ the minister said.', 'We will not negotiate under threat,'],
    ['two apostrophes (as the New York Times writes them)', "''We will not negotiate under threat,'' the minister said.", 'We will not negotiate under threat,'],
  ])('%s marks', (_label, text, quoted) => {
    const q = direct(text);
    expect(q.map((x) => x.text)).toEqual([quoted]);
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe(quoted);
  });

  it('keeps apostrophes and nested single quotes inside one quote', () => {
    const text = article('000');
    const q = direct(text);
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toContain('‘we are hungry, hungry’');
    expect(q[0]!.text.endsWith('oppressor mullahs.')).toBe(true);
  });

  it('joins a quote that runs over paragraphs (open, no close, next paragraph re-opens)', () => {
    const text = '“Wendy Long was one member of that group of four or five people.\n\n“So even though over the years we have lived in different places, there is a certain kind of amalgam of hearts,” he wrote.';
    const q = direct(text);
    expect(q).toHaveLength(1);
    expect(q[0]!.text.startsWith('Wendy Long')).toBe(true);
    expect(q[0]!.text.endsWith('amalgam of hearts,')).toBe(true);
  });

  it('gives an interrupted quote two records with the same speaker', () => {
    const text = '“Judge,” Brafman said, “I have never had that happen in any case in thirty-seven years.”';
    const q = direct(text);
    expect(q.map((x) => x.text)).toEqual(['Judge,', 'I have never had that happen in any case in thirty-seven years.']);
    expect(q.map(speakerName)).toEqual(['Brafman', 'Brafman']);
  });

  it('bounds an unclosed quote at the end of its paragraph and keeps going', () => {
    const text = 'He said: “The leaders and those inciting the protests in this city were from the MEK\n\nThe Iranian people have continued the uprising.\n\n“These people intended to create problems in Iran,” he added.';
    const q = direct(text);
    expect(q.map((x) => x.text)).toEqual(['The leaders and those inciting the protests in this city were from the MEK', 'These people intended to create problems in Iran,']);
  });

  it('finishes 1 MB of unbalanced quote marks in linear time', () => {
    const unit = 'He said “we will “not ” stop” and ‘they’ won’t " or « ever „ ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = Date.now();
    const r = extract(text);
    expect(Date.now() - started).toBeLessThan(20_000);
    for (const q of r.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  }, 30_000);
});

describe('speech or not', () => {
  it('reports none of the names, slogans and scare quotes in the sample articles', () => {
    const nonQuotes = ['triangle of enemies', 'Resistance Units', 'Free Iran', 'illegal', 'resistance units', 'We Will Fight, We Will Die, but We’ll Take Back Iran'];
    for (const { text } of sampleArticles()) {
      for (const q of extract(text).quotes) for (const n of nonQuotes) expect(q.text.replace(/[.,]$/, '')).not.toBe(n);
    }
  });

  it.each<[string, string]>([
    ['so-called', 'The MEK has so-called “Resistance Units” spread across the country.'],
    ['a “…”', 'He did his best to conceal it by describing it as the third part of a “triangle of enemies” who carried out the uprising.'],
    ['title-cased name', 'During the “Free Iran” gathering in Paris at the end of June, support was evident.'],
  ])('%s is not speech', (_label, text) => {
    expect(extract(text).quotes.filter((q) => q.kind !== 'indirect')).toEqual([]);
  });

  it('“as …” after a reporting verb is reported speech; “a …” after it stays a scare quote', () => {
    const q = direct('Ahead of the vote, former Florida Gov. Jeb Bush referred to Marco Rubio as “a bright, charismatic leader” but described his leadership skills as a “work in progress.”');
    expect(q.map((x) => [x.text, x.kind, x.speaker?.name])).toEqual([['a bright, charismatic leader', 'mixed', 'Jeb Bush']]);
  });

  it('a fragment of reported speech is a mixed quote', () => {
    const q = direct('Rep. Thomas Massie used to support fellow Kentuckian Rand Paul, but now said Trump had “the opportunity and the obligation to bring us together.”');
    expect(q).toHaveLength(1);
    expect(q[0]!.kind).toBe('mixed');
    expect(speakerName(q[0])).toBe('Thomas Massie');
  });
});

describe('fragments with no reporting verb', () => {
  it('five or more words of running text are speech, said by the sentence’s subject', () => {
    const q = direct('The statement talked about giving voters the right to “determine who they want as president and what the agenda of the Democratic Party should be.”');
    expect(q.map((x) => [x.kind, x.speaker?.name, x.cue])).toEqual([['mixed', 'The statement', null]]);
    // Less sure than a quote whose cue names its speaker.
    expect(q[0]!.confidence).toBeLessThan(direct('“We will strike on Monday,” Mensah said.')[0]!.confidence!);
  });

  it('a named subject is linked to its entity', () => {
    const q = direct('Sen. Paul Ryan worried that the social safety net was becoming “a hammock that lulls able-bodied people to lives of dependency.”');
    expect(q).toHaveLength(1);
    expect(speakerName(q[0])).toBe('Paul Ryan');
    expect(q[0]!.speaker?.entityId).toMatch(/^person-/);
  });

  it('titles of shows and books are not speech, even after a reporting verb', () => {
    expect(direct('He told NBC’s “Meet the Press.”')).toEqual([]);
    expect(direct('Trump said he liked “Guardians of the Galaxy,” the film, a lot.')).toEqual([]);
    expect(direct('“What a Super Tuesday!” Hillary Clinton declared.').map(speakerName)).toEqual(['Hillary Clinton']);
  });

  it('a short fragment with no verb in reach stays a scare quote', () => {
    expect(direct('The senator has become a “lightning rod” in the debate.')).toEqual([]);
  });
});

describe('attributing speakers', () => {
  it.each<[string, string, string]>([
    ['“…,” X said', '“The anti-revolutionary and the [MEK] are behind these moves,” the commander of state security forces Hossein Ashtari said on November 17.', 'Hossein Ashtari'],
    ['“…,” said X', '"It just was never meant to be," said Monmouth University political scientist Patrick Murray.', 'Patrick Murray'],
    ['X, title, said: “…”', 'Maryam Rajavi, the president-elect of the National Council of Resistance of Iran (NCRI), said: “Shoosh has risen with the cries of workers.”', 'Maryam Rajavi'],
    ['X, description, stated', '“The [PMOI/MEK] has such two-person teams in all cities,” Ali Akbar Raefipoor, a figure said to be close to Khamenei, stated on June 17, 2018.', 'Ali Akbar Raefipoor'],
    ['the <role> X said', '“We can identify some of those who incited the people in the streets,” the secretary of the Supreme National Security Council Ali Shamkhani said on November 17.', 'Ali Shamkhani'],
    ['colon after a long clause', 'Donald Trump walked on stage. Trump gestured as if to stop the ruckus, then leaned in and boomed: “Let’s defeat her in November.”', 'Donald Trump'],
    ['quote-name-verb with an unlisted verb', '“This is fantastic!” beamed Donald Hartley of Madison, Alabama.', 'Donald Hartley'],
    ['participle after a comma: the main clause’s subject', 'Speaking at a town hall event in Salem, New Hampshire, Donald Trump went after Bush, calling him “a total stiff.”', 'Donald Trump'],
    ['participle with a name as its object', 'Clinton campaign spokesman Brian Fallon responded on Twitter, calling Trump’s charge “dangerous.”', 'Brian Fallon'],
    ['appositive subject of a second clause', 'Louisiana Gov. Bobby Jindal on Monday signed an order, while Mike Huckabee, the former Arkansas governor, proposed we "wake up and smell the falafel."', 'Mike Huckabee'],
  ])('%s', (_label, text, speaker) => {
    const q = direct(text);
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker?.name).toBe(speaker);
    expect(q[0]!.speaker?.entityId).toMatch(/^person-/);
    expect(q[0]!.cue).not.toBeNull();
  });

  it.each<[string, string, string]>([
    ['a participle’s object is not its subject', '“If she gets to pick her judges, nothing you can do, folks,” Donald Trump told a North Carolina rally, saying Hillary Clinton would “abolish the second amendment.”', 'Donald Trump'],
    ['an inverted cue followed by an appositive', '"The risk," said Edward Leamer, an economist who is the director of the UCLA Anderson Forecast, "is that we\'re going to be attracting workers and repelling jobs."', 'Edward Leamer'],
  ])('%s: both parts have the same speaker', (_label, text, speaker) => {
    const q = direct(text);
    expect(q).toHaveLength(2);
    expect(q.map(speakerName)).toEqual([speaker, speaker]);
  });

  it.each<[string, string, string, string]>([
    ['a relative pronoun stands for the name before it', 'The remarks triggered a damning reaction from U.S. President Barack Obama, who called the Republican nominee “unfit to serve” as president.', 'Barack Obama', 'who'],
    ['a party-state tag does not end the clause', '“There’s tremendous energy in the country,” Rep. Earl Blumenauer (D-Ore.) said.', 'Earl Blumenauer', 'Earl Blumenauer'],
    ['lowercase role words before a name after the quote', '“Elections are a choice but a lot of the time they are a referendum,” political scientist Christopher Wlezien told Bloomberg.', 'Christopher Wlezien', 'Christopher Wlezien'],
    ['a message that reads (a description is named in five words at most; its mention is all of it)', '“Hi Americans! Donald Trump may become the President of your country!” a welcome message on the website reads.', 'a welcome message', 'a welcome message on the website'],
  ])('%s', (_label, text, speaker, mention) => {
    const q = direct(text);
    expect(q).toHaveLength(1);
    expect(speakerName(q[0])).toBe(speaker);
    expect(q[0]!.speaker?.mention?.text).toBe(mention);
  });

  it.each<[string, string, string]>([
    ['a state tag with full stops does not end the clause', 'Sen. Rand Paul, R-Ky., told Fox News that polls could be "way off," and have been unreliable in past races.', 'Rand Paul'],
    ['a verb coordinated with “but” shares the subject', 'Speaking to reporters Monday morning at party headquarters, Aung San Suu Kyi, 70, said it was too early to congratulate winners but added, "I think you all have an idea of the results."', 'Aung San Suu Kyi'],
    ['the attribution later in the sentence, after a comma', '"Let me take this opportunity to thank the people of New Hampshire" for the victory, Bernie Sanders said.', 'Bernie Sanders'],
    ['an inverted attribution later in the sentence', '"Many would consider that an embarrassment" if she did not win, said David Wasserman, an elections analyst.', 'David Wasserman'],
    ['a signature line after a pull quote', '"The idea that I would dismantle health care is wrong."\n\n- Bernie Sanders.\n\nThe senator is relying on an outdated vote.', 'Bernie Sanders'],
    ['a participle continues the report just before it', 'Omar Mateen did not mingle but left as soon as prayers were finished, Adel Nefzi said, adding, "He was not very religious."', 'Adel Nefzi'],
    ['a leading subordinate clause has its own subject', 'When told Perez was in the Cabinet, Taylor Bush thought for a moment and said that in the current political climate, "I think it\'s kind of an advantage not to be a celebrity."', 'Taylor Bush'],
  ])('%s', (_label, text, speaker) => {
    const q = direct(text);
    expect(q).toHaveLength(1);
    expect(speakerName(q[0])).toBe(speaker);
  });

  it('a subheading between dashes after a quote does not sign it', () => {
    const q = direct('"So I think that there is resistance among many Americans against seeing their country change."\n\n– An immigrant himself –.\n\nRamos lives in Miami.');
    expect(q).toHaveLength(1);
    expect(speakerName(q[0])).not.toBe('An immigrant himself');
  });

  it('a verb coordinated after a quote shares the subject before the quote', () => {
    const q = direct('Hillary Clinton won seven states on Tuesday.\n\nShe declared “What a Super Tuesday!” and said that her campaign would continue “to break barriers” across the nation.');
    expect(q.map(speakerName)).toEqual(['Hillary Clinton', 'Hillary Clinton']);
  });

  it('resolves he/she to the person just named, and “he added” to the previous speaker', () => {
    const q = direct(article('002'));
    const shamkhani = q.filter((x) => x.speaker?.name === 'Ali Shamkhani');
    expect(shamkhani.map((x) => x.speaker?.mention?.text)).toEqual(['Ali Shamkhani', 'he']);
    expect(shamkhani[1]!.cue?.text).toBe('added');
    const rabiei = direct(article('003')).find((x) => x.text.startsWith('Today our enemies'));
    expect(rabiei?.speaker?.name).toBe('Ali Rabiei');
    expect(rabiei?.speaker?.mention?.text).toBe('He');
  });

  it('finds the pronoun subject of a longer clause before the cue', () => {
    const text = 'Judge Berman called a recess.\n\nWhen he returned he began by saying, “I don’t think that it is necessary for the defendant to go to jail.”';
    const q = direct(text);
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker?.mention?.text).toBe('he');
    expect(q[0]!.speaker?.name).toBe('Berman');
  });

  it('links a speaker known only by a description to no entity', () => {
    const q = direct(article('003')).find((x) => x.text.startsWith('Recently, [Massoud] Rajavi'));
    expect(q?.speaker).not.toBeNull();
    expect(q?.speaker?.entityId).toBeUndefined();
  });

  it('carries the speaker over to an uncued quote continuing the previous paragraph', () => {
    const text = '“I think other people sometimes look at our election system and say ‘what a mess’,” Obama told a townhall meeting.\n\n“But usually we end up doing okay because the American people are good people.”';
    const q = direct(text);
    expect(q.map(speakerName)).toEqual(['Obama', 'Obama']);
    expect(q[1]!.cue).toBeNull();
    expect(q[1]!.confidence).toBeLessThan(q[0]!.confidence!);
  });

  it('leaves the speaker null when nothing names one', () => {
    const q = direct('The crowd fell silent.\n\n“Nobody here expected the verdict to come so soon, and nobody was ready for it.”');
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBeNull();
    expect(q[0]!.confidence).toBe(0);
  });

  it('every speaker with an entityId points at an entity of the result', () => {
    for (const { text } of sampleArticles()) {
      const r = extract(text);
      const ids = new Set([...r.people, ...r.organizations].map((e) => e.id));
      for (const q of r.quotes) if (q.speaker?.entityId) expect(ids.has(q.speaker.entityId)).toBe(true);
    }
  });
});

describe('indirect speech', () => {
  it('“It said that …” after an unnamed source’s report is that source, not the nearest organization', () => {
    const q = extract(article('003')).quotes.find((x) => x.kind === 'indirect' && x.text.startsWith('the protests'));
    expect(q?.speaker?.name).toMatch(/^An op-ed in a media outlet/);
    expect(q?.speaker?.entityId).toBeUndefined();
    expect(q?.speaker?.mention?.text).toBe('It');
  });

  it('an impersonal passive (“It has been reported that”) is not attributed to anyone', () => {
    const text = 'It has been reported that several members of the People’s Mojahedin Organization of Iran (PMOI / MEK Iran) have been sentenced to prison.';
    expect(extract(text).quotes).toEqual([]);
  });

  it('X said that … is an indirect quote with its speaker', () => {
    const r = extract('At the end of July, the regime’s labour minister Ali Rabiei said that the opposition is an enemy of the regime.');
    const q = r.quotes.filter((x) => x.kind === 'indirect');
    expect(q.map((x) => [x.text, x.speaker?.name, x.cue?.text])).toEqual([['the opposition is an enemy of the regime', 'Ali Rabiei', 'said']]);
  });

  // A commitment (`promised to …`, `proposed banning …`) is what the speaker said they would do: it
  // runs from `to` (or the gerund) to the end of that clause, not into the next verb of the subject.
  it.each<[string, string, string, string]>([
    ['an adverbial between the verb and `to`', 'The mayor promised on Tuesday to refrain from raising taxes next year.', 'to refrain from raising taxes next year', 'The mayor'],
    ['`, but` and a second verb end the commitment', 'Hanson had pledged to back the plan, but sounded less certain on Friday.', 'to back the plan', 'Hanson'],
    ['an adverb before the gerund; `and has` ends it', 'The senator proposed temporarily banning imports from the region and has gone further since.', 'temporarily banning imports from the region', 'The senator'],
  ])('commitment: %s', (_label, text, quoted, speaker) => {
    const q = extract(text).quotes.filter((x) => x.kind === 'indirect');
    expect(q.map((x) => [x.text, x.speaker?.name])).toEqual([[quoted, speaker]]);
  });

  it.each<[string, string, string, string, string]>([
    ['`as X points out, …`: a phrasal verb in an aside', 'And that, as Mensah points out, is quite a bit right now.', 'is quite a bit right now', 'Mensah', 'points out'],
    ['`informed X that`: a singular listener before `that`', 'Mensah informed the committee that he would be glad to talk about it.', 'he would be glad to talk about it', 'Mensah', 'informed'],
    ['`informed` after an apposition, with a titled listener', 'In February, Kofi Mensah, the regional security director, informed regional director Ama Boateng that he would be glad to talk about the lack of security.', 'he would be glad to talk about the lack of security', 'Kofi Mensah', 'informed'],
    ['`reassured them that`', 'Okafor reassured them that everyone would come together after the vote.', 'everyone would come together after the vote', 'Okafor', 'reassured'],
    ['`made the claim that`: the light verb’s subject made it', 'Mensah made the claim that the ministry had hidden the figures.', 'the ministry had hidden the figures', 'Mensah', 'claim that'],
    ['`her firmest promise yet that`', 'Okafor offered her firmest promise yet that she would not allow the accord to pass.', 'she would not allow the accord to pass', 'Okafor', 'promise yet that'],
    ['`was quick to add that`: said, all the same', 'Mensah was quick to add that the negotiation does not include dropping the idea altogether.', 'the negotiation does not include dropping the idea altogether', 'Mensah', 'add'],
    ['`hastened to add that`', 'Ruiz hastened to add that nothing had been decided yet.', 'nothing had been decided yet', 'Ruiz', 'add'],
    ['`made public promises to …`: a commitment’s infinitive', 'Since 2001, Mensah has repeatedly made other public promises to give the proceeds of business ventures to charity.', 'give the proceeds of business ventures to charity', 'Mensah', 'promises to'],
    ['`CLAUSE, said X, but …`: the writer’s next clause after the name', 'Ama Boateng also lacks in the looks department, said Mensah, but her character and politics do not make up for it.', 'Ama Boateng also lacks in the looks department', 'Mensah', 'said'],
    ['`…, calling X Y`: a participle after a comma shares the subject', 'Kofi Mensah spoke on Monday, calling the plan a disaster.', 'the plan a disaster', 'Kofi Mensah', 'calling'],
  ])('%s', (_label, text, quoted, speaker, cue) => {
    const q = extract(text).quotes.filter((x) => x.kind === 'indirect');
    expect(q.map((x) => [x.text, x.speaker?.name, x.cue?.text])).toEqual([[quoted, speaker, cue]]);
  });

  it('`X, a speechwriter, wrote an op-ed.` is a subject with an apposition, not `CLAUSE, wrote X`', () => {
    expect(extract('Kofi Cross, a speechwriter, wrote an op-ed.').quotes).toEqual([]);
  });

  it('a commitment no one is named to make is no report', () => {
    expect(extract('The promise to give the money back was broken.').quotes).toEqual([]);
  });

  it('`was not quick to say that …` is no report', () => {
    expect(extract('Mensah was not quick to say that the plan had failed.').quotes).toEqual([]);
  });

  it('`told the story that …` is no report: the noun before `that` is what was told', () => {
    expect(extract('The mayor told the story that everyone knows.').quotes).toEqual([]);
  });

  it.each<[string, string, string, string]>([
    ['a short fragment ending the clause', 'Another delegate, Jim Mensah, said he was only “leaning Boateng.”', 'he was only “leaning Boateng.”', 'Jim Mensah'],
    ['a short fragment inside the clause', 'Mensah told Fox News that polls could be “way off” this year.', 'polls could be “way off” this year', 'Mensah'],
    ['`dismissed X as “…”`', 'Campaign chair Kofi Mensah dismissed the whole kerfuffle as “absurd.”', 'the whole kerfuffle as “absurd.”', 'Kofi Mensah'],
    ['`called X “…”`, up to the next verb of the subject', 'Mensah has called the 12-nation pact "insanity," and left.', 'the 12-nation pact "insanity,"', 'Mensah'],
    ['`calls X of Y “…” for Z`', 'Mensah calls the issue of security "a priority" for women.', 'the issue of security "a priority" for women', 'Mensah'],
    ['`called X’s Y “…”`: a possessive in the object', 'Mensah called November’s general election “a citizenship election” and left.', 'November’s general election “a citizenship election”', 'Mensah'],
    ['`to call X “…”`: the sentence’s subject calls it', 'Mensah took to Twitter to call Ruiz “totally delusional” for the accusation.', 'Ruiz “totally delusional” for the accusation', 'Mensah'],
  ])('mixed: %s is one quote spanning the reported clause, marks included', (_label, text, quoted, speaker) => {
    const q = extract(text).quotes;
    expect(q.map((x) => [x.kind, x.text, x.speaker?.name])).toEqual([['mixed', quoted, speaker]]);
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe(quoted);
  });

  it('a causal clause with its own verb of portraying: the report ends before it, the quoted words are its subject’s', () => {
    const q = extract('Kofi Mensah said he was unlikely to work with Ama Boateng because the prime minister cast him as “divisive, stupid and wrong” for his plan.').quotes;
    expect(q.map((x) => [x.kind, x.text, x.speaker?.name])).toEqual([
      ['indirect', 'he was unlikely to work with Ama Boateng', 'Kofi Mensah'],
      ['mixed', 'divisive, stupid and wrong', 'the prime minister'],
    ]);
  });

  it('a causal clause without one stays the speaker’s words', () => {
    const q = extract('Kofi Mensah said he resigned because the rules were “unfair to every member of the board.”').quotes;
    expect(q.map((x) => [x.kind, x.text, x.speaker?.name])).toEqual([['mixed', 'unfair to every member of the board.', 'Kofi Mensah']]);
  });

  it('mixed: a fragment of four words or more is the quote itself', () => {
    const q = extract('Mensah said the plan was “a disaster for every family in the state.”').quotes;
    expect(q.map((x) => [x.kind, x.text, x.speaker?.name])).toEqual([['mixed', 'a disaster for every family in the state.', 'Mensah']]);
  });

  it('`noted that X, and “…”`: the reported clause ends where the quoted words begin', () => {
    const text = 'Okafor noted that the budget had grown for three years, and “nobody in this building wants to talk about it.”';
    const q = extract(text).quotes;
    expect(q.map((x) => [x.kind, x.text, x.speaker?.name])).toEqual([
      ['indirect', 'the budget had grown for three years', 'Okafor'],
      ['mixed', 'nobody in this building wants to talk about it.', 'Okafor'],
    ]);
  });
});
