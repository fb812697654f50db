/**
 * A string-keyed memo with a budget in bytes: when what it holds would pass the budget, it
 * starts afresh. Memory stays bounded over any corpus, and since it only stores what a pure
 * function returned for a key, it never changes an answer.
 */
const NONE: unique symbol = Symbol('none');

export class Memo<V> {
  /** Values, with {@link NONE} standing for `undefined` so a hit costs one lookup. */
  private readonly map = new Map<string, V | typeof NONE>();
  private bytes = 0;

  /**
   * @param budget bytes the keys and values may take (estimated: UTF-16 keys plus `entryBytes` each).
   * @param entryBytes estimated bytes per entry besides its key: the map slot and the value.
   */
  constructor(
    private readonly budget: number,
    private readonly entryBytes = 64,
  ) {}

  /** The value for `key`, computed with `compute` on first use. */
  get(key: string, compute: (key: string) => V): V {
    const known = this.map.get(key);
    if (known !== undefined) return known === NONE ? (undefined as V) : known;
    const value = compute(key);
    const cost = this.entryBytes + 2 * key.length;
    if (this.bytes + cost > this.budget) {
      this.map.clear();
      this.bytes = 0;
    }
    this.map.set(key, value === undefined ? NONE : value);
    this.bytes += cost;
    return value;
  }
}
