import { createWriteStream, fdatasync, mkdirSync, openSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { printable } from './terminal.js';

/**
 * Everything the CLI writes (JSONL, JSON, CSV tables, report pages) goes through this module,
 * so every write error becomes one {@link OutputError}: one line, exit code 3.
 */

/** The CLI's output could not be written: where, and why, in one line. */
export class OutputError extends Error {
  constructor(
    readonly target: string,
    cause: { code?: string; message: string },
  ) {
    super(`newsextract: cannot write output: ${printable(target)}: ${describeCode(cause)}`);
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
  EFBIG: 'file too large',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'name too long',
  EIO: 'input/output error',
  EEXIST: 'already exists',
  ENOTEMPTY: 'folder not empty',
  EXDEV: 'on another file system',
};

function describeCode(cause: { code?: string; message: string }): string {
  const reason = (cause.code && REASONS[cause.code]) ?? cause.message.split('\n')[0]!;
  return cause.code ? `${reason} (${cause.code})` : reason;
}

/** Run a file-system call; its failure becomes an OutputError naming `target`. */
export function writing<T>(target: string, action: () => T): T {
  try {
    return action();
  } catch (e) {
    if (e instanceof OutputError) throw e;
    throw new OutputError(target, e as NodeJS.ErrnoException);
  }
}

/**
 * Create `dir` and the folders above it one level at a time, up to the first that exists, which
 * must be a folder. Node's recursive mkdir can spin forever on paths it cannot create (under
 * /proc), so the walk is ours.
 */
export function makeDirectories(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; ; ) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(d).isDirectory();
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code !== 'ENOENT') throw new OutputError(d, err);
      missing.push(d);
      const up = dirname(d);
      if (up === d) break;
      d = up;
      continue;
    }
    if (!isDirectory) throw new OutputError(d, { code: 'ENOTDIR', message: 'not a directory' });
    break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputError(d, e as NodeJS.ErrnoException);
    }
  }
}

/** Create the folders above `path`, then open it for writing (or appending); returns the file descriptor. */
export function openOutput(path: string, append = false): number {
  makeDirectories(dirname(path));
  return writing(path, () => openSync(path, append ? 'a' : 'w'));
}

/** Cut a file to its first `bytes` (`--resume` drops a last line the killed run left half written). */
export function truncateOutput(path: string, bytes: number): void {
  writing(path, () => truncateSync(path, bytes));
}

/** Write a whole file (a report page) at once. */
export function writeOutputFile(path: string, data: string): void {
  writing(path, () => writeFileSync(path, data));
}

export const STDOUT = 'standard output';

/**
 * A stream the CLI writes to, chunk by chunk: a file opened now (so a bad path fails before any
 * work) or standard output. Each write waits for its callback, so an error surfaces at the write
 * that caused it.
 */
export class OutputStream {
  private constructor(
    readonly path: string,
    private readonly stream: Writable,
    private readonly fd?: number,
  ) {
    stream.on('error', () => {}); // reported through the write callbacks
  }

  /** A file, created or truncated; with `append`, written after what it holds. */
  static file(path: string, options: { append?: boolean } = {}): OutputStream {
    const fd = openOutput(path, options.append === true);
    return new OutputStream(path, createWriteStream('', { fd }), fd);
  }

  static stdout(stream: Writable): OutputStream {
    return new OutputStream(STDOUT, stream);
  }

  /** Write one chunk; a failure is an OutputError naming the target (EPIPE on stdout stays itself: see {@link isBrokenPipe}). */
  write(chunk: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.stream.write(chunk, (err?: NodeJS.ErrnoException | null) => {
        if (!err) resolve();
        else reject(err.code === 'EPIPE' && this.path === STDOUT ? err : new OutputError(this.path, err));
      });
    });
  }

  /**
   * Wait until what was written is on the disk, not only in the system's cache (a queue worker
   * says a job is done only after its result would survive a power cut). Standard output: a no-op.
   */
  sync(): Promise<void> {
    const fd = this.fd;
    if (fd === undefined) return Promise.resolve();
    return new Promise((resolve, reject) => fdatasync(fd, (err) => (err ? reject(new OutputError(this.path, err)) : resolve())));
  }

  /** Flush and close a file (standard output stays open). */
  close(): Promise<void> {
    if (this.path === STDOUT) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.stream.once('error', (err: NodeJS.ErrnoException) => reject(new OutputError(this.path, err)));
      this.stream.end(() => resolve());
    });
  }
}

/** EPIPE on standard output: whoever read it has gone (`| head -1`). */
export function isBrokenPipe(e: unknown): boolean {
  return !(e instanceof OutputError) && (e as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}
