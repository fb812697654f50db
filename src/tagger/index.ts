import type { TaggedName, Word, WordPart } from '../document.js';
import type { TaggerToken } from './features.js';
import { spansOf, tagDocument } from './decode.js';
import { parseModel, type NerModel, type Scorer } from './model.js';
import { PARTY_STATE } from '../knowledge/words.js';
import bundled from './ner-model.json' with { type: 'json' };

/**
 * The named-entity tagger: a structured averaged perceptron trained on CoNLL-2003 and the
 * English Worldwide Newswire (`npm run train:ner`), decoded with Viterbi sentence by
 * sentence, each seeing what the tagger called the words before it. It decides which words are names and of which type (`recognize/names.ts`).
 */

let model: NerModel | undefined;

/** The model shipped with the package, decoded on first use (~1.6 MB of weights). */
export function bundledModel(): NerModel {
  model ??= parseModel(bundled);
  return model;
}

const TYPES: Record<string, TaggedName['type'] | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

/** A token the tagger reads, and where it is: its word and its characters. */
interface Placed extends TaggerToken {
  word: number;
  start: number;
  end: number;
}

/** One place builds every tagger token, so they share one object shape (the decoder's loops stay monomorphic). */
function placed(p: WordPart, word: number): Placed {
  return { text: p.text, pos: p.pos, word, start: p.start, end: p.end };
}

/** Editorial brackets (`[The city of] X`): the words around them are read. */
const BRACKET = /^[[\]]$/;
/** Tokens a name never spans: it ends before them (`Accra, Ghana` is two names); nor does it end in a possessive. */
const BREAK = /^[,;:()"“”«»—–|/]$/;

/**
 * Tag the words of an article sentence by sentence (wink-nlp's sentences).
 * Hyphenated compounds are read token by token (`Kenya - Uganda`), as the training data
 * has them, so a name can be part of a word.
 */
export function tagNames(words: readonly Word[], scorer: Scorer = bundledModel()): TaggedName[] {
  const sentences: Placed[][] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (sentences.length === 0 || w.sentenceStart || words[i - 1]!.sentence !== w.sentence || words[i - 1]!.paragraph !== w.paragraph) sentences.push([]);
    // Editorial brackets and party-state tags (`R-Ky.`, which the training news never had) are not read.
    if (BRACKET.test(w.text) || PARTY_STATE.test(w.text) || (w.text === '.' && !w.spaceBefore && PARTY_STATE.test(words[i - 1]?.text ?? ''))) continue;
    const tokens = sentences[sentences.length - 1]!;
    const parts = w.parts;
    if (!parts) tokens.push(placed(w, i));
    else for (let k = 0; k < parts.length; k++) tokens.push(placed(parts[k]!, i));
  }
  const tagged = tagDocument(scorer, sentences);
  const names: TaggedName[] = [];
  sentences.forEach((tokens, k) => {
    for (const span of spansOf(tagged[k]!.tags, tagged[k]!.margins)) {
      const type = TYPES[span.type];
      if (!type) continue;
      let from = span.start;
      for (let i = span.start; i <= span.end; i++) {
        // A possessive inside a person's or place's span ends one name (`Kivu 's Masisi`); companies keep theirs (`Moody 's Investors Service`).
        if (i < span.end && !BREAK.test(tokens[i]!.text) && (type === 'organization' || !/^['’]s$/.test(tokens[i]!.text))) continue;
        let a = from;
        let b = i - 1;
        while (a <= b && !/[\p{L}\p{N}]/u.test(tokens[a]!.text)) a++;
        while (b >= a && (!/[\p{L}\p{N}.]/u.test(tokens[b]!.text) || /^['’]s?$/.test(tokens[b]!.text))) b--;
        if (a <= b) {
          // wink-nlp keeps `Amina's` as one token: the name ends before the possessive.
          const possessive = /(?<=\p{L})['’]s?$/u.exec(tokens[b]!.text)?.[0].length ?? 0;
          names.push({ first: tokens[a]!.word, last: tokens[b]!.word, start: tokens[a]!.start, end: tokens[b]!.end - possessive, type, margin: span.margin });
        }
        from = i + 1;
      }
    }
  });
  return names;
}
