import { badInput } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs { first?: number | null; after?: string | null }

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Page size after validation: 1…MAX_PAGE_SIZE, default DEFAULT_PAGE_SIZE. */
export function pageSize(first: number | null | undefined, max = MAX_PAGE_SIZE): number {
  if (first == null) return Math.min(DEFAULT_PAGE_SIZE, max);
  if (!Number.isInteger(first) || first < 1 || first > max)
    throw badInput(`"first" must be between 1 and ${max}; got ${first}.`, { argument: 'first' });
  return first;
}

/** Cursors are opaque to clients: base64url of the sort key values of the last row. */
export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): unknown[] | null {
  if (cursor == null) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    /* reported below */
  }
  throw badInput('"after" is not a cursor this list gave out; pass pageInfo.endCursor unchanged.', { argument: 'after' });
}

/** Builds a connection from rows fetched with LIMIT size + 1 (the extra row only tells there is a next page). */
export function toConnection<T>(rows: T[], size: number, sortKey: (row: T) => readonly unknown[], totalCount: number): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
