import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { decodeCursor, encodeCursor } from '@public-service-graph/subgraph-kit/pagination';

/**
 * Newest-first keyset pagination on (time, id): the cursor holds both of the last row. Times are written with
 * millisecond precision from the application (never now() with microseconds), so a cursor round-trips exactly.
 */
export function afterCursor(time: PgColumn, id: PgColumn, after: string | null | undefined): SQL | undefined {
  const values = decodeCursor(after, 2);
  if (!values) return undefined;
  const at = new Date(String(values[0]));
  if (Number.isNaN(at.getTime()) || typeof values[1] !== 'string') decodeCursor('not a cursor', 2);
  return sql`(${time}, ${id}) < (${at.toISOString()}::timestamptz, ${values[1]}::uuid)`;
}

export const timeIdCursor = (row: { id: string }, time: Date) => encodeCursor([time.toISOString(), row.id]);
export const timeIdKey = (time: Date, id: string): readonly unknown[] => [time.toISOString(), id];
