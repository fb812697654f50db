/**
 * The README's two set-up commands, run as a newcomer would: in a fresh copy of the repository
 * (the files git tracks or would track, nothing built, no node_modules). `npm install` must build
 * dist/, so the CLI and `require('newsextract')` work straight after it.
 */
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** The commands in the README's "Set up" block, comments dropped. */
function setUpCommands(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /## Set up\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);
}

function freshCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsextract-clone-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root }).toString().split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(root, f))) continue; // deleted in the work tree, not yet committed
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(root, f), join(dir, f));
  }
  return dir;
}

describe('README set-up on a fresh copy', () => {
  const commands = setUpCommands();
  const dir = freshCopy();
  // The npm cache from this machine's own install keeps it quick; the registry is still reachable.
  const env = { ...process.env, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  const sh = (command: string) => execSync(command, { cwd: dir, env, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 }).toString();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has exactly two commands: install + demo, and the tests', () => {
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/^npm install && npm run demo$/);
    expect(commands[1]).toBe('npm test');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  });

  it('the first installs, builds dist/ and prints the sample articles’ people, places and quotes', () => {
    const out = sh(commands[0]!);
    expect(out).toMatch(/=== 000_.*\.txt/);
    expect(out).toMatch(/People:\n {2}\S/);
    expect(out).toMatch(/Quotes:\n {2}\S/);
    expect(existsSync(join(dir, 'dist/index.js'))).toBe(true);
    expect(existsSync(join(dir, 'dist/node/cli.js'))).toBe(true);
  }, 600_000);

  it('after it, the CLI and both entry points work', () => {
    expect(sh('npx --no-install newsextract --help')).toMatch(/^Usage:/m);
    const line = sh('echo "“We will strike,” Kofi Mensah said in Accra." | node dist/node/cli.js -');
    expect(JSON.parse(line).people[0].name).toBe('Kofi Mensah');
    expect(sh(`node -e "console.log(require('newsextract').extract('Amina Diallo spoke in Dakar.').places[0].name)"`).trim()).toBe('Dakar');
    expect(sh(`node --input-type=module -e "import('newsextract/node').then((m) => console.log(typeof m.extractDirectory))"`).trim()).toBe('function');
  }, 120_000);

  it('the second builds, type-checks and runs the tests (here: the built-package tests)', () => {
    // The whole suite would run this file again; the command is the same, narrowed to one file.
    const out = sh(`${commands[1]} -- test/dist.test.ts`).replace(/\x1b\[[0-9;]*m/g, '');
    const count = readFileSync(join(import.meta.dirname, 'dist.test.ts'), 'utf8').match(/^\s+it\(/gm)!.length;
    expect(out).toMatch(new RegExp(`Tests\\s+${count} passed`));
    expect(out).not.toMatch(/failed/);
  }, 600_000);
});
