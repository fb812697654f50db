import type { Word } from '../recognize/words.js';
import type { TaggerToken } from './features.js';
import { spansOf, tagDocument } from './decode.js';
import { parseModel, type NerModel, type Scorer } from './model.js';
import bundled from './ner-model.json' with { type: 'json' };


/**
 * The named-entity tagger: an averaged perceptron trained on CoNLL-2003 (`npm run train:ner`),
 * decoded greedily in two passes per article. It proposes typed spans; the rule-based
 * recognizer decides with them.
 */

let model: NerModel | undefined;

/** The model shipped with the package, decoded on first use (~1.3 MB of weights). */
export function bundledModel(): NerModel {
  model ??= parseModel(bundled);
  return model;
}

/** A name the tagger found: word indices `[first, last]`, type, and its score margin. */
export interface TaggedName {
  first: number;
  last: number;
  type: 'person' | 'organization' | 'place';
  margin: number;
}

const TYPES: Record<string, TaggedName['type'] | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** Tag the words of an article sentence by sentence (wink-nlp's sentences); MISC is dropped. */
export function tagNames(words: readonly Word[], scorer: Scorer = bundledModel()): TaggedName[] {
  const sentences: { offset: number; tokens: TaggerToken[] }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const last = sentences[sentences.length - 1];
    if (!last || w.sentenceStart || words[i - 1]!.sentence !== w.sentence || words[i - 1]!.paragraph !== w.paragraph) sentences.push({ offset: i, tokens: [] });
    sentences[sentences.length - 1]!.tokens.push({ text: w.text, pos: w.pos });
  }
  const tagged = tagDocument(scorer, sentences.map((s) => s.tokens));
  const names: TaggedName[] = [];
  sentences.forEach((s, k) => {
    for (const span of spansOf(tagged[k]!.tags, tagged[k]!.margins)) {
      const type = TYPES[span.type];
      if (type) names.push({ first: s.offset + span.start, last: s.offset + span.end - 1, type, margin: span.margin });
    }
  });
  return names;
}
