/** Greedy decoding, the IOB2 constraint, spans, and the tagger on real news sentences. */
import { describe, expect, it } from 'vitest';
import { allowed, spansOf, tagDocument, tagSentence } from '../../src/tagger/decode.js';
import { DocumentContext, T, feature } from '../../src/tagger/features.js';
import { LABELS, type Scorer } from '../../src/tagger/model.js';
import { tagNames } from '../../src/tagger/index.js';
import { analyze } from '../../src/nlp/wink.js';
import { wordsOf } from '../../src/recognize/words.js';

/** A scorer that likes one label per word, whatever the context. */
function wordScorer(likes: Record<string, string>): Scorer {
  const byFeature = new Map(Object.entries(likes).map(([w, label]) => [feature(T.word, w), LABELS.indexOf(label as (typeof LABELS)[number])]));
  return {
    labels: LABELS,
    score(features, out) {
      for (const f of features) {
        const l = byFeature.get(f);
        if (l !== undefined) out[l]! += 10;
      }
    },
  };
}

describe('decoding', () => {
  it('I-X only continues B-X or I-X', () => {
    expect(allowed('I-PER', 'B-PER')).toBe(true);
    expect(allowed('I-PER', 'I-PER')).toBe(true);
    expect(allowed('I-PER', 'O')).toBe(false);
    expect(allowed('I-PER', '<s>')).toBe(false);
    expect(allowed('I-PER', 'B-ORG')).toBe(false);
    expect(allowed('B-PER', 'B-PER')).toBe(true);
  });

  it('takes the best label the previous one allows, with its margin', () => {
    const scorer = wordScorer({ kofi: 'B-PER', mensah: 'I-PER', accra: 'I-LOC' });
    const tokens = ['Kofi', 'Mensah', 'visited', 'Accra'].map((text) => ({ text, pos: 'PROPN' }));
    const { tags, margins } = tagSentence(scorer, tokens, new DocumentContext([tokens]));
    // `I-LOC` after `O` is not allowed: the best allowed label for Accra is O (all others score 0).
    expect(tags).toEqual(['B-PER', 'I-PER', 'O', 'O']);
    expect(margins[0]).toBe(10);
  });

  it('turns labels into spans, a stray I-X opening one', () => {
    expect(spansOf(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'B-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER', margin: Infinity },
      { start: 3, end: 4, type: 'LOC', margin: Infinity },
      { start: 4, end: 5, type: 'ORG', margin: Infinity },
      { start: 5, end: 6, type: 'ORG', margin: Infinity },
    ]);
    expect(spansOf(['B-PER', 'I-PER'], [5, 3])[0]!.margin).toBe(3);
  });

  it('tags every sentence of a document and remembers capitalized names', () => {
    const scorer = wordScorer({ mensah: 'B-PER' });
    const sentences = [['Mensah', 'spoke'], ['Then', 'Mensah', 'left']].map((s) => s.map((text) => ({ text, pos: 'PROPN' })));
    const tagged = tagDocument(scorer, sentences);
    expect(tagged.map((t) => t.tags)).toEqual([['B-PER', 'O'], ['O', 'B-PER', 'O']]);
  });
});

/** Names the bundled model finds in a sentence, as `TYPE:words`. */
function names(text: string): string[] {
  const words = wordsOf(analyze(text).tokens, () => 0);
  return tagNames(words).map((n) => `${n.type}:${words.slice(n.first, n.last + 1).map((w) => w.text).join(' ')}`);
}

describe('the bundled model on news sentences', () => {
  it.each<[string, string[]]>([
    ['Maryam Rajavi, the president-elect of the National Council of Resistance of Iran (NCRI), called for a boycott.', ['person:Maryam Rajavi', 'organization:National Council of Resistance of Iran', 'organization:NCRI']],
    ['Sen. Rand Paul, R-Ky., told Fox News that polls could be way off.', ['person:Rand Paul', 'organization:Fox News']],
    ['The European Commission said on Thursday it disagreed with the advice.', ['organization:European Commission']],
    ['Republican presidential front-runner Donald Trump spoke to supporters in Florida on Monday.', ['person:Donald Trump', 'place:Florida']],
    ['Protests spread from Tehran to Mashhad and Isfahan, state media reported.', ['place:Tehran', 'place:Mashhad', 'place:Isfahan']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
