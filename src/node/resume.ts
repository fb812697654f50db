import { statSync } from 'node:fs';
import { completeLines } from './lines.js';
import { OutputError } from './output.js';
import { printable } from './terminal.js';

/** `--resume` on an output that is not newsextract's JSONL: a usage error, before any work. */
export class ResumeError extends Error {
  constructor(message: string) {
    super(`newsextract: ${message}`);
    this.name = 'ResumeError';
  }
}

/** What an interrupted run left in its JSONL output. */
export interface EarlierRun {
  /** The article paths of its complete records. */
  done: Set<string>;
  /** Bytes up to the end of its last complete line. */
  complete: number;
  /** Bytes after it: a line the run was killed while writing (0 when it ended cleanly). */
  partial: number;
}

/**
 * Read the JSONL output of an earlier run of the same command (`--resume`): which articles it
 * holds, and where its last complete line ends. No file is an empty run. Every complete line
 * must be a newsextract record (an object with a string `path`); anything else is a
 * {@link ResumeError}, so that a run never appends to a file that is not its own.
 */
export async function readEarlierRun(path: string): Promise<EarlierRun> {
  const done = new Set<string>();
  if (!statSync(path, { throwIfNoEntry: false })) return { done, complete: 0, partial: 0 };
  const tail = { bytes: 0 };
  let complete = 0;
  try {
    for await (const line of completeLines(path, tail)) {
      let record: unknown;
      try {
        record = JSON.parse(line.text);
      } catch {
        record = undefined;
      }
      const at = (record as { path?: unknown } | undefined)?.path;
      if (typeof at !== 'string') throw new ResumeError(`--resume: line ${line.number} of ${printable(path)} is not a newsextract record; --resume appends only to the JSONL output of an earlier run`);
      done.add(at);
      complete = line.end;
    }
  } catch (e) {
    if (e instanceof ResumeError) throw e;
    // Reading the output failed (a folder, no permission): the output cannot be used.
    throw new OutputError(path, e as NodeJS.ErrnoException);
  }
  return { done, complete, partial: tail.bytes };
}
