// Control characters (C0, DEL, C1) and the invisible ones that reorder or hide text (bidi
// overrides and isolates, marks, line and paragraph separators).
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * A file name or message as it may be shown on a terminal: control characters written as
 * escapes (`\x1b`, `\n`, `\u202e`), so a hostile file name cannot retitle, clear or reorder
 * the terminal, nor fake a line of output.
 */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
