import { extract } from '../extract.js';
import type { Extraction, ExtractOptions } from '../types.js';

/** Piscina task: one article in, its Extraction out (plain JSON crosses the thread boundary). */
export default function run({ text, options }: { text: string; options: ExtractOptions }): Extraction {
  return extract(text, options);
}
