/**
 * Where organization names start and end (`recognize/orgBoundaries.ts`), on sentences shaped
 * like US political news; the names are invented where the shape needs no real one.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { analyze } from '../../src/nlp/wink.js';
import { wordsOf } from '../../src/recognize/words.js';
import { names } from '../helpers.js';
import { fixBoundaries } from '../../src/recognize/orgBoundaries.js';
import type { TaggedName } from '../../src/document.js';

type Key = 'people' | 'organizations' | 'places';

describe('organization boundaries', () => {
  it.each<[string, string, Key, string[]]>([
    ['coordination splits two names', 'The senator met the FBI and the Department of Labor on Monday.', 'organizations', ['FBI', 'Department of Labor']],
    ['`X of the Y` stays whole', 'He works at the Office of the Director of Rail Safety in Accra.', 'organizations', ['Office of the Director of Rail Safety']],
    ['a leading proper adjective stays', 'The Democratic Senatorial Campaign Committee said it would spend more.', 'organizations', ['Democratic Senatorial Campaign Committee']],
    ['a bracketed place inside a paper’s name stays', 'He told The (Springfield, Ill.) Courier that he would run.', 'organizations', ['The (Springfield, Ill.) Courier']],
    ['a role after an institution is a title', 'Senate Minority Leader Harry Reid said no.', 'organizations', ['Senate']],
    ['a function word opening the sentence is not part of it', 'One State Department lawyer said the request was denied.', 'organizations', ['State Department']],
    ['`The` opening a long name is not part of it', 'The National Bank of Ruritania refrained from intervening.', 'organizations', ['National Bank of Ruritania']],
    ['a defined acronym keeps the tagger’s longer long form', 'There was a problem, the European Options Exchange (EOE) said on Friday.', 'organizations', ['European Options Exchange']],
  ])('%s: %s', (_, text, key, expected) => {
    expect(names(extract(text), key)).toEqual(expected);
  });

  it.each([
    'Sen. Kay Morrow (D-N.C.) said the bill was dead.',
    'Rep. Jim Holt, R-Ky., said no.',
    'Sen. Ted Amble (R-TX) and Sen. Ron Vale (I-Vt.) trail in the poll.',
  ])('a party-state tag is never a name: %s', (text) => {
    const r = extract(text);
    expect(names(r, 'organizations')).toEqual([]);
    expect(names(r, 'places')).toEqual([]);
    for (const p of r.people) expect(p.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });

  it('an abbreviated honorific opens only a person’s name', () => {
    const r = extract('Sen. Rand Paul, R-Ky., told Fox News that polls could be way off.');
    expect(names(r, 'people')).toEqual(['Rand Paul']);
    expect(names(r, 'organizations')).toEqual(['Fox News']);
  });

  it.each([
    ['A crash closed Interstate 75 near Dayton for hours.', 'Interstate'],
    ['Traffic backed up on Highway 401 after the storm.', 'Highway'],
  ])('a numbered road is no organization: %s', (text, road) => {
    const r = extract(text);
    expect(r.organizations.flatMap((o) => o.mentions.map((m) => m.text)).some((m) => m.includes(road))).toBe(false);
    for (const p of r.places) if (p.name.includes(road)) expect(p.name).toMatch(/\d$/);
  });
});

describe('dotted acronyms', () => {
  it('stay one word when a hyphen joins them', () => {
    const words = wordsOf(analyze('She joined A.B.C.-D.E.F. last year.').tokens, () => 0);
    expect(words.map((w) => w.text)).toContain('A.B.C.-D.E.F.');
    const compound = words.find((w) => w.text === 'A.B.C.-D.E.F.')!;
    expect(compound.parts?.map((p) => p.text)).toEqual(['A.B.C.', '-', 'D.E.F.']);
  });

  it('are never cut into names', () => {
    const text = 'She joined A.B.C.-D.E.F. last year.';
    const start = text.indexOf('A.B.C.');
    const end = start + 'A.B.C.-D.E.F.'.length;
    const r = extract(text);
    for (const e of [...r.people, ...r.organizations, ...r.places]) for (const m of e.mentions) if (m.start < end && m.end > start) expect(m).toMatchObject({ start, end });
  });
});

describe('fixBoundaries on the tagger’s mistakes', () => {
  /** Tag `span` (the words of `name`) as `type` in `text`, fix it, and read the names back. */
  const fixed = (text: string, spans: [string, TaggedName['type']][]) => {
    const words = wordsOf(analyze(text).tokens, () => 0);
    const tagged: TaggedName[] = spans.map(([name, type]) => {
      const start = text.indexOf(name);
      const first = words.findIndex((w) => w.start === start);
      const last = words.findIndex((w) => w.end === start + name.length);
      return { first, last, start, end: start + name.length, type, margin: 1 };
    });
    return fixBoundaries(tagged, words).map((t) => `${text.slice(t.start, t.end)}/${t.type}`);
  };

  it.each<[string, string, [string, TaggedName['type']][], string[]]>([
    ['coordinated names are two', 'The senator met the FBI and the Department of Labor on Monday.', [['FBI and the Department of Labor', 'organization']], ['FBI/organization', 'Department of Labor/organization']],
    ['a long name joined by `and` stays', 'He leads the Department of Health and Human Services now.', [['Department of Health and Human Services', 'organization']], ['Department of Health and Human Services/organization']],
    ['`Office of the Director of X` is one name', 'He works at the Office of the Director of Rail Safety in Accra.', [['Rail Safety', 'organization']], ['Office of the Director of Rail Safety/organization']],
    ['`Speaker of the House` is a title before a name, not a name', 'Speaker of the House Dan Ferro said no.', [['House', 'organization'], ['Dan Ferro', 'person']], ['House/organization', 'Dan Ferro/person']],
    ['a dropped party adjective comes back', 'The Democratic Senatorial Campaign Committee said it would spend more.', [['Democratic', 'misc'], ['Senatorial Campaign Committee', 'organization']], ['Democratic Senatorial Campaign Committee/organization']],
    ['a nationality is not taken in', 'The Kenyan Ministry of Health said so.', [['Kenyan', 'misc'], ['Ministry of Health', 'organization']], ['Kenyan/misc', 'Ministry of Health/organization']],
    ['a paper and its bracketed town', 'He told The (Springfield, Ill.) Courier that he would run.', [['Springfield', 'place'], ['Ill.', 'place'], ['Courier', 'person']], ['The (Springfield, Ill.) Courier/organization']],
    ['`Minority Leader` is a role', 'Senate Minority Leader Harry Reid said no.', [['Senate Minority', 'organization'], ['Harry Reid', 'person']], ['Senate/organization', 'Harry Reid/person']],
    ['`One` opens the sentence, not the name', 'One State Department lawyer said no.', [['One State Department', 'organization']], ['State Department/organization']],
    ['`One Nation` alone stays whole', 'One Nation won two seats.', [['One Nation', 'organization']], ['One Nation/organization']],
    ['a road with its number is a place', 'A crash closed Interstate 75 near Dayton.', [['Interstate', 'organization']], ['Interstate 75/place']],
    ['a road word alone is no organization', 'The Interstate was closed.', [['Interstate', 'organization']], []],
    ['a party-state tag is no name', 'Sen. Kay Morrow (D-N.C.) said no.', [['Kay Morrow', 'person'], ['D-N.C.', 'organization']], ['Kay Morrow/person']],
    ['an abbreviated honorific makes a person', 'Sen. Rand Paul, R-Ky., said no.', [['Sen. Rand Paul', 'organization']], ['Sen. Rand Paul/person']],
    ['a unit of an organization and the organization are two', 'The Islamic Education Unit of the Ghana Education Service got books.', [['Islamic Education Unit of the Ghana Education Service', 'organization']], ['Islamic Education Unit/organization', 'Ghana Education Service/organization']],
    ['`Council of the European Union` stays whole', 'The Council of the European Union met.', [['Council of the European Union', 'organization']], ['Council of the European Union/organization']],
    ['a chain that is an organization of its own is not joined', 'He joined the Audit Committee of the Hong Kong Institute of Certified Public Accountants.', [['Audit Committee', 'organization'], ['Hong Kong Institute of Certified Public Accountants', 'organization']], ['Audit Committee/organization', 'Hong Kong Institute of Certified Public Accountants/organization']],
    ['`Kia Motor Corp of South Korea` says where', 'The car made by Kia Motor Corp of South Korea arrived.', [['Kia Motor Corp', 'organization'], ['South Korea', 'place']], ['Kia Motor Corp/organization', 'South Korea/place']],
    ['a party with a lower-case `party`', 'Voters like the Conservative party and the ruling Jubilee party.', [['Jubilee', 'misc']], ['Conservative party/organization', 'Jubilee party/organization']],
    ['a birthday party is none', 'It was a birthday party in Accra.', [['Accra', 'place']], ['Accra/place']],
  ])('%s', (_, text, spans, expected) => {
    expect(fixed(text, spans)).toEqual(expected);
  });
});
