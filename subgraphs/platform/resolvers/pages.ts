import { decodeCursor, pageSize, toConnection } from '@public-service-graph/subgraph-kit/pagination';
import type { PlatformContext } from '../context.ts';
import { listKeys, type KeyFilter } from '../data/key-store.ts';

export async function keyPage(ctx: PlatformContext, args: { first?: number | null; after?: string | null }, filter: KeyFilter) {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, string] | null;
  const { rows, total } = await listKeys(ctx.db, filter, after, size + 1);
  for (const row of rows) ctx.loaders.keyById.prime(row.id, row);
  return toConnection(rows, size, (r) => [r.createdAt.toISOString(), r.id], total);
}
