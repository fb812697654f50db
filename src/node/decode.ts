import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Why a file could not be read as text. */
export class ArticleReadError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'binary' | 'encoding' | 'too-large' | 'unreadable' | 'parse',
    message: string,
  ) {
    super(`newsextract: ${path}: ${message}`);
    this.name = 'ArticleReadError';
  }
}

/** chardet's score (0–100) a legacy encoding needs before its decoding is even considered… */
export const MIN_DETECTION_CONFIDENCE = 60;
/** …and its lead over the next guess: two close guesses decode the same bytes differently. */
export const MIN_DETECTION_LEAD = 20;

/**
 * Bytes → text, or an `ArticleReadError`; never garbled text.
 *
 * 1. A UTF-16 byte-order mark: UTF-16 (LE or BE), which must decode without error to text (as in 4).
 * 2. NUL bytes in the first 8 KB: binary, refused.
 * 3. Valid UTF-8 (a BOM is stripped): UTF-8.
 * 4. Otherwise a legacy encoding only when chardet names one with confidence ≥ 60, 20 points
 *    ahead of its next guess, **and** the decoded text looks like text (as in 1): no
 *    replacement, private-use or unassigned characters, no control characters but tab, line
 *    breaks and form feed, more than half of its visible characters letters or digits — and,
 *    for a single-byte Latin decoding, none of mojibake's signatures: a word made only of
 *    accented letters (`ÿþÃ`), or UTF-8 read as Latin-1 (`Ã©`).
 *    Anything else is `encoding`: not valid UTF-8 and no encoding it could be read in.
 */
export function decodeText(path: string, bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    let text: string | undefined;
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      // reported below
    }
    if (text !== undefined && looksLikeText(text)) return text;
    throw new ArticleReadError(path, 'encoding', `starts with a ${utf16.toUpperCase()} byte-order mark but is not ${utf16.toUpperCase()} text`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new ArticleReadError(path, 'binary', 'looks binary (NUL bytes), not text');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const [best, next] = chardet.analyse(body).filter((g) => !/^UTF-(?:8|16|32)/i.test(g.name));
    const confident = best !== undefined && best.confidence >= MIN_DETECTION_CONFIDENCE && best.confidence - (next?.confidence ?? 0) >= MIN_DETECTION_LEAD;
    if (confident && iconv.encodingExists(best.name)) {
      const text = iconv.decode(Buffer.from(body), best.name);
      if (looksLikeText(text) && !MOJIBAKE.test(text)) return text;
    }
    throw new ArticleReadError(path, 'encoding', 'is not valid UTF-8 and its encoding could not be detected with confidence');
  }
}

// Two or more accented Latin-1 letters with no plain letter in the word, or UTF-8's lead bytes read as Latin-1.
const MOJIBAKE = /(?<![A-Za-z\u00C0-\u00FF])[\u00C0-\u00FF]{2,}(?![A-Za-z\u00C0-\u00FF])|[ÃÂ][\u0080-\u00BF]/;

/** Decoded text, not bytes read in the wrong encoding: no U+FFFD, control, private or unassigned characters; mostly letters and digits. */
function looksLikeText(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\uFFFD\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\p{Co}\p{Cn}]/u.test(text)) return false;
  const visible = text.replace(/\s+/g, '');
  const letters = visible.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return visible.length === 0 || letters * 2 > visible.length;
}
