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
