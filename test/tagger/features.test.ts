/** The tagger's features: shapes, hashing, gazetteer knowledge and document context. */
import { describe, expect, it } from 'vitest';
import {
  DocumentContext, NEIGHBOURS, T, contextFeatures, feature, feature2, featureRange, gazetteerTags, neighbourFeatures,
  shapeOf, shortShapeOf, spanMarks, staticFeatures, tokenFeatures, viewOf, wordFeatures,
} from '../../src/tagger/features.js';

const tokens = (s: string) => s.split(' ').map((text) => ({ text, pos: /^\p{Lu}/u.test(text) ? 'PROPN' : 'NOUN' }));

describe('word shapes', () => {
  it.each([
    ['Kofi', 'Xxxx', 'Xx'],
    ['NCRI', 'XXXX', 'X'],
    ['AU-2', 'XX-d', 'X-d'],
    ['1996-08-22', 'dddd-dd-dd', 'd-d-d'],
    ['al-Sadr', 'xx-Xxxx', 'x-Xx'],
  ])('%s → %s → %s', (word, shape, short) => {
    expect(shapeOf(word)).toBe(shape);
    expect(shortShapeOf(shape)).toBe(short);
  });
});

describe('feature hashing', () => {
  it('is deterministic, unsigned 32-bit, and separates templates and strings', () => {
    expect(feature(T.word, 'kenya')).toBe(feature(T.word, 'kenya'));
    expect(feature(T.word, 'kenya')).toBeGreaterThanOrEqual(0);
    expect(feature(T.word, 'kenya')).toBeLessThan(2 ** 32);
    expect(feature(T.word, 'kenya')).not.toBe(feature(T.cased, 'kenya'));
    expect(feature2(T.bigramM1, 'ab', 'c')).not.toBe(feature2(T.bigramM1, 'a', 'bc'));
  });

  it('hashes a slice without slicing', () => {
    expect(featureRange(T.suffix, 'nairobi', 4, 7)).toBe(feature(T.suffix, 'obi'));
  });
});

describe('gazetteer knowledge per word', () => {
  it('knows countries, given names, organization heads and ordinary vocabulary', () => {
    expect(gazetteerTags('Kenya')).toContain('geo:country');
    expect(gazetteerTags('Amina')).toContain('first');
    expect(gazetteerTags('Ministry')).toContain('orgHead');
    expect(gazetteerTags('minister')).toContain('role');
    expect(gazetteerTags('zxqv')).toEqual([]);
  });

  it('marks multi-word place names as spans', () => {
    expect(spanMarks(tokens('flights to New York and Addis Ababa'))).toEqual([undefined, undefined, 'Bgeo', 'Igeo', undefined, 'Bgeo', 'Igeo']);
  });
});

describe('document context', () => {
  it('records how each word is written elsewhere in the article', () => {
    const doc = new DocumentContext([tokens('Kofi Mensah spoke .'), tokens('Spoke was the word , said Mensah .')]);
    expect(doc.capitalized.has('mensah')).toBe(true);
    expect(doc.lower.has('spoke')).toBe(true);
    // A sentence-initial capital says nothing about the word.
    expect(doc.capitalized.has('kofi')).toBe(false);
  });
});

describe('feature groups', () => {
  it('static features are the word, its four neighbours and its context, and the tag features come on top', () => {
    const view = viewOf(tokens('President Kofi Mensah of Ghana'));
    const doc = new DocumentContext([view.tokens]);
    const parts: number[] = [];
    wordFeatures('Mensah', parts);
    NEIGHBOURS.forEach((offset) => neighbourFeatures(offset, view.tokens[2 + offset]?.text, parts));
    contextFeatures(view, 2, doc, parts);
    expect(staticFeatures(view, 2, doc, [])).toEqual(parts);
    const all = tokenFeatures(view, 2, 'B-PER', doc, []);
    expect(all.slice(0, parts.length)).toEqual(parts);
    expect(all).toContain(feature(T.tagM1, 'B-PER'));
    expect(all).toContain(feature2(T.tagM1Word, 'B-PER', 'mensah'));
  });

  it('a list joins names: what the gazetteer says across a comma or `and` is a feature', () => {
    const view = viewOf(tokens('Tehran , Shiraz , Gorgan and Qom'));
    const doc = new DocumentContext([view.tokens]);
    const features = contextFeatures(view, 4, doc, []);
    expect(features).toContain(feature(T.listM, 'geo:city'));
    expect(features).toContain(feature(T.listP, 'geo:region'));
  });

  it('a lower-case part after a hyphen is scored with its capitalized neighbour, not skipped as outside names', () => {
    const view = viewOf(tokens('said Chen Chien - jen on the day'));
    expect(view.outside).toEqual([false, false, false, false, false, true, true, true]);
  });

  it('the document’s contexts of a word are features of every mention of it', () => {
    const sentences = [tokens('Algeria ’s homegrown startup Yassir is seeking to grow'), tokens('Yassir generates revenues'), tokens('the deal was good , said Kofi Mensah')];
    const doc = new DocumentContext(sentences);
    expect([...doc.contexts.get('yassir')!]).toEqual(expect.arrayContaining(['before:startup', 'after:is', 'after:generates']));
    expect([...doc.contexts.get('kofi')!]).toEqual(expect.arrayContaining(['before:said']));
    const view = viewOf(sentences[1]!);
    expect(contextFeatures(view, 0, doc, [])).toContain(feature(T.docContext, 'before:startup'));
  });

  it('headline lines are marked: in capitals, or every content word capitalized', () => {
    expect(viewOf(tokens('SOCCER - JAPAN GET LUCKY WIN')).line).toBe('caps');
    expect(viewOf(tokens('Workers Protest Unpaid Wages in the Capital')).line).toBe('title');
    expect(viewOf(tokens('Workers protest unpaid wages in the capital')).line).toBeUndefined();
  });

  it('neighbours past the sentence edge are boundary markers', () => {
    expect(neighbourFeatures(-1, undefined, [])).toEqual([feature(T.wordM1, '<s>')]);
    expect(neighbourFeatures(2, undefined, [])).toEqual([feature(T.wordP2, '</s>')]);
  });

  it('the document history of a capitalized word is a feature once the tagger has typed it', () => {
    const view = viewOf(tokens('Mensah said'));
    const doc = new DocumentContext([view.tokens]);
    expect(tokenFeatures(view, 0, '<s>', doc, [])).not.toContain(feature(T.history, 'PER'));
    doc.history.set('mensah', 'PER');
    expect(tokenFeatures(view, 0, '<s>', doc, [])).toContain(feature(T.history, 'PER'));
  });
});
