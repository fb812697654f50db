import { workerData, type MessagePort } from 'node:worker_threads';
import { extract } from '../extract.js';
import type { Extraction, ExtractOptions } from '../types.js';

// A pool with time budgets loads the models (tagger weights, gazetteer, lexicon) now, while
// the thread starts, so that no article pays for them: the budget measures the article alone.
if ((workerData as { warm?: boolean } | undefined)?.warm) extract('Kofi Mensah said in Accra on Monday that “the talks will go on.”');

/**
 * Piscina task: one article in, its Extraction out (plain JSON crosses the thread boundary).
 * `started`, when given, is told the moment extraction begins (the pool's time budget starts then).
 */
export default function run({ text, options, started }: { text: string; options: ExtractOptions; started?: MessagePort }): Extraction {
  if (started) {
    started.postMessage('started');
    started.close();
  }
  return extract(text, options);
}
