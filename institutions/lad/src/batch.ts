/**
 * A per-request batch loader: every `load` made while a level of the query resolves is collected and fetched
 * with one call, after the promises of that level have settled (DataLoader's scheduling). Results are cached
 * for the request. A few lines instead of a dependency: the subgraph keeps to the packages in its package.json.
 */
export class BatchLoader<K, V> {
  private queue: { key: K; resolve: (value: V) => void; reject: (err: unknown) => void }[] = [];
  private readonly cache = new Map<string, Promise<V>>();

  /** `fetch` returns one value per key, in the keys' order. */
  constructor(
    private readonly fetch: (keys: K[]) => Promise<V[]>,
    private readonly cacheKey: (key: K) => string = (key) => String(key),
  ) {}

  load(key: K): Promise<V> {
    const id = this.cacheKey(key);
    const cached = this.cache.get(id);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      if (this.queue.length === 0) Promise.resolve().then(() => process.nextTick(() => void this.dispatch()));
      this.queue.push({ key, resolve, reject });
    });
    this.cache.set(id, promise);
    return promise;
  }

  private async dispatch(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    try {
      const values = await this.fetch(batch.map((item) => item.key));
      batch.forEach((item, i) => item.resolve(values[i]));
    } catch (err) {
      batch.forEach((item) => item.reject(err));
    }
  }
}
