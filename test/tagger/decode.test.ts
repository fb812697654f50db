/** Viterbi decoding, the IOB2 constraint, spans, and the tagger on real news sentences. */
import { describe, expect, it } from 'vitest';
import { allowed, latticeOf, spansOf, tagDocument, tagSentence } from '../../src/tagger/decode.js';
import { DocumentContext, T, feature, viewOf } from '../../src/tagger/features.js';
import { LABELS, type Scorer } from '../../src/tagger/model.js';
import { bundledModel, tagNames } from '../../src/tagger/index.js';
import { analyze } from '../../src/nlp/wink.js';
import { wordsOf } from '../../src/recognize/words.js';

/** A scorer that likes labels per word (10 points, or the given scores), whatever the context. */
function wordScorer(likes: Record<string, string | Record<string, number>>): Scorer {
  const byFeature = new Map(Object.entries(likes).map(([w, l]) => [feature(T.word, w), typeof l === 'string' ? { [l]: 10 } : l]));
  return {
    labels: LABELS,
    score(features, out) {
      for (const f of features) for (const [label, points] of Object.entries(byFeature.get(f) ?? {})) out[LABELS.indexOf(label as (typeof LABELS)[number])]! += points;
    },
  };
}

function tag(scorer: Scorer, words: string[]) {
  const view = viewOf(words.map((text) => ({ text, pos: 'PROPN' })));
  const doc = new DocumentContext([view.tokens]);
  return tagSentence(scorer, view, doc, latticeOf(scorer, view, doc));
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

  it('takes the best sequence the IOB2 constraint allows, with each token’s margin', () => {
    const { tags, margins } = tag(wordScorer({ kofi: 'B-PER', mensah: 'I-PER', visited: 'O', accra: 'I-LOC' }), ['Kofi', 'Mensah', 'visited', 'Accra']);
    // `I-LOC` after `O` is not allowed: the best allowed label for Accra is O (all others score 0).
    expect(tags).toEqual(['B-PER', 'I-PER', 'O', 'O']);
    // Kofi as anything but B-PER loses its own 10 points and Mensah's (I-PER needs B-PER before it).
    expect(margins[0]).toBe(20);
    expect(margins[3]).toBe(0);
  });

  it('looks ahead where a greedy tagger cannot: a weak start for a strong continuation', () => {
    const scorer = wordScorer({ new: { O: 5, 'B-LOC': 4 }, york: { 'I-LOC': 10 } });
    // Greedy would take O for `New` (5 > 4) and then could not continue a place.
    expect(tag(scorer, ['New', 'York']).tags).toEqual(['B-LOC', 'I-LOC']);
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

/** People, organizations and places the bundled model finds in a sentence, as `type:words`. */
function names(text: string): string[] {
  const words = wordsOf(analyze(text).tokens, () => 0);
  return tagNames(words)
    .filter((n) => n.type !== 'misc')
    .map((n) => `${n.type}:${words.slice(n.first, n.last + 1).map((w) => w.text).join(' ')}`);
}

describe('the bundled model on news sentences', () => {
  it.each<[string, string[]]>([
    ['Maryam Rajavi, the president-elect of the National Council of Resistance of Iran (NCRI), called for a boycott.', ['person:Maryam Rajavi', 'organization:National Council of Resistance of Iran', 'organization:NCRI']],
    ['The European Commission said on Thursday it disagreed with the advice.', ['organization:European Commission']],
    ['Republican presidential front-runner Donald Trump spoke to supporters in Florida on Monday.', ['person:Donald Trump', 'place:Florida']],
    ['Protests spread from Tehran to Mashhad and Isfahan, state media reported.', ['place:Tehran', 'place:Mashhad', 'place:Isfahan']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('names of other kinds', () => {
  it('are tagged too (`misc`), and are not people, organizations or places', () => {
    const words = wordsOf(analyze('Republican presidential front-runner Donald Trump spoke to supporters in Florida on Monday.').tokens, () => 0);
    const misc = tagNames(words).filter((n) => n.type === 'misc').map((n) => words.slice(n.first, n.last + 1).map((w) => w.text).join(' '));
    expect(misc).toEqual(['Republican']);
  });

  it('a name can be part of a hyphenated word, with its own offsets', () => {
    const text = 'Protesters marched along the Thailand-Malaysia border on Sunday.';
    const words = wordsOf(analyze(text).tokens, () => 0);
    const places = tagNames(words).filter((n) => n.type === 'place').map((n) => text.slice(n.start, n.end));
    expect(places).toEqual(['Thailand', 'Malaysia']);
  });
});

describe('the per-model row cache', () => {
  const text = 'Kenyan President William Ruto met Nigerian officials in Abuja on Monday, a spokesman for the African Union said.';
  const words = wordsOf(analyze(text).tokens, () => 0);
  /** Sentences of distinct made-up words: `count` words in sentences of 20. */
  const filler = (count: number, seed: string) =>
    Array.from({ length: Math.ceil(count / 20) }, (_, s) => Array.from({ length: 20 }, (_, k) => ({ text: `${seed}${s * 20 + k}`, pos: k % 2 ? 'NOUN' : 'PROPN' })));

  it('has a fixed size: documents with more words than it holds, and its starting afresh, change no answer', () => {
    const before = tagNames(words);
    expect(before.map((n) => n.type)).toContain('person');
    // Two documents whose words together overflow the cache (it starts afresh between them), then one larger than the whole cache (scored without it).
    tagDocument(bundledModel(), filler(20_000, 'Qa'));
    tagDocument(bundledModel(), filler(20_000, 'Qb'));
    tagDocument(bundledModel(), filler(40_000, 'Qc'));
    expect(tagNames(words)).toEqual(before);
  });

  it('gives what scoring every row afresh gives', () => {
    const view = viewOf(words.map((w) => ({ text: w.text, pos: w.pos })));
    const doc = new DocumentContext([view.tokens]);
    const lattice = latticeOf(bundledModel(), view, doc);
    const fresh = tagSentence(bundledModel(), view, doc, lattice);
    const cached = tagDocument(bundledModel(), [view.tokens])[0]!;
    expect(cached.tags).toEqual(fresh.tags);
    expect(cached.margins.map((m) => m.toFixed(3))).toEqual(fresh.margins.map((m) => m.toFixed(3)));
  });
});

describe('islands', () => {
  it('decoding the capitalized stretches apart gives the exhaustive best sequence and margins', () => {
    const scorer = bundledModel();
    const view = viewOf('Kofi Mensah met officials in Accra Ghana'.split(' ').map((text) => ({ text, pos: /^\p{Lu}/u.test(text) ? 'PROPN' : 'NOUN' })));
    const doc = new DocumentContext([view.tokens]);
    const lattice = latticeOf(scorer, view, doc);
    const { tags, margins } = tagSentence(scorer, view, new DocumentContext([view.tokens]), lattice);
    const n = LABELS.length;
    const o = LABELS.indexOf('O');
    // Every labelling that the IOB2 constraint allows, outside tokens fixed to O, scored in full.
    const best = new Map<string, number>();
    const walk = (i: number, prev: number, score: number, seq: number[]) => {
      if (i === view.tokens.length) {
        best.set(seq.join(','), score);
        return;
      }
      for (let l = 0; l < n; l++) {
        if (view.outside[i] && l !== o) continue;
        if (!allowed(LABELS[l]!, prev < 0 ? '<s>' : LABELS[prev]!)) continue;
        const move = view.outside[i] ? 0 : lattice.moves[lattice.movesAt[i]! + (prev < 0 ? n : prev) * n + l]!;
        walk(i + 1, l, score + (view.outside[i] ? 0 : move + lattice.emit[i * n + l]!), [...seq, l]);
      }
    };
    walk(0, -1, 0, []);
    const ranked = [...best].sort((a, b) => b[1] - a[1]);
    expect(tags).toEqual(ranked[0]![0].split(',').map((l) => LABELS[+l]));
    view.tokens.forEach((_, i) => {
      if (view.outside[i]) return expect(margins[i]).toBe(Infinity);
      const label = ranked[0]![0].split(',')[i];
      const rival = ranked.find(([seq]) => seq.split(',')[i] !== label)!;
      expect(margins[i]).toBeCloseTo(ranked[0]![1] - rival[1], 4);
    });
    expect(view.outside).toContain(true);
  });
});
