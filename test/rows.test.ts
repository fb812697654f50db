import { describe, expect, it } from 'vitest';
import { extract, toRows } from '../src/index.js';
import { sampleArticles } from './helpers.js';

describe('toRows', () => {
  it('flattens every entity, mention and quote into rows with the article path', () => {
    const { file, text } = sampleArticles().find((a) => a.file.startsWith('002'))!;
    const r = extract(text);
    const rows = toRows(r, file);
    const all = [...r.people, ...r.organizations, ...r.places];
    expect(rows.entities).toHaveLength(all.length);
    expect(rows.mentions).toHaveLength(all.reduce((n, e) => n + e.mentions.length, 0));
    expect(rows.quotes).toHaveLength(r.quotes.length);
    for (const row of [...rows.entities, ...rows.mentions, ...rows.quotes]) {
      expect(row.path).toBe(file);
      for (const v of Object.values(row)) expect(['string', 'number']).toContain(typeof v);
    }
    for (const m of rows.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const shamkhani = rows.quotes.filter((q) => q.speaker === 'Ali Shamkhani');
    expect(shamkhani).toHaveLength(2);
    expect(shamkhani[0]!.speakerEntityId).toMatch(/^person-/);
  });
});

describe('toRows: dates and affiliations', () => {
  it('has a row per date and per affiliation, and gives each quote its speaker’s organizations and roles', () => {
    const text = 'Kofi Mensah, a spokesman for the National Union of Teachers (NUT), said in Accra on March 1, 2021: “We will strike until the arrears are paid.”';
    const rows = toRows(extract(text), 'a.txt');
    expect(rows.dates).toEqual([{ path: 'a.txt', start: 84, end: 97, text: 'March 1, 2021', value: '2021-03-01' }]);
    expect(rows.affiliations).toEqual([
      { path: 'a.txt', personId: 'person-1', person: 'Kofi Mensah', organizationId: 'organization-1', organization: 'National Union of Teachers', role: 'spokesman', start: 33, end: 59, text: 'National Union of Teachers' },
    ]);
    expect(rows.quotes[0]).toMatchObject({ speaker: 'Kofi Mensah', speakerAffiliations: 'National Union of Teachers', speakerAffiliationIds: 'organization-1', speakerRoles: 'spokesman' });
    for (const d of rows.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('leaves the affiliation columns empty for a speaker tied to nothing, and an unresolved date’s value empty', () => {
    const text = '“The talks have failed,” Amina Diallo said on Monday.';
    const rows = toRows(extract(text), 'b.txt');
    expect(rows.quotes[0]).toMatchObject({ speaker: 'Amina Diallo', speakerAffiliations: '', speakerAffiliationIds: '', speakerRoles: '' });
    expect(rows.dates).toEqual([{ path: 'b.txt', start: 46, end: 52, text: 'Monday', value: '' }]);
    expect(rows.affiliations).toEqual([]);
  });
});
