import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const INTERVIEW = [
  'Accra’s mayor on flooding, budgets and the next election.',
  'Mayor Ama Boateng has run the city since 2019. Boateng spoke to us at City Hall on Monday. Questions and answers have been edited for length and clarity.',
  'Q: The rains came early this year. Were you ready?',
  'A: No city is ever ready. We cleared the drains in March, and my deputy told me the east side would still flood.',
  'Q: Will you run again?',
  'A: I have not decided. Ask me in June.',
].join('\n\n');

describe('question-and-answer interviews', () => {
  it('each answer is a direct quote of the person the introduction names, cued by its label', () => {
    const r = extract(INTERVIEW);
    const answers = r.quotes.filter((q) => q.cue?.text === 'A:');
    expect(answers.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([
      ['direct', 'No city is ever ready. We cleared the drains in March, and my deputy told me the east side would still flood.', 'Ama Boateng'],
      ['direct', 'I have not decided. Ask me in June.', 'Ama Boateng'],
    ]);
    for (const q of answers) {
      expect(INTERVIEW.slice(q.start, q.end)).toBe(q.text);
      expect(INTERVIEW.slice(q.cue!.start, q.cue!.end)).toBe('A:');
      expect(q.speaker?.entityId).toBe(r.people.find((p) => p.name === 'Ama Boateng')?.id);
      expect(q.confidence).toBeGreaterThan(0);
    }
    // The questions are the interviewer's, not quotes; speech reported inside an answer is its own quote.
    expect(r.quotes.some((q) => q.text.includes('Will you run again'))).toBe(false);
    expect(r.quotes.find((q) => q.kind === 'indirect')?.speaker?.name).toBe('my deputy');
  });

  it('`Q.` / `A.` labels count too', () => {
    const text = INTERVIEW.replace(/^Q: /gm, 'Q. ').replace(/^A: /gm, 'A. ');
    expect(extract(text).quotes.filter((q) => q.cue?.text === 'A.').map((q) => q.speaker?.name)).toEqual(['Ama Boateng', 'Ama Boateng']);
  });

  it('with no one named before the first question, the answers have no speaker', () => {
    const text = INTERVIEW.split('\n\n').filter((_, i) => i !== 1).join('\n\n');
    const answers = extract(text).quotes.filter((q) => q.cue?.text === 'A:');
    expect(answers).toHaveLength(2);
    expect(answers.map((q) => [q.speaker, q.confidence])).toEqual([[null, 0], [null, 0]]);
  });

  it('a paragraph that happens to open with `A.` is no interview', () => {
    const text = 'The council met on Monday.\n\nA. Mensah, the treasurer, read the accounts.\n\nQ. Boateng asked about the roads.\n\nA. Mensah answered that they would be paved.\n\nQ. Li moved that the meeting close.';
    expect(extract(text).quotes.filter((q) => /^[AQ]\.$/.test(q.cue?.text ?? ''))).toEqual([]);
  });
});
