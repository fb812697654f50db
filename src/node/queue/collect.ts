import { mkdtempSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkFileOutputs } from '../guard.js';
import { completeLines } from '../lines.js';
import { OutputStream, makeDirectories, writing } from '../output.js';
import { openSink, sinkFiles, type Sink } from '../sinks.js';
import { findFiles } from '../walk.js';
import type { ShardFailure } from './work.js';

/** Options of {@link collectShards}. */
export interface CollectOptions {
  /** The merged file (for CSV, the stem of its tables, as the CLI's `--out`). */
  out: string;
  /** As the CLI's: `jsonl` (default) and `json` keep each record byte for byte; `csv` writes the five tables. */
  format?: 'jsonl' | 'json' | 'csv';
  csvGuard?: boolean;
  bom?: boolean;
  /** Let `out` lie where the shards are read from (`DIR/**\/*.jsonl`). */
  allowOutputInInput?: boolean;
  /** Characters of records sorted in memory at once; beyond it, sorted runs go to a temporary folder beside `out` and are merged. Default 256 Mi. */
  memory?: number;
  /** Stop (Ctrl-C): `out` is then incomplete, and `stopped` says so. */
  signal?: AbortSignal;
}

/** What {@link collectShards} found and wrote. */
export interface CollectTotals {
  /** Result shards read; 0 when `dir` holds none, and then nothing is written. */
  shards: number;
  /** Records written: one per article. */
  records: number;
  /** Records dropped because another record of the same article was kept (a retried job's second result). */
  duplicates: number;
  /** Of those, how many differed from the record kept (the smallest one, byte for byte, is kept). */
  differing: number;
  /** Half-written last lines of shards whose worker was killed mid-write: not records (that article was redone elsewhere). */
  incomplete: number;
  /** Articles that failed every try and have no result. */
  failed: ShardFailure[];
  /** What was left out, and why: `FILE:LINE: not a newsextract record`, `FILE: cannot be read (EACCES)`. */
  skipped: string[];
  /** True when `signal` stopped it: the output is incomplete. */
  stopped: boolean;
}

/** One record on its way through the sort: its order key and its line. */
interface Entry {
  file: string;
  line: number;
  json: string;
}

/**
 * The CLI's order: by file path (code-unit order, as the walk sorts), then by line for the
 * records of a JSONL file (`b.jsonl#2` before `b.jsonl#10`). A plain sort of the paths would not
 * do: `#` sorts before most characters.
 */
function keyOf(path: string): { file: string; line: number } {
  const m = /^(.*\.jsonl)#([1-9][0-9]*)$/i.exec(path);
  return m ? { file: m[1]!, line: Number(m[2]) } : { file: path, line: 0 };
}

function compare(a: Entry, b: Entry): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  return a.json < b.json ? -1 : a.json > b.json ? 1 : 0;
}

// How many sorted runs are merged at once (each holds a file open).
const FAN_IN = 64;

/**
 * Merge the shards `queue work` wrote into `dir` (any depth: copy each machine's folder in)
 * into one output, as the CLI would have written it over the same input: one record per
 * article (a retried job's duplicates dropped), sorted like the CLI, each record as the worker
 * wrote it. Memory stays bounded on any corpus: past `memory`, sorted runs spill to a
 * temporary folder beside `out` and are merged. The output is checked against the shards
 * first, as the CLI checks outputs against inputs.
 *
 * @example
 * const totals = await collectShards('shards/', { out: 'results.jsonl' });
 */
export async function collectShards(dir: string, options: CollectOptions): Promise<CollectTotals> {
  const format = options.format ?? 'jsonl';
  const sinkOptions = { format, out: options.out, only: [], includeText: false, csvGuard: options.csvGuard ?? true, bom: options.bom === true };
  const found = await findFiles(dir, { extensions: ['jsonl'] });
  const shards = found.files.filter((f) => basename(f).startsWith('results-'));
  const failureFiles = found.files.filter((f) => basename(f).startsWith('failures-'));
  checkFileOutputs({ found: { ...found, files: [...shards, ...failureFiles] }, extensions: ['jsonl'] }, sinkFiles(sinkOptions), options.allowOutputInInput === true);
  const totals: CollectTotals = { shards: shards.length, records: 0, duplicates: 0, differing: 0, incomplete: 0, failed: [], skipped: [], stopped: false };
  if (shards.length === 0) return totals;

  /** Each record of a file: its line's JSON parsed, or, when it is not a record, noted in `skipped`; an unreadable file is one note. */
  async function* recordsOf(file: string, tail?: { bytes: number }): AsyncGenerator<{ value: { path: string }; text: string }> {
    try {
      for await (const { text, number } of completeLines(file, tail)) {
        let value: { path?: unknown } | undefined;
        try {
          value = JSON.parse(text) as { path?: unknown };
        } catch {
          value = undefined;
        }
        if (typeof value?.path === 'string') yield { value: value as { path: string }, text };
        else totals.skipped.push(`${file}:${number}: not a newsextract record`);
      }
    } catch (e) {
      totals.skipped.push(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }

  const failures = new Map<string, ShardFailure>();
  for (const file of failureFiles) for await (const { value } of recordsOf(file)) failures.set(value.path, value as ShardFailure);

  const memory = options.memory ?? 256 * 2 ** 20;
  let spill: string | undefined;
  const runs: string[] = [];
  let made = 0;
  let buffer: Entry[] = [];
  let buffered = 0;
  const writeRun = async (entries: AsyncIterable<Entry> | Iterable<Entry>) => {
    spill ??= writing(dirname(options.out), () => {
      makeDirectories(dirname(options.out));
      return mkdtempSync(join(dirname(options.out), `.${basename(options.out)}.collect-`));
    });
    const path = join(spill, `run-${made++}.tsv`);
    const run = OutputStream.file(path);
    // Key first, tab, then the record: JSON escapes tabs, so the first tab ends the key.
    for await (const e of entries) await run.write(`${JSON.stringify([e.file, e.line])}\t${e.json}\n`);
    await run.close();
    runs.push(path);
  };
  const stop = () => options.signal?.aborted === true;
  const sink: Sink = openSink(sinkOptions);
  try {
    reading: for (const shard of shards) {
      const tail = { bytes: 0 };
      for await (const { value, text } of recordsOf(shard, tail)) {
        if (stop()) break reading;
        buffer.push({ ...keyOf(value.path), json: text });
        buffered += text.length;
        if (buffered >= memory) {
          await writeRun(buffer.sort(compare));
          buffer = [];
          buffered = 0;
        }
      }
      if (tail.bytes > 0) totals.incomplete++;
    }
    buffer.sort(compare);
    let merged: AsyncIterable<Entry> | Iterable<Entry> = stop() ? [] : buffer;
    if (runs.length > 0 && !stop()) {
      if (buffer.length > 0) await writeRun(buffer);
      buffer = [];
      while (runs.length > FAN_IN) await writeRun(mergeRuns(runs.splice(0, FAN_IN)));
      merged = mergeRuns(runs);
    }
    let last: Entry | undefined;
    for await (const e of merged) {
      if (stop()) break;
      if (last && last.file === e.file && last.line === e.line) {
        totals.duplicates++;
        if (last.json !== e.json) totals.differing++;
        continue;
      }
      last = e;
      failures.delete(e.line > 0 ? `${e.file}#${e.line}` : e.file);
      await sink.writeJson(e.json);
      totals.records++;
    }
    await sink.close();
    totals.stopped = stop();
  } finally {
    if (spill) rmSync(spill, { recursive: true, force: true });
  }
  totals.failed = [...failures.values()].sort((a, b) => compare({ ...keyOf(a.path), json: '' }, { ...keyOf(b.path), json: '' }));
  return totals;
}

/** Sorted runs merged into one sorted stream (a binary heap over the runs' next entries). */
async function* mergeRuns(paths: string[]): AsyncGenerator<Entry> {
  const readers = paths.map((p) => completeLines(p)[Symbol.asyncIterator]());
  const heap: { entry: Entry; from: number }[] = [];
  const less = (i: number, j: number) => compare(heap[i]!.entry, heap[j]!.entry) < 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  const push = (item: { entry: Entry; from: number }) => {
    heap.push(item);
    for (let i = heap.length - 1; i > 0 && less(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
  };
  const pop = () => {
    const top = heap[0]!;
    const end = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = end;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(l, m)) m = l;
        if (r < heap.length && less(r, m)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
    return top;
  };
  const next = async (from: number) => {
    const r = await readers[from]!.next();
    if (r.done) return;
    const tab = r.value.text.indexOf('\t');
    const [file, line] = JSON.parse(r.value.text.slice(0, tab)) as [string, number];
    push({ entry: { file, line, json: r.value.text.slice(tab + 1) }, from });
  };
  for (let i = 0; i < readers.length; i++) await next(i);
  while (heap.length > 0) {
    const { entry, from } = pop();
    yield entry;
    await next(from);
  }
}
