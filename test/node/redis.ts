/**
 * A throw-away Redis for the queue tests: Debian's redis-server on a free loopback port, no
 * persistence, stopped after. Without redis-server the tests that need it skip with a message,
 * except under CI (`CI` set; .ci/run installs it with apt-get), where they fail.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export const redisServer = [process.env.REDIS_SERVER, '/usr/bin/redis-server', '/usr/local/bin/redis-server', ...(process.env.PATH ?? '').split(':').map((d) => join(d, 'redis-server'))].find(
  (p): p is string => !!p && existsSync(p),
);
if (!redisServer) {
  if (process.env.CI) throw new Error('The queue tests need redis-server under CI: .ci/run installs it with apt-get (set REDIS_SERVER if it lives elsewhere).');
  console.warn('queue tests skipped: no redis-server found (apt-get install redis-server, or set REDIS_SERVER)');
}

/** A port nobody listens on now: bind to port 0, read what the system gave, let it go. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningRedis {
  url: string;
  stop(): Promise<void>;
}

function started(child: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      if (out.includes('Ready to accept connections')) done(true);
    };
    const done = (ok: boolean) => {
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
      resolve(ok);
    };
    const onExit = () => done(false);
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Start redis-server on a free loopback port (another port if one was taken meanwhile). */
export async function startRedis(): Promise<RunningRedis> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const child = spawn(redisServer!, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    if (!(await started(child))) continue;
    child.stdout!.resume();
    return {
      url: `redis://127.0.0.1:${port}`,
      stop: () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    };
  }
  throw new Error('redis-server did not start on any of 5 free ports');
}

/** A redis-server for the tests of the enclosing `describe`: started before them, stopped after. */
export function redisForTests(): () => RunningRedis {
  let redis: RunningRedis | undefined;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  return () => redis!;
}
