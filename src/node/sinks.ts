import type { Writable } from 'node:stream';
import { toRows, type Rows } from '../rows.js';
import type { Extraction } from '../types.js';
import { confidentQuotes } from './filters.js';
import { OutputStream } from './output.js';

/** Where the CLI's extraction records go: JSONL, one JSON array, or five CSV tables. */
export interface Sink {
  write(record: { path: string; result: Extraction; text?: string }): Promise<void>;
  /** One record already written as JSON by a sink like this one (a queue shard's line): passed through unchanged to JSONL and JSON, read into rows for CSV. */
  writeJson(json: string): Promise<void>;
  /** Wait until what was written is on the disk (see `OutputStream.sync`). */
  sync(): Promise<void>;
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
  /** Start each CSV table with a byte-order mark, so spreadsheet programs read it as UTF-8. */
  bom?: boolean;
  /** Keep only quotes at least this sure (see {@link confidentQuotes}). Default 0: all. */
  minConfidence?: number;
  /** Write after what `out` holds (`--resume`; JSONL only). */
  append?: boolean;
}

/** A byte-order mark: without it, Excel reads a CSV file as the system's legacy code page and shows `“` as `â€œ`. */
export const BOM = '\uFEFF';

/** The files a sink writes for these options (none for standard output). */
export function sinkFiles(options: SinkOptions): string[] {
  if (!options.out) return [];
  return options.format === 'csv' ? CSV_TABLES.map((t) => `${options.out}.${t}.csv`) : [options.out];
}

export const CSV_TABLES = ['entities', 'mentions', 'quotes', 'dates', 'affiliations'] as const;

// Column order for CSV headers, matching toRows(); new columns go last, so scripts that read columns by position keep working.
const COLUMNS: Record<(typeof CSV_TABLES)[number], string[]> = {
  entities: ['path', 'id', 'type', 'name', 'aliases', 'titles', 'mentions'],
  mentions: ['path', 'entityId', 'type', 'name', 'start', 'end', 'text'],
  quotes: ['path', 'start', 'end', 'kind', 'text', 'speaker', 'speakerEntityId', 'cue', 'confidence', 'speakerAffiliations', 'speakerAffiliationIds', 'speakerRoles'],
  dates: ['path', 'start', 'end', 'text', 'value'],
  affiliations: ['path', 'personId', 'person', 'organizationId', 'organization', 'role', 'start', 'end', 'text'],
};

/** A JSON line of a sink read back: the record for `Sink.write`. */
function fromJson(json: string): { path: string; result: Extraction } {
  const { path, ...result } = JSON.parse(json) as { path: string } & Extraction;
  return { path, result };
}

/** Open the sink's files now, so that a bad path fails before any work. Without `out`, it writes to `stdout`. */
export function openSink(options: SinkOptions, stdout?: Writable): Sink {
  const confident = (result: Extraction) => confidentQuotes(result, options.minConfidence ?? 0);
  if (options.format === 'csv') {
    const tables = CSV_TABLES.map((t) => ({ t, out: OutputStream.file(`${options.out}.${t}.csv`), header: false }));
    const header = async (table: (typeof tables)[number]) => {
      if (table.header) return;
      await table.out.write(`${options.bom ? BOM : ''}${COLUMNS[table.t].join(',')}\n`);
      table.header = true;
    };
    return {
      async write(record) {
        const rows: Rows = toRows(confident(record.result), record.path);
        for (const table of tables) {
          await header(table);
          const list = rows[table.t] as unknown as Record<string, unknown>[];
          for (const row of list) await table.out.write(`${COLUMNS[table.t].map((c) => csvCell(row[c], options.csvGuard)).join(',')}\n`);
        }
      },
      writeJson(json) {
        return this.write(fromJson(json));
      },
      async sync() {
        for (const table of tables) await table.out.sync();
      },
      async close() {
        for (const table of tables) {
          await header(table);
          await table.out.close();
        }
      },
    };
  }
  if (!options.out && !stdout) throw new TypeError('newsextract: openSink(): give options.out or a stream to write to');
  const target = options.out ? OutputStream.file(options.out, { append: options.append === true }) : OutputStream.stdout(stdout!);
  let first = true;
  const project = (record: { path: string; result: Extraction; text?: string }) => {
    const result = confident(record.result);
    const out: Record<string, unknown> = { path: record.path, meta: result.meta };
    for (const f of options.only) out[f] = result[f];
    if (options.includeText) out.text = record.text ?? '';
    return out;
  };
  return {
    write(record) {
      return this.writeJson(JSON.stringify(project(record)));
    },
    async writeJson(json) {
      if (options.format === 'jsonl') await target.write(`${json}\n`);
      else {
        await target.write(`${first ? '[\n' : ',\n'}${json}`);
        first = false;
      }
    },
    sync() {
      return target.sync();
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
