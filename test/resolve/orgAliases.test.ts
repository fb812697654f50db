/**
 * Forms of one organization the text never ties together (`resolve/orgAliases.ts`), and
 * country aliases from the gazetteer: one entity each, and only when one long name qualifies.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const formsOf = (r: ReturnType<typeof extract>, key: 'organizations' | 'places') => r[key].map((e) => [e.name, ...e.aliases].sort());

describe('organization aliases within an article', () => {
  it.each<[string, string, string[][]]>([
    ['an undefined acronym joins the long name whose initials it spells', 'The Democratic National Committee met on Monday. The DNC said it had raised more money.', [['DNC', 'Democratic National Committee']]],
    ['initials may skip small words', 'The Federal Bureau of Investigation opened a case. The FBI declined to comment.', [['FBI', 'Federal Bureau of Investigation']]],
    ['a shortened form joins the one name it ends', 'The New York Post reported the texts on Sunday. The Post said he had sent them.', [['New York Post', 'Post']]],
    ['a committee named without its chamber', 'The House Intelligence Committee met behind closed doors. The Intelligence Committee will report in May.', [['House Intelligence Committee', 'Intelligence Committee']]],
  ])('%s', (_, text, expected) => {
    expect(formsOf(extract(text), 'organizations')).toEqual(expected);
  });

  it.each<[string, string, number]>([
    ['not when the longer name only adds a place', 'Iowa Democratic Party officials and Democratic Party leaders met in Des Moines.', 2],
    ['not when two longer names qualify', 'Fox News and Fox Business Network aired the speech. Fox did not replay it.', 3],
    ['not when the longer name is a unit of the shorter', 'Suffolk University polled the state. The Suffolk University Political Research Center released it.', 2],
    ['an institution named by its head word stays apart', 'The House Intelligence Committee met. The House voted later.', 2],
  ])('%s', (_, text, count) => {
    expect(extract(text).organizations).toHaveLength(count);
  });

  it('an acronym two long names spell stays apart', () => {
    const r = extract('The National Press Club and the National Petroleum Council met. The NPC said nothing.');
    expect(r.organizations.find((o) => o.name === 'NPC' || o.aliases.includes('NPC'))?.aliases ?? []).not.toContain('National Press Club');
  });
});

describe('country aliases', () => {
  it('`America` is the United States', () => {
    const r = extract('He flew to the United States on Monday. America is big, said the U.S. envoy.');
    expect(r.places).toHaveLength(1);
    expect(formsOf(r, 'places')[0]).toEqual(expect.arrayContaining(['America', 'United States', 'U.S.']));
  });

  it('`Korea`, which two countries end with, stays apart', () => {
    for (const north of ['South Korea', 'North Korea']) expect(extract(`Officials in ${north} and Korea met.`).places.map((p) => p.name)).toEqual([north, 'Korea']);
  });
});
