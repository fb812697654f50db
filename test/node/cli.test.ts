/**
 * The CLI as users run it: a subprocess on the built package (npm test builds first), over a
 * temp directory of good and bad files.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlesDir, sampleArticles, variedCorpus } from '../helpers.js';
import { cli, newsextract as run, type Ran } from './run.js';

/** The CLI with stdin and cwd as positional arguments, as these tests were written. */
function newsextract(args: string[], input?: string | Buffer, cwd?: string): Promise<Ran> {
  return run(args, { ...(input !== undefined ? { input } : {}), ...(cwd ? { cwd } : {}) });
}

/** A temp directory of `count` files `a0000.txt`, `a0001.txt`, … cycling through `texts` with `step`. */
function filesOf(prefix: string, texts: readonly string[], count: number, step = 1): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  for (let i = 0; i < count; i++) writeFileSync(join(d, `a${String(i).padStart(4, '0')}.txt`), texts[(i * step) % texts.length]!);
  return d;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsextract-cli-'));
  const [a, b] = sampleArticles();
  copyFileSync(join(articlesDir, a!.file), join(dir, a!.file));
  mkdirSync(join(dir, 'nested/deeper'), { recursive: true });
  copyFileSync(join(articlesDir, b!.file), join(dir, 'nested/deeper', b!.file));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'invalid-utf8.txt'), Buffer.from([0x4b, 0x6f, 0x66, 0x69, 0x20, 0xff, 0xfe, 0xfd, 0x80, 0x81]));
  // Detection would read this as windows-1257 mojibake (`ÿþÃ(…`) at low confidence: reported instead.
  writeFileSync(join(dir, 'mojibake.txt'), Buffer.concat([Buffer.from('Kofi Mensah said '), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' in Accra.')]));
  writeFileSync(join(dir, 'bom.md'), `\uFEFF${b!.text}`);
  writeFileSync(
    join(dir, 'page.html'),
    '<html><head><title>Teachers strike</title></head><body><nav>Home | News | Share this</nav><article><h1>Teachers strike</h1><p>Kofi Mensah, the chair of the National Union of Teachers (NUT), said: “We will strike on Monday in Nairobi, Mombasa and Kisumu.”</p><p>The union represents teachers across the country and called the strike over unpaid wages after months of talks.</p></article><footer>Exit mobile version</footer></body></html>',
  );
  writeFileSync(join(dir, 'records.jsonl'), `${JSON.stringify({ text: 'Amina Diallo said in Dakar on Monday that the talks had failed.', title: 'Talks fail', date: '2021-03-03' })}\n{"no_text": true}\n`);
});

describe('newsextract CLI', () => {
  it('writes one JSON line per article in path order, lists failures on stderr, exits 1', async () => {
    const { code, stdout, stderr } = await newsextract([dir, '--workers', '2']);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string; meta: object; people: { name: string }[]; places: { name: string }[]; quotes: unknown[] });
    const rel = lines.map((l) => l.path.slice(dir.length + 1));
    expect(rel).toEqual([...rel].sort());
    expect(rel).toEqual(expect.arrayContaining(['bom.md', 'empty.txt', 'page.html', 'records.jsonl#1', expect.stringMatching(/^nested\/deeper\//)]));
    for (const l of lines) expect(Object.keys(l)).toEqual(['path', 'meta', 'people', 'organizations', 'places', 'dates', 'quotes']);
    const html = lines.find((l) => l.path.endsWith('page.html'))!;
    expect(html.people.map((p) => p.name)).toContain('Kofi Mensah');
    expect(html.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Nairobi', 'Mombasa', 'Kisumu']));
    expect(html.meta).toMatchObject({ title: 'Teachers strike' });
    const record = lines.find((l) => l.path.endsWith('records.jsonl#1'))!;
    expect(record.meta).toMatchObject({ published: '2021-03-03', title: 'Talks fail' });
    const empty = lines.find((l) => l.path.endsWith('empty.txt'))!;
    expect(empty.people).toEqual([]);
    expect(stderr).toMatch(/binary\.txt: looks binary/);
    expect(stderr).toMatch(/records\.jsonl#2: has no string field "text"/);
    expect(stderr).toMatch(/invalid-utf8\.txt: is not valid UTF-8 and its encoding could not be detected/);
    expect(stderr).toMatch(/mojibake\.txt: is not valid UTF-8/);
    expect(stderr).toMatch(/4 file\(s\) failed/);
  }, 60_000);

  it('decodes a non-UTF-8 file by detection instead of failing or garbling', async () => {
    const d = mkdtempSync(join(tmpdir(), 'newsextract-latin-'));
    writeFileSync(join(d, 'latin1.txt'), Buffer.from('Le ministre Jos\xe9 Mart\xednez a parl\xe9 \xe0 Paris de la r\xe9forme des retraites et des salaires.', 'latin1'));
    const { code, stdout } = await newsextract([d]);
    expect(code).toBe(0);
    // The accented letters are Latin-1 bytes: the name comes out whole only if the file was decoded right.
    expect(JSON.parse(stdout).people.map((p: { name: string }) => p.name)).toContain('José Martínez');
    expect(stdout).not.toContain('\uFFFD');
  }, 30_000);

  it('gives identical results with 1 and 2 workers', async () => {
    const one = await newsextract([dir, '--workers', '1']);
    const two = await newsextract([dir, '--workers', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.length).toBeGreaterThan(1000);
  }, 60_000);

  it('refuses binary data on stdin as it refuses a binary file', async () => {
    const { code, stdout, stderr } = await newsextract(['-'], Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x47, 0x4e, 0x55]));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^ {2}-: looks binary \(NUL bytes\), not text$/m);
  }, 30_000);

  it('reads one article from stdin with -', async () => {
    const { code, stdout } = await newsextract(['-'], '“We will strike on Monday,” Kofi Mensah, the chair of the union, told reporters in Nairobi.');
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.path).toBe('-');
    expect(r.quotes[0].speaker.name).toBe('Kofi Mensah');
  }, 30_000);

  it('--only keeps the chosen fields; --format json writes one valid array', async () => {
    const { stdout } = await newsextract([join(articlesDir), '--format', 'json', '--only', 'people,quotes']);
    const arr = JSON.parse(stdout) as Record<string, unknown>[];
    expect(arr).toHaveLength(sampleArticles().length);
    for (const r of arr) expect(Object.keys(r)).toEqual(['path', 'meta', 'people', 'quotes']);
  }, 60_000);

  it('--format csv writes five tables with headers and quoted cells', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsextract-csv-')), 'tables/run');
    const { code } = await newsextract([articlesDir, '--format', 'csv', '--out', out]);
    expect(code).toBe(0);
    const entities = readFileSync(`${out}.entities.csv`, 'utf8').trim().split('\n');
    expect(entities[0]).toBe('path,id,type,name,aliases,titles,mentions');
    expect(entities.length).toBeGreaterThan(20);
    const quotes = readFileSync(`${out}.quotes.csv`, 'utf8');
    expect(quotes.split('\n')[0]).toBe('path,start,end,kind,text,speaker,speakerEntityId,cue,confidence,speakerAffiliations,speakerAffiliationIds,speakerRoles');
    expect(quotes).toMatch(/,"[^"]*, [^"]*",/);
    expect(readFileSync(`${out}.mentions.csv`, 'utf8').split('\n')[0]).toBe('path,entityId,type,name,start,end,text');
    const dates = readFileSync(`${out}.dates.csv`, 'utf8').trim().split('\n');
    expect(dates[0]).toBe('path,start,end,text,value');
    expect(dates).toContain(`${articlesDir}/000_880b43c4873f66a2.txt,656,669,December 2017,2017-12`);
    const affiliations = readFileSync(`${out}.affiliations.csv`, 'utf8').trim().split('\n');
    expect(affiliations[0]).toBe('path,personId,person,organizationId,organization,role,start,end,text');
    expect(affiliations.slice(1).some((r) => /,Maryam Rajavi,organization-\d+,National Council of Resistance of Iran,president-elect,\d+,\d+,/.test(r))).toBe(true);
    // A speaker tied to an organization carries it in the quotes table.
    const withTie = quotes.split('\n').filter((r) => /,National Council of Resistance of Iran,organization-\d+,/.test(r));
    expect(withTie.length).toBeGreaterThan(0);
    // No byte-order mark unless asked for.
    expect(readFileSync(`${out}.quotes.csv`)[0]).toBe('p'.charCodeAt(0));
  }, 60_000);

  it.each<[string[], RegExp]>([
    [[], /missing input/],
    [['a', 'b'], /one input expected/],
    [['x', '--format', 'xml'], /--format must be jsonl, json or csv/],
    [['x', '--format', 'csv'], /give --out FILE/],
    [['x', '--workers', '0'], /--workers must be a whole number/],
    [['x', '--only', 'people,colours'], /unknown: colours/],
    [['/definitely/not/here'], /no articles found/],
    [['summary', 'x', '--format', 'xml'], /summary --format must be table, csv or json/],
    [['summary', 'x', '--top', '0'], /--top must be a whole number/],
    [['summary', '-'], /not standard input/],
    [['report', 'x'], /report needs --out DIR/],
    [['summary', '/definitely/not/here'], /no articles found/],
  ])('usage error %j exits 2 with a helpful message', async (args, message) => {
    const { code, stderr } = await newsextract(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  }, 30_000);

  it('summary: the most quoted speakers and the organizations and places in the most articles, as a table, CSV or JSON', async () => {
    const table = await newsextract(['summary', articlesDir, '--top', '3']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^5 articles\n/);
    expect(table.stdout).toMatch(/^Quotes by people: women \d+% \(\d+\), men \d+% \(\d+\), gender not stated \d+% \(\d+\)$/m);
    expect(table.stdout).toMatch(/Top speakers\n  quotes  articles  speaker +gender +affiliation \/ titles/);
    // The organization all five articles name, under six names, is one line.
    expect(table.stdout).toMatch(/Top organizations \(by articles\)\n.*\n  5 +\d+ +People.s Mojahedin Organization of Iran\n/);
    const json = JSON.parse((await newsextract(['summary', articlesDir, '--format', 'json'])).stdout) as { speakers: { quotes: number }[]; places: { name: string; articles: number }[]; quotesByGender: { female: number; male: number; unknown: number } };
    // The sample articles quote women and men by name (Maryam Rajavi; Khamenei and regime officials).
    expect(json.quotesByGender.female).toBeGreaterThan(0);
    expect(json.quotesByGender.male).toBeGreaterThan(json.quotesByGender.female);
    expect(json.places[0]).toMatchObject({ name: 'Iran', articles: 5 });
    expect(json.speakers.map((s) => s.quotes)).toEqual([...json.speakers.map((s) => s.quotes)].sort((a, b) => b - a));
    const csv = (await newsextract(['summary', articlesDir, '--format', 'csv'])).stdout.trim().split('\n');
    expect(csv[0]).toBe('table,name,id,articles,mentions,quotes,organizations,titles,gender');
    expect(csv).toContain('places,Iran,place:iran,5,44,,,,');
  }, 60_000);

  it('report: index.html and one page per article, every name and quote grounded in the article text', async () => {
    const out = mkdtempSync(join(tmpdir(), 'newsextract-report-'));
    const { code, stderr } = await newsextract(['report', articlesDir, '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/report written to .*index\.html/);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toMatch(/<h1>5 articles<\/h1>/);
    for (let k = 1; k <= 5; k++) expect(index).toContain(`href="articles/000${k}.html"`);
    const page = readFileSync(join(out, 'articles/0001.html'), 'utf8');
    expect(page).toContain('<a href="../index.html">← corpus</a>');
    expect(page).toMatch(/<mark class="person" data-entity="person-\d+"/);
  }, 60_000);

  it('a directory called report is still an input', async () => {
    const d = mkdtempSync(join(tmpdir(), 'newsextract-cwd-'));
    mkdirSync(join(d, 'report'));
    writeFileSync(join(d, 'report', 'a.txt'), 'Kofi Mensah spoke in Accra.');
    const { code, stdout } = await newsextract(['report'], undefined, d);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).people[0].name).toBe('Kofi Mensah');
  }, 30_000);

  it('--help prints usage with examples and exits 0', async () => {
    const { code, stdout } = await newsextract(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage:/);
    expect(stdout).toMatch(/Examples:/);
  });

  it('Ctrl-C stops cleanly: everything written is valid JSONL', async () => {
    const big = filesOf('newsextract-big-', sampleArticles().map((a) => a.text), 400);
    const child = spawn('node', [cli, big, '--workers', '2']);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(400);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  }, 60_000);

  it('writes paths as given: a relative input gives relative paths', async () => {
    const { stdout } = await newsextract(['nested', '--only', 'people'], undefined, dir);
    const paths = stdout.trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path);
    expect(paths).toEqual([expect.stringMatching(/^nested\/deeper\/[^/]+\.txt$/)]);
  }, 30_000);

  it('--include-text adds the text the offsets index, also for HTML and JSONL input', async () => {
    const { stdout } = await newsextract([dir, '--include-text', '--workers', '1']);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string; text: string; people: { mentions: { start: number; end: number; text: string }[] }[] });
    const html = lines.find((l) => l.path.endsWith('page.html'))!;
    expect(html.text).toMatch(/^Teachers strike\n\nKofi Mensah, the chair/);
    for (const l of lines) for (const m of l.people.flatMap((p) => p.mentions)) expect(l.text.slice(m.start, m.end)).toBe(m.text);
    expect(lines.find((l) => l.path.endsWith('records.jsonl#1'))!.text).toBe('Amina Diallo said in Dakar on Monday that the talks had failed.');
  }, 60_000);

  // Whatever the environment answers for these (EACCES, EROFS, ENOENT…), the CLI says it in one
  // line naming the path and exits 3; none of them may hang or print a stack trace.
  it.each<[string, (d: string) => string]>([
    ['a directory that cannot be made (under /proc)', () => '/proc/1/newsextract-x/out.jsonl'],
    ['a path through a file', (d) => { writeFileSync(join(d, 'plain.txt'), 'x'); return join(d, 'plain.txt', 'out.jsonl'); }],
    ['an existing directory', (d) => d],
    ['a file system that refuses writes (sysfs)', () => '/sys/newsextract-out.jsonl'],
  ])('--out to %s: one line on stderr, exit 3', async (_label, target) => {
    const d = mkdtempSync(join(tmpdir(), 'newsextract-out-'));
    const out = target(d);
    let expected = '';
    try {
      openSync(out, 'w');
    } catch (e) {
      expected = (e as NodeJS.ErrnoException).code ?? '';
    }
    const { code, stdout, stderr } = await newsextract([join(articlesDir), '--out', out]);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^newsextract: cannot write output: \S+: [a-z ,/-]+ \(E[A-Z]+\)\n$/);
    if (expected && expected !== 'ENOENT') expect(stderr).toContain(`(${expected})`);
  }, 30_000);

  it('stops quietly when the reader of its output goes away (| head -1)', async () => {
    const big = filesOf('newsextract-pipe-', sampleArticles().map((a) => a.text), 200);
    const child = spawn('node', [cli, big, '--workers', '1']);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('over 300 files with duplicates: 1 and 2 workers agree line for line, and identical copies give identical results', async () => {
    const docs = variedCorpus();
    const copies = 320;
    const many = filesOf('newsextract-many-', docs, copies, 7);
    const one = await newsextract([many, '--workers', '1']);
    const two = await newsextract([many, '--workers', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const lines = one.stdout.trim().split('\n');
    expect(lines).toHaveLength(copies);
    const byText = new Map<string, string>();
    for (const line of lines) {
      const { path, ...rest } = JSON.parse(line) as { path: string };
      const text = docs[(Number(/a(\d+)\.txt$/.exec(path)![1]) * 7) % docs.length]!;
      const json = JSON.stringify(rest);
      if (byText.has(text)) expect(json).toBe(byText.get(text));
      else byText.set(text, json);
    }
    expect(byText.size).toBe(docs.length);
  }, 300_000);
});

describe('newsextract CLI: interrupts, workers, what reaches the terminal and the spreadsheet', () => {
  it.each<[NodeJS.Signals]>([['SIGINT'], ['SIGTERM']])('%s while reading standard input stops at once: exit 130, nothing extracted from the partial input', async (signal) => {
    const child = spawn('node', [cli, '-']);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // 1 MiB is more than a pipe holds: once the write completes, the CLI is reading standard input.
    await new Promise<void>((resolve) => child.stdin.write(`${'Kofi Mensah, the chair of the union, said on Monday in Accra that '.repeat(16_000)}`, () => resolve()));
    child.kill(signal);
    // stdin stays open: the CLI must not wait for its end.
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stdout).toBe('');
    expect(stderr).toBe('newsextract: interrupted while reading standard input; nothing extracted\n');
  }, 60_000);

  it('--workers above the cores is capped, with a note; --workers takes digits only', async () => {
    const d = filesOf('newsextract-workers-', ['Amina Diallo spoke in Dakar.'], 3);
    const { code, stdout, stderr } = await newsextract([d, '--workers', '999']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(3);
    expect(stderr).toMatch(/^newsextract: --workers 999 is more than the \d+ core\(s\) here; using \d+\n$/);
    for (const bad of ['1e1', '0x2', '2.0', '-1', ' 2', '0']) {
      const r = await newsextract([d, `--workers=${bad}`]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(/--workers must be a whole number ≥ 1/);
    }
  }, 60_000);

  it('file names with terminal escape sequences are shown escaped on stderr', async () => {
    const d = mkdtempSync(join(tmpdir(), 'newsextract-esc-'));
    const name = 'x\u001b]0;pwned\u0007\u001b[2J\u202e.txt';
    writeFileSync(join(d, name), Buffer.from([0x00, 0x01, 0x02]));
    const { code, stderr } = await newsextract([d]);
    expect(code).toBe(1);
    expect(stderr).toContain('x\\x1b]0;pwned\\x07\\x1b[2J\\u202e.txt: looks binary');
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
  }, 30_000);

  it('CSV cells that a spreadsheet would run as formulas get a leading quote, unless --no-csv-guard', async () => {
    const d = mkdtempSync(join(tmpdir(), 'newsextract-formula-'));
    writeFileSync(join(d, '=HYPERLINK("http---evil")+1.txt'), 'Amina Diallo spoke in Dakar.');
    const rel = await newsextract(['=HYPERLINK("http---evil")+1.txt', '--format', 'csv', '--out', 'out/rel'], undefined, d);
    expect(rel.code).toBe(0);
    expect(readFileSync(join(d, 'out/rel.entities.csv'), 'utf8').split('\n')[1]).toMatch(/^"'=HYPERLINK\(""http---evil""\)\+1\.txt",person-1,person,Amina Diallo,/);
    await newsextract(['=HYPERLINK("http---evil")+1.txt', '--format', 'csv', '--out', 'out/raw', '--no-csv-guard'], undefined, d);
    expect(readFileSync(join(d, 'out/raw.entities.csv'), 'utf8').split('\n')[1]).toMatch(/^"=HYPERLINK\(""http---evil""\)\+1\.txt",person-1,/);
  }, 60_000);
});
