import { MessageChannel } from 'node:worker_threads';
import Piscina from 'piscina';
import type { Extraction, ExtractOptions } from '../types.js';

/** An article that was still being extracted when its time budget ran out (its thread was stopped). */
export class TimeBudgetError extends Error {
  constructor(readonly seconds: number) {
    super(`newsextract: extraction took longer than the time budget of ${seconds} s; its thread was stopped`);
    this.name = 'TimeBudgetError';
  }
}

/** Worker threads that extract (piscina). */
export class ExtractionPool {
  private readonly pool: Piscina;

  /**
   * With `warm`, each thread loads the models as it starts (see worker.ts), so that a time
   * budget measures the article alone; without, the first article a thread takes loads them
   * (a short run then starts no more work than it needs).
   */
  constructor(threads: number, options: { warm?: boolean } = {}) {
    this.pool = new Piscina({ filename: new URL('./worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads, workerData: { warm: options.warm === true } });
  }

  /**
   * Extract `text` on a thread. With `budgetSeconds`, a thread still on the article that long
   * after it started it (time waiting for a thread does not count) is terminated, a fresh one
   * takes its place, and the promise rejects with {@link TimeBudgetError}: extraction is
   * synchronous, so stopping the thread is the only way to stop it.
   */
  async run(text: string, options: ExtractOptions, budgetSeconds?: number): Promise<Extraction> {
    if (budgetSeconds === undefined) return (await this.pool.run({ text, options })) as Extraction;
    const { port1, port2 } = new MessageChannel();
    const stop = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    port1.once('message', () => (timer = setTimeout(() => stop.abort(), budgetSeconds * 1000)));
    try {
      return (await this.pool.run({ text, options, started: port2 }, { signal: stop.signal, transferList: [port2] })) as Extraction;
    } catch (e) {
      throw stop.signal.aborted ? new TimeBudgetError(budgetSeconds) : e;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
