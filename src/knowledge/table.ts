/**
 * A read-only string table over one text of sorted `key\tvalue` lines: an open-addressing hash
 * table of line offsets. Loading it is one pass over the text, and it holds that text and one
 * Int32Array — not a hundred thousand key strings and map entries.
 */
export class LineTable {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly text: string) {
    let lines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    let capacity = 1024;
    // Load factor at most 0.5: short probes.
    while (capacity < (lines + 1) * 2) capacity <<= 1;
    this.mask = capacity - 1;
    // Slot value: line start + 1; 0 is empty.
    this.slots = new Int32Array(capacity);
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', start);
      if (tab > start && tab < end) {
        let slot = hash(text, start, tab) & this.mask;
        while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
        this.slots[slot] = start + 1;
      }
      start = end + 1;
    }
  }

  /** The value of `key`, or undefined (keys hold no tab or newline). */
  get(key: string): string | undefined {
    const { text, slots, mask } = this;
    if (key.includes('\t') || key.includes('\n')) return undefined;
    for (let slot = hash(key, 0, key.length) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const start = slots[slot]! - 1;
      if (text.charCodeAt(start + key.length) !== 9 || !text.startsWith(key, start)) continue;
      const end = text.indexOf('\n', start);
      return text.slice(start + key.length + 1, end < 0 ? text.length : end);
    }
    return undefined;
  }
}

/** FNV-1a over `s[from, to)`. */
function hash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
