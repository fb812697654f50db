import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { wordsOf } from '../../src/recognize/words.js';
import { extract } from '../../src/index.js';

const wordsIn = (text: string) => wordsOf(analyze(text).tokens, () => 0);

describe('words', () => {
  it('a web address is one word and ends no sentence', () => {
    const words = wordsIn('A statement posted on the website ShopFront.com said listings are made by users.');
    expect(words.map((w) => w.text)).toContain('ShopFront.com');
    expect(words.filter((w) => w.sentenceStart).map((w) => w.text)).toEqual(['A']);
    expect(new Set(words.map((w) => w.sentence)).size).toBe(1);
  });

  it('a stop with no space before a capital still ends the sentence (a scrape’s `vote.In`)', () => {
    const words = wordsIn('He lost the vote.In a statement, he said so.');
    expect(words.filter((w) => w.sentenceStart).map((w) => w.text)).toEqual(['He', 'In']);
  });

  it('so the subject of the sentence is found across the address', () => {
    const q = extract('A statement posted on the website ShopFront.com said listings are made by users.').quotes;
    expect(q.map((x) => [x.text, x.speaker?.name])).toEqual([['listings are made by users', 'ShopFront.com']]);
  });
});
