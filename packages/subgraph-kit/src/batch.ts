import DataLoader from 'dataloader';

/** DataLoader batch helpers: results in the order of the keys asked for. */

export function byKey<K, R>(keys: readonly K[], rows: readonly R[], key: (row: R) => K): (R | null)[] {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

export function groupBy<K, R>(keys: readonly K[], rows: readonly R[], key: (row: R) => K): R[][] {
  const map = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * A per-request DataLoader: every `load` made while one level of a query resolves is fetched in one call of
 * `fetch`, which returns one value per key in the keys' order (byKey, groupBy). `cacheKey` for keys that are objects.
 */
export const batchLoader = <K, V, C = K>(fetch: (keys: readonly K[]) => Promise<V[]>, cacheKey?: (key: K) => C): DataLoader<K, V, C> =>
  new DataLoader<K, V, C>(fetch, cacheKey ? { cacheKeyFn: cacheKey } : {});
