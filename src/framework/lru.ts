/** A Map that forgets its least recently used entries past `max`, so per-user state stays bounded. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.map.delete(oldest.value);
    }
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  get size(): number {
    return this.map.size;
  }
}

/** Remembers up to `max` keys: `first(key)` is true the first time a key is seen, then false. */
export class OnceSet {
  private readonly seen: Lru<string, true>;
  constructor(max: number) {
    this.seen = new Lru(max);
  }

  first(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.set(key, true);
    return true;
  }

  has(key: string): boolean {
    return this.seen.has(key);
  }
}
