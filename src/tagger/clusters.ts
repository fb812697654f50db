import { NerModelError, fnv, fromBase64, pushVarint, toBase64 } from './model.js';
import bundled from './word-clusters.json' with { type: 'json' };

/**
 * Word clusters learned from a news-scale corpus (`npm run train:clusters`, from word vectors):
 * a name the tagger never saw in training shares a cluster with names it did see. Each word has a
 * code of CLUSTER_LEVELS × CLUSTER_BITS bits; its leading bits are a coarser cluster. Shipped as a
 * table of word hashes (no text): sorted keys, delta-coded, then a 16-bit code each.
 */

export const CLUSTER_BITS = 4;
/** Levels of the tree (16 bits of code at most). */
export const CLUSTER_LEVELS = 4;

/** A word's cluster `level` levels deep (1 = the coarsest), from its full code; -1 when not in the table. */
export function clusterPrefix(code: number, level: number): number {
  return code < 0 ? -1 : code >> (CLUSTER_BITS * (CLUSTER_LEVELS - level));
}

/** The JSON envelope of the cluster table. */
export interface ClusterFile {
  format: 'newsextract-clusters';
  version: 1;
  entries: number;
  checksum: number;
  derivedFrom?: Record<string, unknown>;
  data: string;
}

/** The key of a word in the table: FNV-1a of its lower-cased form. */
export function wordKey(lower: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A read-only open-addressing table from word key to cluster code. */
export class ClusterTable {
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly codes: Uint16Array;
  private readonly used: Uint8Array;

  constructor(entries: number) {
    let capacity = 1;
    // Load factor at most 0.7: ~3.5 MB for the shipped table, short probes.
    while (capacity * 0.7 < entries) capacity <<= 1;
    this.mask = capacity - 1;
    this.keys = new Int32Array(capacity);
    this.codes = new Uint16Array(capacity);
    this.used = new Uint8Array(capacity);
  }

  private slot(key: number): number {
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.used[slot] === 1 && this.keys[slot] !== (key | 0)) slot = (slot + 1) & this.mask;
    return slot;
  }

  set(key: number, code: number): boolean {
    const slot = this.slot(key);
    if (this.used[slot] === 1) return false;
    this.keys[slot] = key | 0;
    this.codes[slot] = code;
    this.used[slot] = 1;
    return true;
  }

  /** The cluster code of a lower-cased word, or -1 when the corpus did not have it. */
  code(lower: string): number {
    return this.codeOfKey(wordKey(lower));
  }

  /** {@link code} by the word's key. */
  codeOfKey(key: number): number {
    const slot = this.slot(key);
    return this.used[slot] === 1 ? this.codes[slot]! : -1;
  }
}

/** Check and decode a cluster file; throws {@link NerModelError} on anything wrong. */
export function parseClusters(file: unknown): ClusterTable {
  const f = file as Partial<ClusterFile> | null;
  if (!f || f.format !== 'newsextract-clusters' || f.version !== 1 || typeof f.data !== 'string' || !Number.isInteger(f.entries)) throw new NerModelError('bad cluster table');
  const bytes = fromBase64(f.data);
  if (fnv(bytes) !== f.checksum) throw new NerModelError('cluster table checksum mismatch');
  const table = new ClusterTable(f.entries!);
  let p = 0;
  let key = 0;
  for (let k = 0; k < f.entries!; k++) {
    let delta = 0;
    for (let shift = 0; ; shift += 7) {
      if (p >= bytes.length || shift > 28) throw new NerModelError('cluster table is truncated');
      const b = bytes[p++]!;
      delta += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
    }
    key = (key + delta) >>> 0;
    if (p + 2 > bytes.length) throw new NerModelError('cluster table is truncated');
    if (!table.set(key, bytes[p]! | (bytes[p + 1]! << 8))) throw new NerModelError('duplicate key in cluster table');
    p += 2;
  }
  if (p !== bytes.length) throw new NerModelError('trailing bytes in cluster table');
  return table;
}

/** Write a table of word key → cluster code as a cluster file. */
export function encodeClusters(table: ReadonlyMap<number, number>, derivedFrom?: Record<string, unknown>): ClusterFile {
  const out: number[] = [];
  let previous = 0;
  for (const key of [...table.keys()].sort((a, b) => a - b)) {
    pushVarint(out, key - previous);
    previous = key;
    const code = table.get(key)!;
    out.push(code & 0xff, code >> 8);
  }
  const bytes = Uint8Array.from(out);
  return { format: 'newsextract-clusters', version: 1, entries: table.size, checksum: fnv(bytes), ...(derivedFrom ? { derivedFrom } : {}), data: toBase64(bytes) };
}

let clusters: ClusterTable | undefined;

/** The shipped cluster table, decoded on first use. */
export function bundledClusters(): ClusterTable {
  clusters ??= parseClusters(bundled);
  return clusters;
}
