import { createReadStream } from 'node:fs';

/** One line of a file, without its `\n`, and the byte offset just past that `\n`. */
export interface Line {
  text: string;
  /** 1-based line number. */
  number: number;
  end: number;
}

/**
 * The complete lines of a file (JSONL written by newsextract), in order; bytes after the last
 * `\n` (a line a killed process left half written) are not a line: `tail` reports how many
 * there were. Linear in the file's size whatever its line lengths: a long line's pieces are
 * joined once.
 */
export async function* completeLines(path: string, tail?: { bytes: number }): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let offset = 0;
  let number = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece;
      offset += pendingBytes + piece.length + 1;
      pending = [];
      pendingBytes = 0;
      yield { text: bytes.toString('utf8'), number: ++number, end: offset };
      start = nl + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
    }
  }
  if (tail) tail.bytes = pendingBytes;
}
