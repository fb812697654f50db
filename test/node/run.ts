/** Running the built CLI as users run it: a subprocess, with its exit code, stdout and stderr. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** The CLI under test; NEWSEXTRACT_CLI points the same tests at another build (an older one, to see them fail). */
export const cli = process.env.NEWSEXTRACT_CLI ?? join(import.meta.dirname, '../../dist/node/cli.js');

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** `newsextract ...args`, with optional stdin, working directory, and a command to run it through (`['setpriv', …]`). */
export function newsextract(args: string[], options: { input?: string | Buffer; cwd?: string; via?: string[]; timeout?: number } = {}): Promise<Ran> {
  const [command, ...prefix] = options.via ?? ['node'];
  const argv = options.via ? [...prefix, 'node', cli, ...args] : [cli, ...args];
  return new Promise((resolve) => {
    const child = execFile(command!, argv, { maxBuffer: 256 * 1024 * 1024, timeout: options.timeout ?? 0, ...(options.cwd ? { cwd: options.cwd } : {}) }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
  });
}

/** One test per command line: each must be a usage error, exit 2, its message on stderr matching. */
export function refuses(cases: [args: string[], message: RegExp][]): void {
  it.each(cases)('%j is a usage error (exit 2)', async (args, message) => {
    const { code, stderr } = await newsextract(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  }, 30_000);
}
