/**
 * Titles are role noun phrases next to the name (`resolve/titles.ts`): pre-nominal (`Sen.`,
 * `Labour Minister`), or an appositive (`, the chairman of X,`), never a clause fragment.
 * Sentences shaped like US political news; names invented.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const titlesOf = (text: string, person: string) => extract(text).people.find((p) => p.name === person)?.titles ?? [];

describe('titles are role phrases', () => {
  it.each<[string, string, string]>([
    ['Sen. Kay Morrow said the bill was dead.', 'Kay Morrow', 'Sen.'],
    ['On Monday, Labour Minister Kofi Boateng opened the talks.', 'Kofi Boateng', 'Labour Minister'],
    ['Dana Whitcombe, the chairman of the Ruritania Press Council, said no.', 'Dana Whitcombe', 'chairman of the Ruritania Press Council'],
    ['Fox News host Megan Orrin asked the question.', 'Megan Orrin', 'Fox News host'],
    ['Michelle Tanbury, a Boca Raton lawyer who represents the club, said it would appeal.', 'Michelle Tanbury', 'Boca Raton lawyer'],
    ['Kellan Conrow, a senior adviser and pollster for Mr. Trump and his running mate, said so.', 'Kellan Conrow', 'senior adviser and pollster for Mr. Trump'],
  ])('%s → %s: %s', (text, person, title) => {
    expect(titlesOf(text, person)).toContain(title);
  });

  it.each<[string, string]>([
    ['Even as the tumultuous delegate battle Dana Whitcombe predicted went on, nobody left.', 'Dana Whitcombe'],
    ['Many decried the hateful rhetoric many politicians have been spreading against immigrants, Zoe Sandoval said.', 'Zoe Sandoval'],
    ['The debate’s moderators, Kofi Boateng and Amina Diallo, asked about trade.', 'Kofi Boateng'],
    ['Two men, Jesse Elkin and Tom Roe, were arrested.', 'Jesse Elkin'],
  ])('no clause fragment, plural or non-role phrase becomes a title: %s', (text, person) => {
    expect(titlesOf(text, person)).toEqual([]);
  });

  it('an appositive that runs on without closing is a clause, not a title', () => {
    const titles = titlesOf('Ravi Oduya, the Democratic nominee that year, lost.', 'Ravi Oduya');
    for (const t of titles) expect(t).not.toMatch(/that year/);
  });
});
