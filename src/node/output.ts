import { mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** The CLI's output could not be written: where, and why, in one line. */
export class OutputError extends Error {
  constructor(
    readonly target: string,
    cause: { code?: string; message: string },
  ) {
    super(`newsextract: cannot write output: ${target}: ${describeCode(cause)}`);
    this.name = 'OutputError';
  }
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'is a file, not a directory',
  EISDIR: 'is a directory',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'name too long',
  EIO: 'input/output error',
};

function describeCode(cause: { code?: string; message: string }): string {
  const reason = (cause.code && REASONS[cause.code]) ?? cause.message;
  return cause.code ? `${reason} (${cause.code})` : reason;
}

/**
 * Create the directories above `path` one level at a time, then open it for writing; returns
 * the file descriptor. Node's recursive mkdir can spin forever on paths it cannot create (under
 * /proc), so the walk is ours: up to the first existing ancestor, which must be a directory.
 */
export function openOutput(path: string): number {
  const missing: string[] = [];
  let dir = dirname(path);
  for (;;) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(dir).isDirectory();
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code !== 'ENOENT') throw new OutputError(dir, err);
      missing.push(dir);
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
      continue;
    }
    if (!isDirectory) throw new OutputError(dir, { code: 'ENOTDIR', message: 'not a directory' });
    break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputError(d, e as NodeJS.ErrnoException);
    }
  }
  try {
    return openSync(path, 'w');
  } catch (e) {
    throw new OutputError(path, e as NodeJS.ErrnoException);
  }
}

/** EPIPE on standard output: whoever read it has gone (`| head -1`). */
export function isBrokenPipe(e: unknown): boolean {
  return !(e instanceof OutputError) && (e as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}
