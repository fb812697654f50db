import { describe, expect, it } from 'vitest';
import { extract, resolveDate } from '../../src/index.js';

describe('resolveDate: ISO at the precision of the words', () => {
  it.each<[string, string | undefined, string | null]>([
    ['July 24, 2018', undefined, '2018-07-24'],
    ['November, 2018', undefined, '2018-11'],
    ['December 2017', undefined, '2017-12'],
    ['2018', undefined, '2018'],
    ['early 2018', undefined, '2018'],
    ['summer of 1988', undefined, '1988'],
    ['Oct. 31, 2012', undefined, '2012-10-31'],
    ['the 1980s', undefined, null],
    ['1980s', undefined, null],
    // Year-less expressions need an anchor.
    ['November 17', undefined, null],
    ['June 30', undefined, null],
    ['Last week', '2020-07-15', null],
    ['end of June', undefined, null],
    ['November 17', '2020-12-01', '2020-11-17'],
    ['Monday', '2021-03-03', '2021-03-01'],
    ['yesterday', '2021-03-03', '2021-03-02'],
    ['end of June', '2020-07-15', '2020-06'],
    ['end of last year', '2020-07-15', '2019'],
  ])('%s (published %s) → %s', (expression, published, expected) => {
    expect(resolveDate(expression, published ? { published } : {})).toBe(expected);
  });
});

describe('dates in articles', () => {
  it('resolves relative dates against the publication date the article states', () => {
    const text = 'By Published On: July 15, 2020Categories: NEWS\nResistance Units\n\nLast week, there were many activities. On Monday the MEK held a rally.';
    const r = extract(text);
    expect(r.meta.published).toBe('2020-07-15');
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([
      ['July 15, 2020', '2020-07-15'],
      ['Last week', null],
      ['Monday', '2020-07-13'],
    ]);
  });

  it('leaves year-less dates null without an anchor, and uses options.published when given', () => {
    const text = '“Distinguished persecutors across the country are emphasized that… They should firmly deal with hooligans,” Raisi said on November 17.';
    expect(extract(text).dates.map((d) => d.value)).toEqual([null]);
    expect(extract(text, { published: '2019-11-20' }).dates.map((d) => d.value)).toEqual(['2019-11-17']);
  });

  it('infers the year from the article only when asked, and only when it names one year', () => {
    const text = 'This will be the overarching theme of the Free Iran Gathering in Paris on June 30, where 100,000 supporters will gather in 2018.';
    expect(extract(text).dates.find((d) => d.text === 'June 30')!.value).toBeNull();
    expect(extract(text, { inferYearFromText: true }).dates.find((d) => d.text === 'June 30')!.value).toBe('2018-06-30');
  });

  it('joins a month and a year that wink-nlp splits ("November, 2018")', () => {
    const r = extract('Iran. November, 2018. Eleventh Day of Truckers’ Nationwide Strike');
    expect(r.dates.map((d) => d.text)).toEqual(['November, 2018']);
  });
});
