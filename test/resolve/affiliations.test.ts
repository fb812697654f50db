/** Affiliations: the organizations people speak or work for, where the text says so. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { WINDOW_CHARS } from '../../src/windows.js';

/** `person → organization [role]` for every affiliation in a text. */
function ties(text: string): string[] {
  const r = extract(text);
  const org = new Map(r.organizations.map((o) => [o.id, o.name]));
  return r.people.flatMap((p) => (p.affiliations ?? []).map((a) => `${p.name} → ${org.get(a.organizationId)} [${a.role}]`));
}

describe('affiliations', () => {
  it.each<[string, string]>([
    ['Alan Jeffers, a spokesman for Exxon Mobil, said on Tuesday that the company would appeal.', 'Alan Jeffers → Exxon Mobil [spokesman]'],
    ['"We will fight this," said Kevin Brady, chairman of the House Ways and Means Committee.', 'Kevin Brady → House Ways and Means Committee [chairman]'],
    ['Amnesty International spokesman John Doe said the report was accurate.', 'John Doe → Amnesty International [spokesman]'],
    ['The secretary of the Supreme National Security Council, Ali Shamkhani, warned of unrest.', 'Ali Shamkhani → Supreme National Security Council [secretary]'],
    ['Maureen Sherry, a former managing director at Goldman Sachs, wrote the novel.', 'Maureen Sherry → Goldman Sachs [former managing director]'],
    ['Ben Cardin of the Senate Finance Committee proposed a new tax.', 'Ben Cardin → Senate Finance Committee [null]'],
  ])('%s', (text, expected) => {
    expect(ties(text)).toEqual([expected]);
  });

  it.each([
    'Maria Lopez, a critic of the World Bank, said the loans had failed.',
    'Chris Pearson, a candidate for the Vermont Senate, spoke on Monday.',
    'Ruth Ginsburg was appointed to the Supreme Court by President Bill Clinton in 1993.',
    'Ted Cruz, a graduate of Harvard Law School, argued the case.',
    'New York Congressman Pete King spoke to reporters.',
  ])('is not claimed without a role or with a relation that is no affiliation: %s', (text) => {
    expect(ties(text)).toEqual([]);
  });

  it('carries onto the quotes of the speaker', () => {
    const text = 'Alan Jeffers, a spokesman for Exxon Mobil, said the claims were false. "We will appeal," Jeffers said.';
    const r = extract(text);
    const quote = r.quotes.find((q) => q.text.startsWith('We will appeal'))!;
    expect(quote.speaker?.affiliations?.map((a) => [a.organizationId, a.role])).toEqual([[r.organizations[0]!.id, 'spokesman']]);
    const a = r.people[0]!.affiliations![0]!;
    expect(text.slice(a.mention.start, a.mention.end)).toBe('Exxon Mobil');
  });

  it('survives a text read in windows: ids and offsets into the whole text', () => {
    const filler = 'The committee met again on Thursday to discuss the budget and the schedule. '.repeat(Math.ceil(WINDOW_CHARS / 70));
    const text = `${filler}\n\nAlan Jeffers, a spokesman for Exxon Mobil, said the claims were false.`;
    const r = extract(text);
    const person = r.people.find((p) => p.name === 'Alan Jeffers')!;
    const a = person.affiliations![0]!;
    expect(r.organizations.find((o) => o.id === a.organizationId)?.name).toBe('Exxon Mobil');
    expect(text.slice(a.mention.start, a.mention.end)).toBe('Exxon Mobil');
  });
});
