import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { paragraphsOf } from '../../src/segment/paragraphs.js';
import { truecase } from '../../src/segment/truecase.js';
import { names, sampleArticles, violations } from '../helpers.js';

const recased = (text: string) => truecase(text, paragraphsOf(text));

describe('truecase', () => {
  it('leaves ordinary text alone', () => {
    const text = 'Kofi Mensah, the finance minister, spoke in Accra.\n\nHe said NATO would meet.';
    expect(recased(text)).toBe(text);
  });

  it.each([
    ['KOFI MENSAH, THE FINANCE MINISTER OF GHANA, SAID ON MONDAY IN ACCRA THAT THE NCRI HAD LIED.', 'Kofi Mensah, the finance minister of Ghana, said on Monday in Accra that the NCRI had lied.'],
    ['kofi mensah, the finance minister of ghana, said on monday in accra that talks had failed.', 'Kofi Mensah, the finance minister of Ghana, said on Monday in Accra that talks had failed.'],
    ['THE ARCHENEMY OF THE NOW-PRESIDENT MET OWUSU-ANSAH IN THE UNITED STATES.', 'The archenemy of the now-president met Owusu-Ansah in the United States.'],
  ])('re-cases a paragraph written in one case: %s', (input, expected) => {
    expect(recased(input)).toBe(expected);
  });

  it('prefers how the article writes a word elsewhere, and keeps URLs and handles as they are', () => {
    const text = 'The plan was drafted by Ama Serwaa of the CPP and her aide Yaw.\n\nAMA SERWAA AND YAW TOLD THE CPP MEETING ABOUT HTTPS://EXAMPLE.ORG/CPP AND @CPPGHANA TODAY.';
    expect(recased(text).split('\n\n')[1]).toBe('Ama Serwaa and Yaw told the CPP meeting about HTTPS://EXAMPLE.ORG/CPP and @CPPGHANA today.');
  });

  it('keeps the length of every text, so offsets stay valid', () => {
    for (const t of ['STRASSE ß İSTANBUL ǅ ﬁ DŽ', 'the straße in i̇stanbul was closed by ǆemal today', '😀 EMOJI 😀 AND TEXT IN CAPITALS HERE']) expect(recased(t)).toHaveLength(t.length);
  });
});

describe('extract() on an article written in one case', () => {
  const articles = sampleArticles().map((a) => a.text);

  it.each([
    ['capitals', (t: string) => t.toUpperCase()],
    ['lower case', (t: string) => t.toLowerCase()],
  ])('in %s still finds the people and gazetteer places, with mentions in the article’s own case', (_label, transform) => {
    let found = 0;
    let total = 0;
    for (const original of articles) {
      const text = transform(original);
      const r = extract(text);
      expect(violations(text, r)).toEqual([]);
      const want = names(extract(original), 'people');
      const got = new Set(names(r, 'people'));
      total += want.length;
      found += want.filter((n) => got.has(n)).length;
      for (const m of r.people.flatMap((p) => p.mentions)) expect(m.text).toBe(transform(m.text));
    }
    expect(found / total).toBeGreaterThanOrEqual(0.9);
  });

  it('an invented shouted report: people, places and the quote', () => {
    const text = 'ACCRA, GHANA — KOFI MENSAH, THE FINANCE MINISTER, SAID ON MONDAY THAT TALKS WITH THE IMF WOULD RESUME IN WASHINGTON.\n\n“WE ARE CLOSE TO A DEAL,” MENSAH TOLD REPORTERS IN KUMASI.';
    const r = extract(text, { published: '2021-03-03' });
    expect(names(r, 'people')).toEqual(['Kofi Mensah']);
    expect(r.people[0]!.mentions.map((m) => m.text)).toEqual(['KOFI MENSAH', 'MENSAH']);
    expect(names(r, 'places')).toEqual(expect.arrayContaining(['Accra', 'Ghana', 'Washington', 'Kumasi']));
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([
      ['indirect', 'TALKS WITH THE IMF WOULD RESUME IN WASHINGTON', 'Kofi Mensah'],
      ['direct', 'WE ARE CLOSE TO A DEAL,', 'Kofi Mensah'],
    ]);
    expect(r.dates[0]).toMatchObject({ text: 'MONDAY', value: '2021-03-01' });
  });
});
