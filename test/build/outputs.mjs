/**
 * Last build step (`npm run build`): every file package.json promises (exports, bin) must exist.
 * tsup writes the `.d.ts` files in a worker thread; when that thread dies (a busy machine short
 * of memory) tsup can exit 0 having written none, and the first sign was a type-check failing
 * later on `Could not find a declaration file`. Now the build itself fails, naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The package to check: this one, or the folder given (the test checks a made-up one).
const root = process.argv[2] ?? join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const promised = [];
const walk = (v) => (typeof v === 'string' ? promised.push(v) : v && typeof v === 'object' && Object.values(v).forEach(walk));
walk(pkg.exports);
walk(pkg.bin);
const missing = [...new Set(promised)].filter((p) => p.startsWith('./dist/') && !existsSync(join(root, p)));
if (missing.length) {
  console.error(`newsextract build: ${missing.length} promised file(s) were not written:\n${missing.map((p) => `  ${p}`).join('\n')}\nThe build step that writes them failed; its output above says why (npm run build shows it again).`);
  process.exit(1);
}
