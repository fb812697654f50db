import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '../src/index.js';

export const articlesDir = join(import.meta.dirname, '../examples/articles');

/** The bundled sample articles (copied from ../shared/articles), by file name. */
export function sampleArticles(): { file: string; text: string }[] {
  return readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(articlesDir, file), 'utf8') }));
}

export function names(r: Extraction, key: 'people' | 'organizations' | 'places'): string[] {
  return r[key].map((e) => e.name);
}

/** Every form an entity is known by: name, aliases and mention texts. */
export function formsOf(r: Extraction, key: 'people' | 'organizations' | 'places'): string[][] {
  return r[key].map((e) => [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]);
}
