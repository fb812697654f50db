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

describe('years in running text and numeric dates', () => {
  const dates = (text: string, options = {}) => extract(text, options).dates.map((d) => [d.text, d.value]);

  it.each<[string, string, (string | null)[][]]>([
    ['a range with `between`: one mention per year', 'There was a 45 percent increase in reported rapes of Dalit women between 2015 and 2020.', [['2015', '2015'], ['2020', '2020']]],
    ['a range with a hyphen: one mention per year', 'Another 235 more family courts were supposed to be set up during 2015-2020.', [['2015', '2015'], ['2020', '2020']]],
    ['a range in parentheses', 'The accord was signed by Cardenal and former president Violeta Barrios de Chamorro (1990-1997).', [['1990', '1990'], ['1997', '1997']]],
  ])('%s', (_label, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    ['a count', 'About 2015 people attended the rally.'],
    ['money', 'The budget was $2015 million.'],
    ['units', 'Sales rose by 2015 units.'],
    ['part of a code', 'The COVID-2019 wave hit.'],
    ['part of a phone number', 'Call 555-2015 now.'],
  ])('a four-digit number that is not a year is no date: %s', (_label, text) => {
    expect(dates(text)).toEqual([]);
  });

  it('a numeric date is month first by default, day first with `dayFirst`', () => {
    const text = 'Police arrested Farooq Abdullah and others on 4/6/2022.';
    expect(dates(text)).toEqual([['4/6/2022', '2022-04-06']]);
    expect(dates(text, { dayFirst: true })).toEqual([['4/6/2022', '2022-06-04']]);
  });

  it('a numeric date that is real in one order only is read that way, whatever the option', () => {
    expect(resolveDate('2/26/2012', { dayFirst: true })).toBe('2012-02-26');
    expect(resolveDate('31/12/2020')).toBe('2020-12-31');
    expect(resolveDate('6/4/13')).toBe('2013-06-04');
    expect(resolveDate('13/31/2020')).toBeNull();
  });
});

describe('dates inside spans wink-nlp calls durations, and years by weaker evidence', () => {
  const found = (text: string, published?: string) => extract(text, published ? { published } : {}).dates.map((d) => [d.text, d.value]);

  it.each<[string, string | undefined, (string | null)[][]]>([
    ['The family has not slept well since July 15.', '2022-08-01', [['July 15', '2022-07-15']]],
    ['Days without violent deaths were reported between July 16 and July 22.', undefined, [['July 16', null], ['July 22', null]]],
    ['Satellite data show that between January and June 2022, the forest shrank.', undefined, [['January', null], ['June 2022', '2022-06']]],
    ['The programme runs from July 7 to September 4 in Busan.', '2022-07-01', [['July 7', '2022-07-07'], ['September 4', '2022-09-04']]],
    ['UNCTAD’s 2022 Africa report is the latest to disappoint.', undefined, [['2022', '2022']]],
    ['The Companies Act, 2019 (Act 992) applies to every entity.', undefined, [['2019', '2019']]],
    ['Political leaders in the 1960s to 1970s worried, as in the mid-1880s.', undefined, [['1960s', null], ['1970s', null], ['1880s', null]]],
  ])('%s', (text, published, expected) => {
    expect(found(text, published)).toEqual(expected);
  });

  it.each([
    'Around 2000 protesters marched to the square.',
    'He paid $2015 for 2015 units.',
  ])('a number that counts is no year: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
