/** renderHtml(): the article as a page, highlights grounded in the text, nothing from the article ever markup. */
import { describe, expect, it } from 'vitest';
import { extract, renderHtml } from '../src/index.js';
import { sampleArticles } from './helpers.js';

/** The article element's text as a reader sees it, speaker labels left out. */
function articleText(html: string): string {
  const body = /<article class="text">([\s\S]*)<\/article>/.exec(html)![1]!;
  return body
    .replace(/<span class="speaker">[\s\S]*?<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('renderHtml', () => {
  const { text } = sampleArticles()[0]!;
  const result = extract(text);
  const html = renderHtml(result, text);

  it('is the article, whole and unchanged, with every highlight grounded in it', () => {
    expect(articleText(html)).toBe(text);
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });

  it('highlights each kind of name, with the canonical name and aliases on hover', () => {
    const org = result.organizations.find((o) => o.aliases.length > 0)!;
    expect(html).toContain(`<mark class="organization" data-entity="${org.id}" title="${org.name.replace(/'/g, '&#39;')}\nalso: `);
    for (const type of ['person', 'organization', 'place']) expect(html).toContain(`<mark class="${type}" data-entity=`);
  });

  it('marks quotations with their speaker and lists the speakers with their counts', () => {
    const quoted = result.quotes.filter((q) => q.speaker?.entityId);
    expect(quoted.length).toBeGreaterThan(0);
    const speaker = result.people.find((p) => p.id === quoted[0]!.speaker!.entityId)!;
    expect(html).toContain(`data-speaker="${speaker.name}"`);
    const count = result.quotes.filter((q) => q.speaker?.entityId === speaker.id).length;
    expect(html).toContain(`<tr><td>${speaker.name}</td><td>${count}</td></tr>`);
  });

  it('shows markup in an article as text: no script, no image, no handler', () => {
    const hostile = 'Kofi Mensah said <script>alert(1)</script> and <img src=x onerror="alert(2)"> in Accra. "Tea & <b>cakes</b>," he said.';
    const page = renderHtml(extract(hostile), hostile, { title: '<script>x</script>' });
    expect(page).not.toMatch(/<script|<img|<b>|<[^>]*\bonerror=/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(articleText(page)).toBe(hostile);
  });

  it('rejects a text the result was not extracted from', () => {
    expect(() => renderHtml(result, text.replace(/\p{Lu}/gu, 'x'))).toThrow(TypeError);
  });

  it('renders an article without names or quotes', () => {
    const plain = 'nothing to see here.';
    const page = renderHtml(extract(plain), plain);
    expect(articleText(page)).toBe(plain);
    expect(page).toContain('No quotations.');
  });
});
