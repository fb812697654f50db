import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('article meta', () => {
  it.each<[string, { byline?: string; published?: string; title?: string }]>([
    ['By Jubin Katiraie\n\nIranian Resistance group, the People\'s Mojahedin Organization of Iran (PMOI/MEK), has long been painted as a fringe group.', { byline: 'Jubin Katiraie' }],
    ['By Published On: July 15, 2020Categories: NEWS\nResistance Units\n\nThe timing of this is significant.', { published: '2020-07-15', title: 'Resistance Units' }],
    ['Obama To Asians Worried About U.S. Election: It’s Going To Be OK.\n\nU.S. President Barack Obama sought on Wednesday to ease growing Asian worries.', {}],
    ['Home News Iranian Opposition Iranian Regime Fearful of MEK Influence\n\nIranian Regime Fearful of MEK Influence\n\nThe reality is that it is a threat to the regime.', { title: 'Iranian Regime Fearful of MEK Influence' }],
  ])('%j', (text, expected) => {
    expect(extract(text).meta).toEqual(expected);
  });

  it('does not mine bylines, share widgets or breadcrumbs for entities', () => {
    const text = [
      'Home News Iranian Opposition Iranian Regime Fearful of MEK Influence',
      'By Jubin Katiraie',
      'The MEK played a big role in the protests in Tehran.',
      'Share This Story, Choose Your Platform!',
      'Exit mobile version',
    ].join('\n\n');
    const r = extract(text);
    expect(r.people).toEqual([]);
    expect(r.organizations.map((o) => o.name)).toEqual(['MEK']);
    expect(r.organizations[0]!.mentions).toHaveLength(1);
    expect(r.places.map((p) => p.name)).toEqual(['Tehran']);
  });
});
