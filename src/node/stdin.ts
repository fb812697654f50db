/** Standard input, whole; undefined when `signal` fires first (the stream is then let go, so the process can exit). */
export function readStdin(stream: NodeJS.ReadableStream, signal?: AbortSignal): Promise<Buffer | undefined> {
  if (signal?.aborted) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const onData = (c: Buffer | string) => chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
    const done = (value: Buffer | undefined, error?: Error) => {
      stream.off('data', onData);
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve(value);
    };
    const onAbort = () => {
      stream.pause();
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      done(undefined);
    };
    stream.on('data', onData);
    stream.once('end', () => done(Buffer.concat(chunks)));
    stream.once('error', (e: Error) => done(undefined, e));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
