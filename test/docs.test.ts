/**
 * The documentation's commands work as written: every `npx newsextract …` line of the README's
 * command blocks runs, in order, in a folder holding what the lines name (`corpus/`, `scrapes/`,
 * `feed.jsonl`, `article.txt`), through the built CLI (the README's `npx newsextract` is this
 * package's bin); the queue block against a redis-server of its own (its address in place of
 * the README's). The notebook guide's import works for a user: from a packed tarball, in Deno.
 * Every relative link of the README leads to a file.
 */
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesDir, sampleArticles } from './helpers.js';
import { redisForTests, redisServer } from './node/redis.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/node/cli.js');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The `sh` blocks of the README that run newsextract, their commands with comments dropped. */
function blocks(): string[][] {
  return [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
    .map((m) => m[1]!.split('\n').map((l) => l.replace(/\s+#\s.*$/, '').trim()).filter(Boolean))
    .filter((lines) => lines.some((l) => l.includes('npx newsextract')));
}

/** A folder with what the README's commands read. */
function workspace(): string {
  const d = mkdtempSync(join(tmpdir(), 'newsextract-readme-'));
  mkdirSync(join(d, 'corpus'));
  mkdirSync(join(d, 'scrapes/site'), { recursive: true });
  for (const a of sampleArticles()) copyFileSync(join(articlesDir, a.file), join(d, 'corpus', a.file));
  sampleArticles().slice(0, 2).forEach((a, i) => writeFileSync(join(d, 'scrapes/site', `page-${i}.html`), `<html><head><title>Page ${i}</title></head><body><article>${a.text.split('\n').filter(Boolean).map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`).join('')}</article></body></html>`));
  writeFileSync(join(d, 'article.txt'), sampleArticles()[1]!.text);
  writeFileSync(
    join(d, 'feed.jsonl'),
    [
      { text: sampleArticles()[2]!.text, title: 'Khamenei blames the MEK', url: 'https://news.example/1', date: '2018-01-09', author: 'Jo Mensah', section: 'World' },
      { text: 'Kofi Mensah, a spokesman for the National Union of Teachers, said in Accra that “the strike goes on.”', date: '2021-03-01', author: 'Ama Owusu' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
  return d;
}

/** Run one README line in `cwd`, `npx newsextract` being this package's CLI; returns stdout. */
function sh(line: string, cwd: string): string {
  return execSync(line.replaceAll('npx newsextract', `node ${JSON.stringify(cli)}`), { cwd, stdio: 'pipe', maxBuffer: 64 * 2 ** 20, shell: '/bin/sh' }).toString();
}

describe('the README’s commands, as written', () => {
  const [commandLine, glance, queue] = blocks();

  it('has the three blocks: command line, a corpus at a glance, past one machine', () => {
    expect(commandLine!.length).toBeGreaterThanOrEqual(5);
    expect(glance!.some((l) => l.includes('report'))).toBe(true);
    expect(queue!.map((l) => l.split(' ')[3])).toEqual(['add', 'work', 'status', 'collect']);
  });

  it('the command-line block: every line exits 0 and writes what its comment says', () => {
    const d = workspace();
    for (const line of commandLine!) sh(line, d);
    const results = readFileSync(join(d, 'results.jsonl'), 'utf8').trim().split('\n');
    expect(results).toHaveLength(sampleArticles().length);
    expect(readFileSync(join(d, 'people.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    for (const t of ['entities', 'mentions', 'quotes', 'dates', 'affiliations']) expect(readFileSync(join(d, `tables/corpus.${t}.csv`))[0]).toBe(0xef);
    const confident = readFileSync(join(d, 'confident.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { meta: Record<string, string>; quotes: { confidence: number }[] });
    expect(confident[0]!.meta).toMatchObject({ author: 'Jo Mensah', section: 'World', url: 'https://news.example/1' });
    for (const r of confident) for (const q of r.quotes) expect(q.confidence).toBeGreaterThanOrEqual(0.8);
  }, 300_000);

  it('the corpus-at-a-glance block: summaries and a report', () => {
    const d = workspace();
    const out = glance!.map((line) => sh(line, d));
    expect(out[0]).toMatch(/^5 articles\n/);
    expect(out[1]).toMatch(/quoting: .*Rajavi/);
    expect(existsSync(join(d, 'report/index.html'))).toBe(true);
  }, 300_000);

  describe.skipIf(!redisServer)('the queue block, against a redis-server of its own', () => {
    const server = redisForTests();

    it('queues, works, reports and collects the same file as `newsextract corpus/`', () => {
      const redis = server();
      const d = workspace();
      const lines = queue!.map((l) => l.replaceAll('redis://10.0.0.5:6379', redis.url));
      expect(lines.join('\n')).not.toBe(queue!.join('\n'));
      const out = lines.map((line) => sh(line, d));
      expect(JSON.parse(sh(`npx newsextract queue status --redis ${redis.url} --json`, d))).toEqual({ waiting: 0, active: 0, completed: 5, failed: 0 });
      expect(out[2]).toMatch(/^completed +5$/m);
      expect(readFileSync(join(d, 'results.jsonl'), 'utf8')).toBe(sh('npx newsextract corpus/', d));
    }, 300_000);
  });
});

describe('links and the notebook guide', () => {
  it('every relative link of the README leads to a file, docs/api.md among them', () => {
    const links = [...readme.matchAll(/\]\(((?!https?:)[^)#]+)\)/g)].map((m) => m[1]!);
    expect(links).toContain('docs/api.md');
    for (const link of links) expect(existsSync(join(root, link)), link).toBe(true);
  });

  it('docs/notebook.md imports what a user can import: its import line runs in Deno after the install it describes', () => {
    const guide = readFileSync(join(root, 'docs/notebook.md'), 'utf8');
    const imports = [...guide.matchAll(/^import .* from "([^"]+)";$/gm)].filter((m) => m[1]!.includes('newsextract'));
    expect(imports.length).toBeGreaterThan(0);
    // As the guide says: pack the built clone, install the tarball in the notebook's folder.
    const folder = mkdtempSync(join(tmpdir(), 'newsextract-notebook-user-'));
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', folder], { cwd: root, stdio: 'pipe' });
    const tarball = readdirSync(folder).find((f) => f.endsWith('.tgz'))!;
    writeFileSync(join(folder, 'package.json'), '{ "private": true }');
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', `./${tarball}`], { cwd: folder, stdio: 'pipe' });
    const script = `${imports.map((m) => m[0]).join('\n')}\nconst r = extract("“We will strike,” Kofi Mensah said in Accra.");\nconsole.log(r.people[0].name, toRows(r, "x").quotes[0].speaker);\n`;
    writeFileSync(join(folder, 'cell.ts'), script);
    const out = execFileSync(join(root, 'node_modules/.bin/deno'), ['run', '--allow-read', '--allow-env', '--allow-sys', 'cell.ts'], { cwd: folder, stdio: 'pipe', env: { ...process.env, DENO_NO_UPDATE_CHECK: '1' } }).toString();
    expect(out.trim()).toBe('Kofi Mensah Kofi Mensah');
  }, 300_000);
});
