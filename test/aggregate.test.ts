/** aggregate(): corpus entities across real articles, the merge guards, the speaker and co-mention tables. */
import { describe, expect, it } from 'vitest';
import { aggregate, extract, type ArticleResult } from '../src/index.js';
import { sampleArticles } from './helpers.js';

const samples: ArticleResult[] = sampleArticles().map(({ file, text }) => ({ article: file, result: extract(text) }));

/** Short news items about people who share a surname, and one named by the surname alone. */
const items: Record<string, string> = {
  'teachers-strike': 'NAIROBI — Kofi Mensah, the chairman of the National Union of Teachers (NUT), said on Monday that the strike would go ahead. "We have waited long enough," Mensah said.',
  'police-lawsuit': 'Teachers marched in Accra on Tuesday. Ama Mensah, a lawyer for the families, said the police had used tear gas. Mensah said she would sue.',
  'talks-failed': 'Union leaders met the minister on Thursday. Mensah told reporters the talks had failed.',
  'nairobi-visit': 'Kofi Mensah met the Kenyan president in Nairobi on Wednesday.',
};
const news: ArticleResult[] = Object.entries(items).map(([article, text]) => ({ article, result: extract(text) }));

const byName = (corpus: ReturnType<typeof aggregate>, name: string) => corpus.entities.filter((e) => e.name === name);

describe('aggregate', () => {
  it('merges one organization across articles through its names, acronyms and spellings', () => {
    const corpus = aggregate(samples);
    const pmoi = corpus.entities.find((e) => e.forms.includes('PMOI'))!;
    // Five articles: long forms with and without `of Iran`, curly and straight apostrophes, and one that only says MEK.
    expect(pmoi.articles).toHaveLength(5);
    expect(pmoi.forms).toEqual(expect.arrayContaining(['MEK', 'Mojahedin-e Khalq', "People's Mojahedin Organization of Iran", 'People’s Mojahedin Organization']));
    expect(corpus.entities.filter((e) => e.forms.includes('MEK'))).toHaveLength(1);
    // `Guard Corps` and `Guards Corps` with one acronym are one organization.
    expect(corpus.entities.filter((e) => e.forms.includes('IRGC'))).toHaveLength(1);
    expect(pmoi.mentionCount).toBe(pmoi.members.reduce((n, m) => n + samples.find((s) => s.article === m.article)!.result.organizations.find((o) => o.id === m.entityId)!.mentions.length, 0));
  });

  it('merges a person across articles by full name', () => {
    const corpus = aggregate(samples);
    const rajavi = byName(corpus, 'Maryam Rajavi');
    expect(rajavi).toHaveLength(1);
    expect(rajavi[0]!.articles.length).toBeGreaterThanOrEqual(3);
    expect(rajavi[0]!.id).toBe('person:maryam-rajavi');
  });

  it('never merges people through a shared surname, and keeps a bare surname in its own article', () => {
    const corpus = aggregate(news);
    const kofi = byName(corpus, 'Kofi Mensah');
    expect(kofi).toHaveLength(1);
    expect(kofi[0]!.articles).toEqual(['nairobi-visit', 'teachers-strike']);
    expect(byName(corpus, 'Ama Mensah')[0]!.articles).toEqual(['police-lawsuit']);
    // `Mensah told reporters…` names no one in particular: not Kofi, not Ama.
    const bare = byName(corpus, 'Mensah');
    expect(bare).toHaveLength(1);
    expect(bare[0]!.articles).toEqual(['talks-failed']);
  });

  it('joins a bare surname to the one full-named person of the corpus with that surname, and only then', () => {
    const texts: Record<string, string> = {
      'budget-speech': 'Finance Minister Adwoa Boateng presented the budget in Accra on Monday. Boateng said taxes would not rise.',
      'budget-reaction': 'Boateng defended the budget on Tuesday. “We will not raise taxes,” Boateng told reporters.',
      'two-boatengs': 'Kwame Boateng and Adwoa Boateng met in Kumasi. Boateng later said the talks went well.',
    };
    const one = aggregate(['budget-speech', 'budget-reaction'].map((article) => ({ article, result: extract(texts[article]!) })));
    const adwoa = byName(one, 'Adwoa Boateng');
    expect(adwoa).toHaveLength(1);
    expect(adwoa[0]!.articles).toEqual(['budget-reaction', 'budget-speech']);
    // The bare surname's quote counts for her: she is the corpus speaker of both articles.
    expect(one.speakers.find((s) => s.entityId === adwoa[0]!.id)?.articles).toBe(2);
    // With a second full-named Boateng in the corpus, a bare `Boateng` elsewhere names no one in particular.
    const two = aggregate(Object.entries(texts).map(([article, text]) => ({ article, result: extract(text) })));
    expect(byName(two, 'Adwoa Boateng')[0]!.articles).toEqual(['budget-speech', 'two-boatengs']);
    expect(two.entities.filter((e) => e.type === 'person' && e.articles.includes('budget-reaction')).map((e) => e.name)).toEqual(['Boateng']);
  });

  it('does not chain people through an article that merged two of them', () => {
    // What extract() gave for a PolNeAR article (AP, 2016-04-01): Bill Clinton resolved into Hillary
    // Clinton's entity through the shared surname. Other articles' Bill Clinton must stay apart.
    const text = 'Hillary Clinton spoke. Clinton said it. President Bill Clinton agreed.';
    const mention = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const merged = { ...extract(text), people: [{ id: 'person-1', type: 'person' as const, name: 'Hillary Clinton', aliases: ['Clinton', 'Bill Clinton', 'President Bill Clinton'], titles: [], mentions: [mention('Hillary Clinton'), mention('Bill Clinton')], affiliations: [], gender: null }] };
    const corpus = aggregate([
      { article: 'merged', result: merged },
      { article: 'bill', result: extract('Former President Bill Clinton campaigned in Denver on Monday. Clinton told supporters the economy was improving.') },
      { article: 'hillary', result: extract('Hillary Clinton spoke in Iowa on Tuesday. Clinton said she would win.') },
    ]);
    expect(byName(corpus, 'Hillary Clinton')[0]!.articles).toEqual(['hillary', 'merged']);
    expect(byName(corpus, 'Bill Clinton')[0]!.articles).toEqual(['bill']);
  });

  it('joins a full name with a middle name or initial to the same first and last name, unless two middles compete', () => {
    const corpus = aggregate(
      Object.entries({
        a: 'Donald J. Trump spoke to supporters in Des Moines on Monday.',
        b: 'Donald Trump met the governor in Concord on Tuesday.',
        c: 'Former President George W. Bush campaigned in Florida.',
        d: 'Former President George H.W. Bush wrote a letter from Houston.',
        e: 'George Bush was remembered at the ceremony in Texas.',
      }).map(([article, text]) => ({ article, result: extract(text) })),
    );
    const articlesOf = (name: string) => corpus.entities.filter((e) => e.forms.includes(name)).map((e) => e.articles);
    expect(articlesOf('Donald J. Trump')).toEqual([['a', 'b']]);
    // `George Bush` could be either: the three stay apart.
    expect(articlesOf('George W. Bush')).toEqual([['c']]);
    expect(articlesOf('George H.W. Bush')).toEqual([['d']]);
    expect(articlesOf('George Bush')).toEqual([['e']]);
  });

  it('merges a place written in capitals in a dateline with the same place elsewhere', () => {
    const nairobi = byName(aggregate(news), 'Nairobi');
    expect(nairobi).toHaveLength(1);
    expect(nairobi[0]!.forms).toEqual(['NAIROBI', 'Nairobi']);
  });

  it('counts who is quoted, in how many articles, with the titles the articles give them', () => {
    const corpus = aggregate(news);
    const kofi = corpus.speakers.find((s) => s.name === 'Kofi Mensah')!;
    expect(kofi).toMatchObject({ entityId: 'person:kofi-mensah', type: 'person', articles: 1 });
    expect(kofi.quotes).toBe(news[0]!.result.quotes.filter((q) => q.speaker?.name.endsWith('Mensah')).length);
    expect(kofi.titles.join(' ')).toMatch(/chairman/);
    // `Kofi Mensah, the chairman of the National Union of Teachers (NUT)`: the organization he speaks for.
    expect(kofi.organizations).toEqual(['National Union of Teachers']);
    expect(byName(corpus, 'Kofi Mensah')[0]!.affiliations).toEqual(['organization:national-union-of-teachers']);
    expect(corpus.speakers.map((s) => s.quotes)).toEqual([...corpus.speakers.map((s) => s.quotes)].sort((a, b) => b - a));
  });

  it('lists the entities of each article and the pairs mentioned together', () => {
    const corpus = aggregate(news);
    expect(corpus.articles).toBe(4);
    expect(corpus.byArticle['nairobi-visit']).toEqual(['person:kofi-mensah', 'place:nairobi']);
    expect(corpus.coMentions).toContainEqual({ a: 'person:kofi-mensah', b: 'place:nairobi', articles: 2 });
  });

  it('gives the same corpus whatever the order of the articles', () => {
    const all = [...samples, ...news];
    const expected = aggregate(all);
    expect(aggregate([...all].reverse())).toEqual(expected);
    expect(aggregate(all.map((_, i) => all[(i * 5 + 2) % all.length]!))).toEqual(expected);
  });

  it('rejects an article id given twice, and aggregates nothing to an empty corpus', () => {
    expect(() => aggregate([news[0]!, news[0]!])).toThrow(TypeError);
    expect(aggregate([])).toEqual({ articles: 0, entities: [], speakers: [], coMentions: [], byArticle: {} });
  });
});
