import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('article meta', () => {
  it.each<[string, { byline?: string; published?: string; title?: string }]>([
    ['By Jubin Katiraie\n\nIranian Resistance group, the People\'s Mojahedin Organization of Iran (PMOI/MEK), has long been painted as a fringe group.', { byline: 'Jubin Katiraie' }],
    ['By Published On: July 15, 2020Categories: NEWS\nResistance Units\n\nThe timing of this is significant.', { published: '2020-07-15', title: 'Resistance Units' }],
    // Headlines that end with a period (PolNeAR's archive ends every headline with one).
    ['Obama To Asians Worried About U.S. Election: It’s Going To Be OK.\n\nU.S. President Barack Obama sought on Wednesday to ease growing Asian worries.', { title: 'Obama To Asians Worried About U.S. Election: It’s Going To Be OK.' }],
    ['Cruz looks to ease bad blood with GOP establishment.\n\nTed Cruz’s associates insist he’s returning to the Senate as the same uncompromising conservative.', { title: 'Cruz looks to ease bad blood with GOP establishment.' }],
    ['Clinton Cash Debunks Hillary: Only ‘One or Two Instances’ where Donations ‘Slipped through the Cracks.’\n\nPresumptive Democrat nominee Hillary Clinton said the foundation had disclosed its donations.', { title: 'Clinton Cash Debunks Hillary: Only ‘One or Two Instances’ where Donations ‘Slipped through the Cracks.’' }],
    // …but not a first sentence of the body: a long sentence-case line, a dateline, a line with nothing after it, an ellipsis.
    ['The Minister for Roads and Highways, Kwesi Amoako-Attah, has announced that the Suame Interchange will be built in two phases.\n\nThe first phase starts in May.', {}],
    ['AMMAN — King Abdullah on Monday visited the King Abdullah II Airbase.\n\nHe met the commanders.', {}],
    ['Amina Diallo spoke in Dakar on Monday.', {}],
    ['And then the talks went on...\n\nNobody knew when they would end.', {}],
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
