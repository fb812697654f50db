/** The gazetteer generated at build time from GeoNames and world-countries. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countryName, countryOfDemonym, lookupPlace } from '../../src/knowledge/gazetteer.js';
import { fold } from '../../src/knowledge/fold.js';
import { isOrgWord, lexiconTags } from '../../src/knowledge/lexicon.js';

describe('lookupPlace', () => {
  it('knows countries by any name, with their common name', () => {
    expect(lookupPlace('Kenya')).toEqual({ kind: 'country', country: 'KE', canonical: 'Kenya' });
    expect(lookupPlace('Republic of Kenya')?.canonical).toBe('Kenya');
    expect(lookupPlace('U.S.')).toMatchObject({ kind: 'country', country: 'US' });
    expect(lookupPlace('UAE')).toMatchObject({ kind: 'country', country: 'AE' });
  });

  it('knows cities and first-level regions, accents and case aside', () => {
    expect(lookupPlace('Nairobi')).toEqual({ kind: 'city', country: 'KE' });
    expect(lookupPlace('NAIROBI')).toEqual({ kind: 'city', country: 'KE' });
    expect(lookupPlace('Gorgān')).toMatchObject({ kind: 'city', country: 'IR' });
    expect(lookupPlace('Gorgan')).toMatchObject({ kind: 'city', country: 'IR' });
    expect(lookupPlace('Ontario')).toMatchObject({ kind: 'region', country: 'CA' });
  });

  it('leaves English words, compass points and short capitals alone', () => {
    for (const word of ['Police', 'Many', 'North', 'It', 'IN', 'May']) expect(lookupPlace(word)).toBeUndefined();
  });

  it('links demonyms and country names to the common name', () => {
    expect(countryOfDemonym('Kenyan')).toBe('Kenya');
    expect(countryName('USA')).toBe('United States');
    expect(countryName('constructor')).toBeUndefined();
    expect(countryOfDemonym('toString')).toBeUndefined();
  });
});

describe('compromise lexicon (generated at build time)', () => {
  it('answers tags and head words', () => {
    expect(lexiconTags('monday')?.has('WeekDay')).toBe(true);
    expect(isOrgWord('council')).toBe(true);
    expect(lexiconTags('zxqv')).toBeUndefined();
  });
});

describe('fold', () => {
  it('drops case, accents and apostrophes, joins spaces', () => {
    expect(fold('  Gorgān ')).toBe('gorgan');
    expect(fold("Côte d'Ivoire")).toBe('cote divoire');
    expect(fold('New   York')).toBe('new york');
  });

  it('the plain-ASCII shortcut gives what the full folding gives', () => {
    const full = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’ʼʻ`´']/g, '').replace(/[‐‑–—]/g, '-').replace(/\s+/g, ' ').toLowerCase().trim();
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z ]{0,12}$/), (s) => {
      expect(fold(s)).toBe(full(s));
    }));
  });
});
