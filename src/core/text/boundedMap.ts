/**
 * A memo `Map` that holds at most `limit` entries: it is cleared when full and filled again
 * from the next look-ups (a huge document of distinct keys costs the recomputation, never
 * unbounded memory). For keys that are pieces of a long text looked up in place, see
 * {@link TextTable}.
 */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Keeps `value` for `key`, after clearing the memo when it holds `limit` entries. */
  set(key: K, value: V): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }
}
