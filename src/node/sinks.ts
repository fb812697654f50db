import type { Writable } from 'node:stream';
import { toRows, type Rows } from '../rows.js';
import type { Extraction } from '../types.js';
import { OutputStream } from './output.js';

/** Where the CLI's extraction records go: JSONL, one JSON array, or three CSV tables. */
export interface Sink {
  write(record: { path: string; result: Extraction; text?: string }): Promise<void>;
  close(): Promise<void>;
}

export const FIELDS = ['people', 'organizations', 'places', 'dates', 'quotes'] as const;
export type Field = (typeof FIELDS)[number];

export interface SinkOptions {
  format: 'jsonl' | 'json' | 'csv';
  out?: string;
  only: readonly Field[];
  includeText: boolean;
  /** Prefix spreadsheet-formula cells in CSV with `'` (see {@link csvCell}). */
  csvGuard: boolean;
}

/** The files a sink writes for these options (none for standard output). */
export function sinkFiles(options: SinkOptions): string[] {
  if (!options.out) return [];
  return options.format === 'csv' ? CSV_TABLES.map((t) => `${options.out}.${t}.csv`) : [options.out];
}

const CSV_TABLES = ['entities', 'mentions', 'quotes'] as const;

// Column order for CSV headers, matching toRows().
const COLUMNS: Record<(typeof CSV_TABLES)[number], string[]> = {
  entities: ['path', 'id', 'type', 'name', 'aliases', 'titles', 'mentions'],
  mentions: ['path', 'entityId', 'type', 'name', 'start', 'end', 'text'],
  quotes: ['path', 'start', 'end', 'kind', 'text', 'speaker', 'speakerEntityId', 'cue', 'confidence'],
};

/** Open the sink's files now, so that a bad path fails before any work. */
export function openSink(options: SinkOptions, stdout: Writable): Sink {
  if (options.format === 'csv') {
    const tables = CSV_TABLES.map((t) => ({ t, out: OutputStream.file(`${options.out}.${t}.csv`), header: false }));
    const header = async (table: (typeof tables)[number]) => {
      if (table.header) return;
      await table.out.write(`${COLUMNS[table.t].join(',')}\n`);
      table.header = true;
    };
    return {
      async write(record) {
        const rows: Rows = toRows(record.result, record.path);
        for (const table of tables) {
          await header(table);
          const list = rows[table.t] as unknown as Record<string, unknown>[];
          for (const row of list) await table.out.write(`${COLUMNS[table.t].map((c) => csvCell(row[c], options.csvGuard)).join(',')}\n`);
        }
      },
      async close() {
        for (const table of tables) {
          await header(table);
          await table.out.close();
        }
      },
    };
  }
  const target = options.out ? OutputStream.file(options.out) : OutputStream.stdout(stdout);
  let first = true;
  const project = (record: { path: string; result: Extraction; text?: string }) => {
    const out: Record<string, unknown> = { path: record.path, meta: record.result.meta };
    for (const f of options.only) out[f] = record.result[f];
    if (options.includeText) out.text = record.text ?? '';
    return out;
  };
  return {
    async write(record) {
      const json = JSON.stringify(project(record));
      if (options.format === 'jsonl') await target.write(`${json}\n`);
      else {
        await target.write(`${first ? '[\n' : ',\n'}${json}`);
        first = false;
      }
    },
    async close() {
      if (options.format === 'json') await target.write(first ? '[]\n' : '\n]\n');
      await target.close();
    },
  };
}

/**
 * One CSV cell. With `guard`, a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'`, so a spreadsheet shows it as text instead of running it as a
 * formula (OWASP's advice on CSV injection: a quote or name from a scraped page is untrusted
 * text). Numbers are never changed.
 */
export function csvCell(v: unknown, guard = true): string {
  let s = String(v ?? '');
  if (guard && typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
