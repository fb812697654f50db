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

/**
 * Bytes → text. UTF-8 (BOM stripped) when valid; UTF-16 by its BOM; otherwise the encoding
 * chardet detects, decoded by iconv-lite when it is confident. Binary files (NUL bytes in
 * the first 8 KB without a UTF-16 BOM) and undecodable bytes are errors, never garbage text.
 */
export function decodeText(path: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new ArticleReadError(path, 'binary', 'looks binary (NUL bytes), not text');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const guesses = chardet.analyse(body).filter((g) => g.confidence >= 50 && !/^UTF-(?:8|16|32)/i.test(g.name));
    const best = guesses[0];
    if (best && iconv.encodingExists(best.name)) return iconv.decode(Buffer.from(body), best.name);
    throw new ArticleReadError(path, 'encoding', 'is not valid UTF-8 and its encoding could not be detected');
  }
}
