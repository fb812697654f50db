/**
 * A name's type across an article: a country in brackets after a name says where (no acronym),
 * and only a person against another type is voted away (a city also names its team).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { analyze } from '../../src/nlp/wink.js';
import { wordsOf } from '../../src/recognize/words.js';
import { findCandidates } from '../../src/recognize/candidates.js';
import { recognizeNames } from '../../src/recognize/names.js';
import type { TaggedName } from '../../src/document.js';

describe('brackets and types across an article', () => {
  it('a country in brackets after a person is where they come from, not an acronym of their name', () => {
    const r = extract('1. Mark Crear ( U.S. ) 13.26 seconds\n2. Tony Jarrett ( Britain ) 13.35\n6. Steve Brown ( U.S. ) 13.53');
    expect(r.people.map((p) => p.name).sort()).toEqual(['Mark Crear', 'Steve Brown', 'Tony Jarrett']);
    for (const p of r.people) expect(p.aliases).toEqual([]);
    expect(r.places.find((p) => p.name === 'United States')?.mentions).toHaveLength(2);
  });

  it('a country that spells the name it follows is its acronym', () => {
    expect(extract('The United States (U.S.) and the United Nations (UN) met.').places[0]).toMatchObject({ name: 'United States', aliases: ['U.S.'] });
  });

  it('a city and its team keep their own types; a person against another type is voted', () => {
    const text = 'Detroit beat Texas 5-3 on Friday. In Detroit, the mayor met Hale. Hale said so.';
    const words = wordsOf(analyze(text).tokens, () => 0);
    const at = (name: string, from = 0) => {
      const start = text.indexOf(name, from);
      const first = words.findIndex((w) => w.start === start);
      return { first, last: first, start, end: start + name.length };
    };
    const tagged: TaggedName[] = [
      { ...at('Detroit'), type: 'organization', margin: 9 },
      { ...at('Texas'), type: 'organization', margin: 9 },
      { ...at('Detroit', 20), type: 'place', margin: 1 },
      { ...at('Hale'), type: 'place', margin: 1 },
      { ...at('Hale', text.indexOf('Hale') + 1), type: 'person', margin: 9 },
    ];
    const candidates = findCandidates(words, () => false);
    const typed = recognizeNames(words, candidates, [], tagged, () => false).map((n) => `${n.name}/${n.type}`);
    expect(typed).toEqual(['Detroit/organization', 'Texas/organization', 'Detroit/place', 'Hale/person', 'Hale/person']);
  });
});
