import type { Span } from '../span.js';

/**
 * Scraped articles put one paragraph (or caption, or headline) per line; blank lines
 * are decoration. Every non-blank line is a paragraph, trimmed of surrounding spaces.
 */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10 /* \n */) {
      let s = lineStart;
      let e = i;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > s) out.push({ start: s, end: e });
      lineStart = i + 1;
    }
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0x200b;
}
