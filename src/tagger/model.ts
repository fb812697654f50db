/**
 * The trained weights of the named-entity tagger: a sparse table from feature hash to one
 * weight per label. On disk it is a small JSON envelope around a base64 blob (sorted keys,
 * delta-coded; per key a bit mask of the labels it has weights for, then int16 weights).
 */

/** The tagger's labels: IOB2 over CoNLL's four types. MISC is learned and then dropped. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];

/** Thrown when a weights file is missing fields, truncated or altered. */
export class NerModelError extends Error {
  constructor(detail: string) {
    super(`newsextract: NER model is corrupt: ${detail}`);
    this.name = 'NerModelError';
  }
}

/** The JSON envelope of a weights file. */
export interface NerModelFile {
  format: 'newsextract-ner';
  version: 1;
  labels: string[];
  /** Weight = int16 value × scale. */
  scale: number;
  /** Number of feature keys in `data`. */
  entries: number;
  /** FNV-1a hash of the decoded bytes. */
  checksum: number;
  /** How the weights were made: corpus, epochs, scores; informational. */
  trainedOn?: Record<string, unknown>;
  data: string;
}

/** Anything that scores a token's features for every label. */
export interface Scorer {
  readonly labels: readonly string[];
  /** Add each feature's weights into `out` (one slot per label, zeroed by the caller). */
  score(features: readonly number[], out: Float64Array): void;
}

/**
 * The loaded, read-only model: an open-addressing hash table over feature keys whose slots hold
 * the key, a used mark and the weights together, so a lookup touches one place in memory.
 */
export class NerModel implements Scorer {
  private readonly mask: number;
  private readonly stride: number;
  private readonly ints: Int32Array;
  private readonly floats: Float32Array;

  constructor(
    readonly labels: readonly string[],
    capacity: number,
    readonly entries: number,
  ) {
    this.mask = capacity - 1;
    this.stride = labels.length + 2;
    const buffer = new ArrayBuffer(capacity * this.stride * 4);
    this.ints = new Int32Array(buffer);
    this.floats = new Float32Array(buffer);
  }

  /** Slot index (in 4-byte units) of `key`, or of the empty slot where it would go. */
  private slot(key: number): number {
    const { ints, stride, mask } = this;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const at = slot * stride;
      if (ints[at + 1] === 0 || ints[at] === (key | 0)) return at;
      slot = (slot + 1) & mask;
    }
  }

  /** Store a key's weights; false if the key is already there. */
  set(key: number, weights: ArrayLike<number>): boolean {
    const at = this.slot(key);
    if (this.ints[at + 1] === 1) return false;
    this.ints[at] = key | 0;
    this.ints[at + 1] = 1;
    for (let l = 0; l < this.labels.length; l++) this.floats[at + 2 + l] = weights[l]!;
    return true;
  }

  score(features: readonly number[], out: Float64Array): void {
    const n = this.labels.length;
    const { ints, floats } = this;
    for (let k = 0; k < features.length; k++) {
      const at = this.slot(features[k]!);
      if (ints[at + 1] === 0) continue;
      for (let l = 0; l < n; l++) out[l]! += floats[at + 2 + l]!;
    }
  }
}

/** FNV-1a of bytes: the checksum of the files the tagger ships. */
export function fnv(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

export function fromBase64(s: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(s);
  } catch {
    throw new NerModelError('data is not base64');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

/** Check and decode a weights file (the parsed JSON). Throws {@link NerModelError} on anything wrong. */
export function parseModel(file: unknown): NerModel {
  const f = file as Partial<NerModelFile> | null;
  if (!f || typeof f !== 'object') throw new NerModelError('not an object');
  if (f.format !== 'newsextract-ner' || f.version !== 1) throw new NerModelError(`unknown format ${String(f.format)} v${String(f.version)}`);
  if (!Array.isArray(f.labels) || f.labels.length === 0 || f.labels.length > 16 || !f.labels.every((l) => typeof l === 'string')) throw new NerModelError('bad labels');
  if (typeof f.scale !== 'number' || !(f.scale > 0) || typeof f.entries !== 'number' || !Number.isInteger(f.entries) || f.entries < 0 || typeof f.data !== 'string')
    throw new NerModelError('missing scale, entries or data');
  const bytes = fromBase64(f.data);
  if (fnv(bytes) !== f.checksum) throw new NerModelError('checksum mismatch');
  const n = f.labels.length;
  let capacity = 1;
  // Load factor at most 0.7: short probes, and a table that stays small enough to cache well.
  while (capacity * 0.7 < f.entries) capacity <<= 1;
  const model = new NerModel(f.labels, capacity, f.entries);
  const weights = new Float64Array(n);
  let p = 0;
  let key = 0;
  const byte = () => {
    if (p >= bytes.length) throw new NerModelError('data is truncated');
    return bytes[p++]!;
  };
  for (let row = 0; row < f.entries; row++) {
    let delta = 0;
    for (let shift = 0; ; shift += 7) {
      const b = byte();
      delta += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      if (shift > 28) throw new NerModelError('bad key');
    }
    key = (key + delta) >>> 0;
    const labelMask = byte() | (byte() << 8);
    for (let l = 0; l < n; l++) {
      if (!(labelMask & (1 << l))) {
        weights[l] = 0;
        continue;
      }
      const v = byte() | (byte() << 8);
      weights[l] = (v >= 0x8000 ? v - 0x10000 : v) * f.scale;
    }
    if (!model.set(key, weights)) throw new NerModelError('duplicate key');
  }
  if (p !== bytes.length) throw new NerModelError('trailing bytes');
  return model;
}

/** Append `n` (≥ 0) in 7-bit groups, low first, high bit set on all but the last: sorted keys' gaps are small. */
export function pushVarint(out: number[], n: number): void {
  do {
    out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
}

/**
 * Write weights (feature key → one weight per label) as a weights file. Weights are
 * quantized to int16; those that round to zero are dropped, and keys left with none.
 */
export function encodeModel(labels: readonly string[], table: ReadonlyMap<number, ArrayLike<number>>, trainedOn?: Record<string, unknown>): NerModelFile {
  let max = 0;
  for (const w of table.values()) for (let l = 0; l < labels.length; l++) max = Math.max(max, Math.abs(w[l]!));
  const scale = max > 0 ? max / 32767 : 1;
  const out: number[] = [];
  let previous = 0;
  let entries = 0;
  for (const key of [...table.keys()].sort((a, b) => a - b)) {
    const w = table.get(key)!;
    const q = Array.from({ length: labels.length }, (_, l) => Math.round(w[l]! / scale));
    let labelMask = 0;
    q.forEach((v, l) => {
      if (v !== 0) labelMask |= 1 << l;
    });
    if (labelMask === 0) continue;
    pushVarint(out, key - previous);
    previous = key;
    out.push(labelMask & 0xff, labelMask >> 8);
    for (const v of q) if (v !== 0) out.push(v & 0xff, (v >> 8) & 0xff);
    entries++;
  }
  const bytes = Uint8Array.from(out);
  return { format: 'newsextract-ner', version: 1, labels: [...labels], scale, entries, checksum: fnv(bytes), ...(trainedOn ? { trainedOn } : {}), data: toBase64(bytes) };
}
