/**
 * Golden files: the whole Extraction for each sample article. A behaviour change shows up
 * as a diff of test/fixtures/*.expected.json; regenerate on purpose with `UPDATE=1 npm test`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { sampleArticles } from './helpers.js';

const fixtures = join(import.meta.dirname, 'fixtures');

describe('golden extraction of the sample articles', () => {
  for (const { file, text } of sampleArticles()) {
    it(file, () => {
      const path = join(fixtures, file.replace(/\.txt$/, '.expected.json'));
      const actual = extract(text);
      if (!existsSync(path) && process.env.CI) throw new Error(`missing golden file ${path}: run UPDATE=1 npm test and commit it`);
      if (process.env.UPDATE === '1' || !existsSync(path)) writeFileSync(path, `${JSON.stringify(actual, null, 1)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }
});
