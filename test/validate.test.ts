/** Bad values at the public API fail at the door: a TypeError in the library's words, never a crash inside or a page that runs a script. */
import { describe, expect, it } from 'vitest';
import { aggregate, extract, renderHtml, toRows, type Extraction } from '../src/index.js';
import { extractDirectory, loadArticles } from '../src/node/index.js';

const text = '“We will strike on Monday,” Kofi Mensah, the chair of the union, told reporters in Nairobi.';
const result = extract(text);

/** The result as it comes back from a JSONL file someone edited. */
function forged(edit: (r: Extraction) => void): Extraction {
  const r = JSON.parse(JSON.stringify(result)) as Extraction;
  edit(r);
  return r;
}

describe('renderHtml, toRows and aggregate check what they are given', () => {
  it('a forged entity type or quote kind is refused, not written into the page', () => {
    expect(result.people.length).toBeGreaterThan(0);
    expect(result.quotes.length).toBeGreaterThan(0);
    const type = forged((r) => ((r.people[0] as { type: string }).type = 'x"><script>alert(1)</script>'));
    const kind = forged((r) => ((r.quotes[0] as { kind: string }).kind = 'direct"><img src=x onerror=alert(1)>'));
    expect(() => renderHtml(type, text)).toThrow(/^newsextract: renderHtml\(\): people\[0\]\.type must be person, organization, place/);
    expect(() => renderHtml(kind, text)).toThrow(/^newsextract: renderHtml\(\): quotes\[0\]\.kind must be direct, indirect, mixed/);
    expect(() => toRows(kind)).toThrow(TypeError);
    expect(() => aggregate([{ article: 'a', result: type }])).toThrow(TypeError);
  });

  it.each<[string, () => unknown, RegExp]>([
    ['renderHtml(null)', () => renderHtml(null as never, text), /^newsextract: renderHtml\(\): expected an extract\(\) result, got null/],
    ['renderHtml(result, null)', () => renderHtml(result, null as never), /^newsextract: renderHtml\(\): text must be/],
    ['toRows(null)', () => toRows(null as never), /^newsextract: toRows\(\): expected an extract\(\) result, got null/],
    ['aggregate([{ result: {} }])', () => aggregate([{ result: {} }] as never), /^newsextract: aggregate\(\): item 0 must be \{ article: string, result \}/],
    ['aggregate([{ article, result: {} }])', () => aggregate([{ article: 'a', result: {} }] as never), /^newsextract: aggregate\(\): article "a": meta is not an object/],
    ['aggregate(null)', () => aggregate(null as never), /^newsextract: aggregate\(\): expected a list/],
  ])('%s throws a TypeError with the newsextract: prefix', (_label, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});

describe('extract() options', () => {
  it.each<[string, object, RegExp]>([
    ['dayFirst: "yes"', { dayFirst: 'yes' }, /^newsextract: options\.dayFirst must be a boolean, got string/],
    ['inferYearFromText: 1', { inferYearFromText: 1 }, /^newsextract: options\.inferYearFromText must be a boolean, got number/],
    ['published: "2021-02-30"', { published: '2021-02-30' }, /^newsextract: options\.published is not a calendar date: "2021-02-30"/],
    ['published: "n/a"', { published: 'n/a' }, /^newsextract: options\.published is not a calendar date/],
  ])('%s is a TypeError', (_label, options, message) => {
    expect(() => extract(text, options as never)).toThrow(TypeError);
    expect(() => extract(text, options as never)).toThrow(message);
  });

  it('a real date in any common form anchors relative dates', () => {
    for (const published of ['2021-03-03', '2021-03-03T09:00:00Z', 'March 3, 2021', '2024-02-29']) {
      expect(extract(text, { published }).meta.published).toBe(published === '2024-02-29' ? published : '2021-03-03');
    }
  });
});

describe('node API options', () => {
  it.each<[string, () => unknown, RegExp]>([
    ['workers: 1.5', () => extractDirectory('x', { workers: 1.5 }), /^newsextract: extractDirectory\(\): options\.workers must be a whole number ≥ 1, got 1\.5/],
    ['maxBytes: -1', () => extractDirectory('x', { maxBytes: -1 }), /options\.maxBytes must be a whole number of bytes/],
    ['extensions: ["*"]', () => extractDirectory('x', { extensions: ['*'] }), /options\.extensions must be/],
    ['includeText: "yes"', () => extractDirectory('x', { includeText: 'yes' as never }), /options\.includeText must be a boolean/],
  ])('extractDirectory with %s throws at once', (_label, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it('loadArticles checks its options on the first read', async () => {
    await expect(loadArticles('x', { concurrency: 0 }).next()).rejects.toThrow(/^newsextract: loadArticles\(\): options\.concurrency must be a whole number ≥ 1, got 0/);
  });
});
