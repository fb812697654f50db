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
