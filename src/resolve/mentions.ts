import type { Entity, Mention } from '../types.js';
import type { Word } from '../document.js';

/** Which entity mention (if any) covers each word: the bridge from words to entities. */
export interface MentionIndex {
  /** Entity mentioned at word `k`, with that mention. */
  at(k: number): { entity: Entity; mention: Mention } | undefined;
  /** Index of the first word starting at or after `offset`. */
  wordAt(offset: number): number;
}

export function indexMentions(words: readonly Word[], entities: readonly Entity[]): MentionIndex {
  const wordAt = (offset: number) => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const byWord = new Map<number, { entity: Entity; mention: Mention }>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      for (let k = wordAt(mention.start); k < words.length && words[k]!.start < mention.end; k++) byWord.set(k, { entity, mention });
    }
  }
  return { at: (k) => byWord.get(k), wordAt };
}
