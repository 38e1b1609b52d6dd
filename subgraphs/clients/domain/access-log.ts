import { createHash } from 'node:crypto';
import { decodeCursor, encodeCursor } from '@public-service-graph/subgraph-kit/pagination';

export type ActorKind = 'PERSON' | 'INSTITUTION' | 'APPLICATION' | 'OPERATOR';

export interface AccessEventView {
  at: Date;
  actorKind: ActorKind;
  actor: string;
  resource: string;
  purpose: string | null;
  /** Orders events with the same time; unique within the merged list. */
  key: string;
}

/** An event as another subgraph hands it over through @requires (times as ISO strings). */
export interface ExternalAccessEvent { at: string | Date; actorKind: ActorKind; actor: string; resource: string; purpose?: string | null }

/**
 * Events from another subgraph carry no id: their key is a digest of their content (and, for identical events,
 * their occurrence), so it stays the same however that subgraph's list grows.
 */
export function fromExternal(events: readonly ExternalAccessEvent[], source: string): AccessEventView[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const at = new Date(e.at);
    const purpose = e.purpose ?? null;
    const digest = createHash('sha256').update(JSON.stringify([at.toISOString(), e.actorKind, e.actor, e.resource, purpose])).digest('hex').slice(0, 20);
    const n = seen.get(digest) ?? 0;
    seen.set(digest, n + 1);
    return { at, actorKind: e.actorKind, actor: e.actor, resource: e.resource, purpose, key: `${source}:${digest}:${n}` };
  });
}

/** Newest first; the key breaks ties. */
export const newestFirst = (a: AccessEventView, b: AccessEventView): number => b.at.getTime() - a.at.getTime() || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0);

export type Position = { at: Date; key: string };

export const cursorOf = (e: AccessEventView): string => encodeCursor([e.at.toISOString(), e.key]);

export function positionAfter(after: string | null | undefined): Position | null {
  const values = decodeCursor(after, 2);
  if (!values) return null;
  const at = new Date(String(values[0]));
  if (Number.isNaN(at.getTime()) || typeof values[1] !== 'string') decodeCursor('not a cursor', 2);
  return { at, key: values[1] as string };
}

/** Whether an event comes after the cursor in newest-first order. */
export const isAfter = (e: AccessEventView, p: Position | null): boolean =>
  !p || e.at.getTime() < p.at.getTime() || (e.at.getTime() === p.at.getTime() && e.key < p.key);

/**
 * One newest-first page over several sources, each already cut to its first size + 1 events after the cursor:
 * the page's events are among those, whichever source they come from.
 */
export function mergePage(sources: readonly AccessEventView[][], after: Position | null, size: number) {
  const rows = sources.flat().filter((e) => isAfter(e, after)).sort(newestFirst).slice(0, size + 1);
  return { rows: rows.slice(0, size), hasNextPage: rows.length > size };
}
