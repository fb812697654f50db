/**
 * The project's own scripts say what is wrong instead of failing silently or with a stack trace:
 * the build's last step names a promised file that was not written, and `npm run eval` without
 * its data names what is missing and exits 2.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

describe('build and eval scripts', () => {
  it('the build fails, naming the file, when a file package.json promises was not written (a .d.ts step that died)', () => {
    const pkg = mkdtempSync(join(tmpdir(), 'newsextract-outputs-'));
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } }, bin: { x: './dist/cli.js' } }));
    mkdirSync(join(pkg, 'dist'));
    writeFileSync(join(pkg, 'dist/index.js'), '');
    writeFileSync(join(pkg, 'dist/cli.js'), '');
    const missing = spawnSync('node', [join(root, 'test/build/outputs.mjs'), pkg], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/1 promised file\(s\) were not written:\n {2}\.\/dist\/index\.d\.ts\n/);
    writeFileSync(join(pkg, 'dist/index.d.ts'), '');
    expect(spawnSync('node', [join(root, 'test/build/outputs.mjs'), pkg]).status).toBe(0);
    // And this package's own build wrote everything it promises.
    execFileSync('node', [join(root, 'test/build/outputs.mjs')]);
  });

  it('npm run eval without its data says what is missing and exits 2', () => {
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'test/eval/run.ts')], { encoding: 'utf8', env: { ...process.env, NEWSEXTRACT_SHARED: join(tmpdir(), 'no-such-shared-folder') } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^npm run eval: the evaluation data is not at .*no-such-shared-folder: missing gold, articles, data\/polnear-train/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
