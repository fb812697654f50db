/**
 * Long texts are read in windows and merged as if read whole. These tests use small windows
 * on real sample text, so entities, quotes and dates cross window edges.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { extractInWindows, windowsOf } from '../src/windows.js';
import { sampleArticles, violations } from './helpers.js';

const texts = sampleArticles().map((a) => a.text);

describe('windowsOf', () => {
  const text = texts.join('\n\n');
  const windows = windowsOf(text, 2000);

  it('covers the text exactly, in order, each window at most the size', () => {
    expect(windows[0]!.start).toBe(0);
    expect(windows.at(-1)!.end).toBe(text.length);
    windows.forEach((w, i) => {
      expect(w.end - w.start).toBeLessThanOrEqual(2000);
      expect(w.end).toBeGreaterThan(w.start);
      if (i > 0) expect(w.start).toBe(windows[i - 1]!.end);
    });
  });

  it('ends windows at line breaks when there are any', () => {
    for (const w of windows.slice(0, -1)) expect(text[w.end - 1]).toBe('\n');
  });

  it('falls back to a space, then a hard cut that never splits a surrogate pair', () => {
    expect(windowsOf('word '.repeat(100), 64).every((w) => w.end - w.start <= 64)).toBe(true);
    const emoji = '😀'.repeat(100);
    for (const w of windowsOf(emoji, 33)) {
      expect(w.end - w.start).toBeLessThanOrEqual(33);
      expect(emoji.slice(w.start, w.end)).toMatch(/^(?:😀)+$/);
    }
  });
});

describe('extractInWindows', () => {
  it('gives sound results whose entities match reading the text whole', () => {
    for (const text of texts) {
      const whole = extract(text);
      const windowed = extractInWindows(text, {}, 1500);
      expect(violations(text, windowed)).toEqual([]);
      const names = (r: typeof whole) => [...r.people, ...r.organizations, ...r.places].map((e) => `${e.type}:${e.name}`).sort();
      // A window may see a name its neighbours do not (a surname whose full name is two windows
      // back joins it; a lone mention with no evidence may not be typed), so: nearly the same.
      const a = new Set(names(whole));
      const b = new Set(names(windowed));
      const shared = [...a].filter((n) => b.has(n)).length;
      expect(shared / Math.max(a.size, b.size)).toBeGreaterThan(0.75);
    }
  });

  it('joins a surname in a later window to the full name in an earlier one, and keeps two people sharing a surname apart', () => {
    const filler = 'The committee met again in the capital to review the budget for the coming year.\n'.repeat(12);
    const text = `Kofi Mensah, the finance minister, opened the session in Accra.\n${filler}Ama Mensah, a farmer, spoke after him.\n${filler}Mensah said the talks would continue. “We are close,” Mensah told reporters.\n`;
    const r = extractInWindows(text, {}, 900);
    expect(windowsOf(text, 900).length).toBeGreaterThan(2);
    expect(violations(text, r)).toEqual([]);
    const people = r.people.map((p) => p.name);
    expect(people).toContain('Kofi Mensah');
    expect(people).toContain('Ama Mensah');
    const quote = r.quotes.find((q) => q.text === 'We are close,');
    expect(quote?.speaker?.entityId).toBeDefined();
    expect(r.people.find((p) => p.id === quote!.speaker!.entityId)).toBeDefined();
  });

  it('anchors relative dates in later windows on the publication date stated at the top', () => {
    const filler = 'Officials said the plan would be published soon, and the opposition said it would study it.\n'.repeat(20);
    const text = `Published on March 3, 2021\n\nThe minister spoke in Accra.\n${filler}The vote is on Monday.\n`;
    const r = extractInWindows(text, {}, 800);
    expect(r.meta.published).toBe('2021-03-03');
    expect(r.dates.find((d) => d.text === 'Monday')?.value).toBe('2021-03-01');
  });
});
