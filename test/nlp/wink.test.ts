import { describe, expect, it } from 'vitest';
import { analyze, inVocabulary } from '../../src/nlp/wink.js';

const tokens = (text: string) => analyze(text).tokens.map((t) => t.text);

describe('analyze(): one wink-nlp pass', () => {
  it('tokens carry exact character offsets', () => {
    const text = 'Kofi Mensah’s plan, said the minister, “failed”.';
    for (const t of analyze(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  // wink-nlp adds unseen words to its lexicon and then keeps them whole: `Mensah’s.` read once
  // made every later `Mensah’s plan` one token. An article's tokens must not depend on what was read before.
  it('tokenizes an article the same whatever was read before it', () => {
    const text = 'Kwabena Asante’s plan failed, Asante’s deputy said.';
    const fresh = tokens(text);
    expect(fresh).toContain('’s');
    tokens('The plan was Kwabena Asante’s. The deputy is Asante’s.');
    expect(tokens(text)).toEqual(fresh);
  });

  it('inVocabulary() knows English words, not names, and does not learn from articles', () => {
    expect(inVocabulary('business')).toBe(true);
    expect(inVocabulary('Tattoo')).toBe(true);
    expect(inVocabulary('asante')).toBe(false);
    tokens('asante asante Asante ASANTE');
    expect(inVocabulary('asante')).toBe(false);
  });
});
