/**
 * Recognition and typing rules, each on sentences taken from real articles
 * (the shared sample articles and PolNeAR news).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { names } from '../helpers.js';

type Key = 'people' | 'organizations' | 'places';

describe('names are trimmed of punctuation and possessives', () => {
  it.each<[string, Key, string]>([
    ['Maryam Rajavi, the president-elect of the National Council of Resistance of Iran (NCRI), of which the MEK is the biggest constituent group, said:', 'people', 'Maryam Rajavi'],
    ['At any other time, the Mullahs’ government might have quelled this protest, but put more funding into Iran’s suppressive forces.', 'places', 'Iran'],
    ['Obama made the comments just before ending a three-day trip to Vietnam, whose high point was an announcement that Washington’s ban would be lifted.', 'places', 'Washington'],
  ])('%s → %s has %s', (text, key, expected) => {
    const r = extract(text);
    expect(names(r, key)).toContain(expected);
    for (const e of r[key]) for (const m of e.mentions) expect(m.text).not.toMatch(/[,.;:’']$|['’]s$/);
  });
});

describe('titled names: the person is the name, the title is kept', () => {
  it.each<[string, string, string]>([
    ['Even the Political Affairs Deputy for the Islamic Revolutionary Guards Corps (IRGC), Brig. Gen. Rasoul Sanai, admits it.', 'Rasoul Sanai', 'Brig. Gen.'],
    ['Slogans against Iranian President Hassan Rouhani and Supreme Leader Ali Khamenei were also seen.', 'Hassan Rouhani', 'President'],
    ['Slogans against Iranian President Hassan Rouhani and Supreme Leader Ali Khamenei were also seen.', 'Ali Khamenei', 'Supreme Leader'],
    ['At the end of July, the regime’s labour minister Ali Rabiei said that the opposition is an enemy of the regime.', 'Ali Rabiei', 'labour minister'],
    ['In this regard, the regime’s head of judiciary Ebrahim Raisi tried to horrify the protesters.', 'Ebrahim Raisi', 'head of judiciary'],
    ['“We can identify some of those,” the secretary of the Supreme National Security Council Ali Shamkhani said on November 17.', 'Ali Shamkhani', 'secretary of the Supreme National Security Council'],
    ['Maryam Rajavi, the president-elect of the National Council of Resistance of Iran (NCRI), of which the MEK is the biggest constituent group, said: “Shoosh has risen.”', 'Maryam Rajavi', 'president-elect of the National Council of Resistance of Iran'],
    ['At the beginning of August, a member of Majlis (parliament), Ahmad Salek, who is part of the pro-Khamenei faction, said: “The slogans were directed.”', 'Ahmad Salek', 'member of Majlis (parliament)'],
    ['"It just was never meant to be," said Monmouth University political scientist Patrick Murray of Christie, who opted to suspend his campaign.', 'Patrick Murray', 'Monmouth University political scientist'],
  ])('%s → %s with title %s', (text, person, title) => {
    const r = extract(text);
    const p = r.people.find((e) => e.name === person);
    expect(p, `people: ${names(r, 'people').join(', ')}`).toBeDefined();
    expect(p!.titles).toContain(title);
    expect(r.people.map((e) => e.name)).not.toContain('Leader');
  });
});

describe('multi-word organizations stay whole', () => {
  it.each<[string, string]>([
    ['One of the biggest threats is the National Council of Resistance of Iran (NCRI) and the People’s Mojahedin Organization of Iran (PMOI / MEK Iran).', 'National Council of Resistance of Iran'],
    ['An op-ed in a media outlet that is linked to the Islamic Revolutionary Guard Corps (IRGC) recently warned about the increasing influence of the MEK.', 'Islamic Revolutionary Guard Corps'],
    ['In the past few days, the country’s judiciary and Ministry of Intelligence and Security (MOIS) have been issuing prison sentences.', 'Ministry of Intelligence and Security'],
    ['Critics in the Republican Governors Association said the RGA fell short in New Hampshire.', 'Republican Governors Association'],
  ])('%s → %s', (text, org) => {
    expect(names(extract(text), 'organizations')).toContain(org);
  });
});

describe('places come from the gazetteer and from context, demonyms are not places', () => {
  it.each<[string, string[]]>([
    ['Last week, there were many activities in several cities across the country, including capital Tehran, Shiraz, Gorgan, Rasht, Shahr-e Rey, Abadan, Qom, and many more.', ['Tehran', 'Shiraz', 'Gorgan', 'Rasht', 'Shahr-e Rey', 'Abadan', 'Qom']],
    ['She said: “[The Iranian city of] Shoosh has risen with the cries of workers.”', ['Shoosh']],
    ['#Iran - April 10 - Bojnurd, North Khorasan Province, Northeast', ['Iran', 'Bojnurd', 'North Khorasan Province']],
    ['Obama told a townhall meeting with young leaders in Vietnam’s Ho Chi Minh City, formerly Saigon.', ['Vietnam', 'Ho Chi Minh City']],
  ])('%s', (text, expected) => {
    const r = extract(text);
    for (const p of expected) expect(names(r, 'places')).toContain(p);
    expect(names(r, 'places')).not.toContain('Iranian');
    expect(names(r, 'places')).not.toContain('Northeast');
  });

  it('a demonym never becomes an entity of any kind', () => {
    const r = extract('The Iranian regime is in a desperate situation and the Iranian people are rising against it.');
    const all = [...r.people, ...r.organizations, ...r.places].map((e) => e.name);
    expect(all).not.toContain('Iranian');
  });
});

describe('sentence-initial and headline capitals are not names by themselves', () => {
  it.each<[string, string[]]>([
    ['Recently, MEK resistance units have even begun setting fire to posters.', ['Recently']],
    ['Many in Iran and outside are acknowledging that the Iranian Resistance group is involved.', ['Many']],
    ['5) Can Sanders take a punch?', ['Can Sanders']],
    ['Iran Sugarcane Workers Protest Unpaid Wages on 10th Day of Strike', ['Iran Sugarcane Workers Protest Unpaid Wages', 'Strike']],
    ['VOTERS MAKE GOOD CHOICE, SAYS POLL', ['VOTERS', 'MAKE', 'GOOD']],
  ])('%s', (text, absent) => {
    const r = extract(text);
    const all = [...r.people, ...r.organizations, ...r.places].map((e) => e.name);
    for (const a of absent) expect(all).not.toContain(a);
  });

  it('a headline still yields its gazetteer places', () => {
    expect(names(extract('Iran Sugarcane Workers Protest Unpaid Wages on 10th Day of Strike'), 'places')).toEqual(['Iran']);
  });

  it('a line that is only an institution’s name keeps it: its head word marks a name', () => {
    const r = extract('WARSAW 1996-08-30\nThe National Bank of Ruritania\nrefrained from staging a reverse repo operation on Friday.');
    expect(names(r, 'organizations')).toEqual(['National Bank of Ruritania']);
    expect(names(extract('Kenya Tea Growers Demand Fair Prices\nFarmers in Kenya want more.'), 'organizations')).toEqual([]);
  });
});

describe('type evidence from context', () => {
  it.each<[string, Key, string]>([
    ['"They took his slogan and gave it to Trump," Hale said.', 'people', 'Hale'],
    ['Ali Akbar Raefipoor, a figure said to be close to Khamenei, stated on June 17, 2018.', 'people', 'Ali Akbar Raefipoor'],
    ['Sen. Ted Cruz (R-TX) and Sen. Marco Rubio (R-FL) trail in the poll.', 'people', 'Ted Cruz'],
  ])('%s → %s includes %s', (text, key, name) => {
    expect(names(extract(text), key)).toContain(name);
  });

  it('a party-state tag after a senator is not an acronym of an organization', () => {
    expect(names(extract('Sen. Ted Cruz (R-TX) and Sen. Marco Rubio (R-FL) trail in the poll.'), 'organizations')).toEqual([]);
  });

  it('a party-state tag is not a name of any kind', () => {
    const r = extract('Sen. Rand Paul, R-Ky., told Fox News that polls could be way off.');
    expect(names(r, 'people')).toEqual(['Rand Paul']);
    expect(names(r, 'organizations')).toEqual(['Fox News']);
    expect(names(r, 'places')).toEqual([]);
  });
});

describe('two people who share a surname stay two entities', () => {
  it('bare surnames join one full name each, never both (AP, 2016: Hillary and Bill Clinton)', () => {
    const text = `Clinton, Sanders had opposing views on biomedical research.

Democratic presidential candidates Hillary Clinton and Bernie Sanders were on opposing sides of biomedical research.

Clinton has pointed to her advocacy for medical research.

"We were looking for signs," said Dr. Harold Varmus, the former NIH director under President Bill Clinton.

Clinton, meanwhile, co-sponsored legislation in 2001.`;
    const people = extract(text).people;
    const hillary = people.find((p) => p.name === 'Hillary Clinton')!;
    const bill = people.find((p) => p.name === 'Bill Clinton')!;
    expect(hillary.aliases).not.toContain('Bill Clinton');
    expect(bill.aliases).not.toContain('Hillary Clinton');
    // Every bare `Clinton` went to one of them.
    const bare = (p: typeof hillary) => p.mentions.filter((m) => m.text === 'Clinton').length;
    expect(bare(hillary) + bare(bill)).toBe(3);
    expect(bare(hillary)).toBeGreaterThanOrEqual(2);
  });
});
