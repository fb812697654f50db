/**
 * The tagger decides what is a name; `recognize/names.ts` keeps only certain rules after it.
 * One real sentence per rule (sample articles, PolNeAR and worldwide-train news).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { names } from '../helpers.js';

const all = (text: string) => {
  const r = extract(text);
  return [...r.people, ...r.organizations, ...r.places].map((e) => `${e.type}:${e.name}`);
};

describe('the tagger decides', () => {
  it('finds and types names no rule knows, by their context', () => {
    const r = extract('Protesters marched along the Thailand-Malaysia border on Sunday, the Interior Ministry said.');
    expect(names(r, 'organizations')).toEqual(['Interior Ministry']);
    expect(names(r, 'places')).toEqual(['Thailand', 'Malaysia']);
  });

  it('a name inside a hyphenated word has its own offsets', () => {
    const text = 'Protesters marched along the Thailand-Malaysia border on Sunday.';
    const r = extract(text);
    for (const e of r.places) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(r.places.map((e) => e.mentions[0]!.start)).toEqual([text.indexOf('Thailand'), text.indexOf('Malaysia')]);
  });

  it('peels titles off people only: `Interior Ministry` keeps its first word', () => {
    expect(names(extract('The Interior Ministry said President Hassan Rouhani had approved it.'), 'organizations')).toEqual(['Interior Ministry']);
    const r = extract('The Interior Ministry said President Hassan Rouhani had approved it.');
    expect(r.people.find((p) => p.name === 'Hassan Rouhani')?.titles).toContain('President');
  });
});

describe('certain rules after the tagger', () => {
  it('an acronym defined by a name of another kind is no organization', () => {
    expect(all('A social activist stepped in to help Divya register a First Information Report (FIR), the first of many steps to justice.')).not.toContain('organization:FIR');
  });

  it('a capitalized abstract noun modifying a noun is emphasis, not an organization', () => {
    const orgs = names(extract("Iranian Resistance group, the People's Mojahedin Organization of Iran (PMOI/MEK), has long been painted as a fringe group."), 'organizations');
    expect(orgs).toContain("People's Mojahedin Organization of Iran");
    expect(orgs).not.toContain('Resistance');
  });

  it('an institution stays a name however else the article writes it', () => {
    const r = extract('Mancherji Bhownaggree, another Indian Parsi, was the second person to be elected to Parliament. Naoroji was the first non-white member of parliament and remained an ardent activist.');
    expect(names(r, 'organizations')).toEqual(['Parliament']);
  });

  it('a town before its country at the end of a clause is a place', () => {
    expect(names(extract('Torbat-E Jam, Iran. July 23, 2018. New Round of Truck Drivers’ Nationwide Strike'), 'places')).toEqual(['Torbat-E Jam', 'Iran']);
  });

  it('places listed before a name do not make it a place when the list has ended', () => {
    const r = extract('Speaking at a town hall event in Salem, New Hampshire, Donald Trump went after his rivals.');
    expect(names(r, 'people')).toEqual(['Donald Trump']);
    expect(names(r, 'places')).toEqual(['Salem', 'New Hampshire']);
  });

  it('the surname of a person in the article is that person', () => {
    const r = extract("Nelson Mandela, the country's first Black leader, died in December 2013. Celebrated annually on Mandela's birthday, the day honours him.");
    expect(r.people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([['Nelson Mandela', ['Nelson Mandela', 'Mandela']]]);
    expect(r.places).toEqual([]);
  });

  it('a short form defined in mixed case is that organization wherever it is used', () => {
    const r = extract('The National Democratic Congress (NDC) Caucus in Parliament has responded to a Bank of Ghana (BoG) press release. Information on page 97 discredits the claims of the BoG.');
    const bog = r.organizations.find((o) => o.name === 'Bank of Ghana');
    expect(bog?.aliases).toContain('BoG');
    expect(bog?.mentions.map((m) => m.text)).toEqual(['Bank of Ghana', 'BoG', 'BoG']);
  });

  it('an abbreviation of lower-case words or of a title is no name, here or later', () => {
    expect(all('Weakness in electronic design automation (EDA) software could leave the country behind. EDA tools are made abroad.')).toEqual([]);
    expect(all('The Vice-Prime Minister (VPM), Minister of Education, opened the school.')).toEqual([]);
    // Capitalized long forms still define organizations.
    expect(names(extract('The National Union of Teachers (NUT) went on strike. The NUT said pay was too low.'), 'organizations')).toEqual(['National Union of Teachers']);
  });

  it('a hyphenated given name is part of the name', () => {
    expect(names(extract('Taiwan’s Premier Su Tseng-chang said on Tuesday the island would not be cowed.'), 'people')).toEqual(['Su Tseng-chang']);
  });

  it('a party label before a person is said of them, not part of the name', () => {
    const r = extract('Democrat Jane Doe won the seat.');
    expect(r.people.map((p) => [p.name, p.titles])).toEqual([['Jane Doe', ['Democrat']]]);
    expect(r.places).toEqual([]);
  });

  it('a name particle between two parts of a name keeps them one name', () => {
    expect(names(extract('Dave le Roux Smith scored twice for the club.'), 'people')).toEqual(['Dave le Roux Smith']);
  });

  it('issue examples that the tagger now gets right', () => {
    expect(names(extract('The Federation of Independent Farmers of Kivu called for a strike.'), 'organizations')).toEqual(['Federation of Independent Farmers of Kivu']);
    expect(names(extract('The court in The Hague ruled on Friday.'), 'places')).toEqual(['The Hague']);
    expect(names(extract('Growth in sub-Saharan Africa slowed, the bank said.'), 'places')).toEqual(['sub-Saharan Africa']);
    expect(names(extract("Fighting spread to Kivu's Masisi district on Tuesday."), 'places')).toEqual(['Kivu', 'Masisi']);
    const r = extract('Jane Doe of Ohio voted against the bill.');
    expect([names(r, 'people'), names(r, 'places')]).toEqual([['Jane Doe'], ['Ohio']]);
    expect(names(extract('A spokesman told Channel 9 News that the road was closed.'), 'organizations')).toEqual(['Channel 9 News']);
    expect(all('The Affordable Care Act was passed in 2010, the senator said.')).toEqual([]);
  });

  it('names do not take the possessive with them', () => {
    const r = extract("Even at Maria's, her Italian husband makes sure guests are fed. Maria's kitchen is small.");
    for (const e of [...r.people, ...r.organizations, ...r.places]) for (const m of e.mentions) expect(m.text).not.toMatch(/['’]s?$/);
  });
});
