import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { sampleArticles } from '../helpers.js';

const article = (prefix: string) => sampleArticles().find((a) => a.file.startsWith(prefix))!.text;

describe('canonical entities', () => {
  it('merges a surname into the full name seen elsewhere', () => {
    const r = extract('Slogans against Supreme Leader Ali Khamenei were seen. Khamenei said nothing. Later, Khamenei’s remarks were read.');
    expect(r.people).toHaveLength(1);
    expect(r.people[0]!.name).toBe('Ali Khamenei');
    expect(r.people[0]!.aliases).toContain('Khamenei');
    expect(r.people[0]!.mentions.map((m) => m.text)).toEqual(['Ali Khamenei', 'Khamenei', 'Khamenei']);
  });

  it('links acronyms defined in the text, also inside brackets, into one organization', () => {
    const r = extract(article('002'));
    const mek = r.organizations.filter((o) => [o.name, ...o.aliases].includes('MEK'));
    expect(mek).toHaveLength(1);
    expect([mek[0]!.name, ...mek[0]!.aliases]).toEqual(expect.arrayContaining(['MEK', 'PMOI', 'Mojahedin-e Khalq']));
  });

  it('links "(PMOI/MEK)" and "(PMOI / MEK Iran)" short forms to the long name', () => {
    for (const prefix of ['000', '001', '004']) {
      const r = extract(article(prefix));
      const pmoi = r.organizations.find((o) => o.aliases.includes('PMOI'))!;
      expect(pmoi.name).toMatch(/^People['’]s Mojahedin Organization of Iran$/);
      expect(pmoi.aliases).toContain('MEK');
      expect(r.organizations.filter((o) => o.name === 'MEK' || o.aliases.includes('MEK'))).toHaveLength(1);
    }
  });

  it('keeps two people who share a surname apart, and a bracketed first name in the name', () => {
    const r = extract(article('003'));
    const rajavis = r.people.filter((p) => p.name.endsWith('Rajavi')).map((p) => p.name).sort();
    expect(rajavis).toEqual(['Maryam Rajavi', 'Massoud Rajavi']);
    const massoud = r.people.find((p) => p.name === 'Massoud Rajavi')!;
    expect(massoud.mentions[0]!.text).toBe('[Massoud] Rajavi');
  });

  it('joins US and the United States as one place', () => {
    const r = extract('The Regime has potted terror attacks in France, Albania, Denmark, and the US so far. The United States responded.');
    const us = r.places.filter((p) => p.name === 'United States');
    expect(us).toHaveLength(1);
    expect(us[0]!.mentions.map((m) => m.text)).toEqual(['US', 'United States']);
  });

  it('gives no referent two entities in any sample article', () => {
    for (const { text } of sampleArticles()) {
      const r = extract(text);
      for (const list of [r.people, r.organizations, r.places]) {
        const keys = list.flatMap((e) => [e.name, ...e.aliases].map((f) => f.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });
});
