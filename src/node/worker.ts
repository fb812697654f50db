import type { MessagePort } from 'node:worker_threads';
import { extract } from '../extract.js';
import type { Extraction, ExtractOptions } from '../types.js';

// Load the models (tagger weights, gazetteer, lexicon) now, while the thread starts, so that
// no article pays for them: a time budget then measures the article alone.
extract('Kofi Mensah said in Accra on Monday that “the talks will go on.”');

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
