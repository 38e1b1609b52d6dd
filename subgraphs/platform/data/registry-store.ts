import { and, desc, eq, gte, inArray, lt, notInArray, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import {
  fieldUsage,
  registryChecks,
  registrySchemaVersions,
  registrySubgraphs,
  registrySupergraphs,
  type RegistryCheckRow,
  type RegistrySchemaVersionRow,
  type RegistrySubgraphRow,
  type RegistrySupergraphRow,
} from '../db/tables.ts';
import type { Problem, RegisteredSdl, SchemaChange } from '../domain/registry-rules.ts';

/** The registry's reads and writes. Publishing happens in one transaction (subgraphs/platform/commands/registry-publishing.ts). */

export interface CurrentSubgraph extends RegisteredSdl { version: RegistrySchemaVersionRow }

/** Every subgraph with a current version, as composed into the newest supergraph. */
export async function currentSubgraphs(db: Db): Promise<CurrentSubgraph[]> {
  const rows = await db
    .select({ subgraph: registrySubgraphs, version: registrySchemaVersions })
    .from(registrySubgraphs)
    .innerJoin(registrySchemaVersions, eq(registrySchemaVersions.id, registrySubgraphs.currentVersionId))
    .orderBy(registrySubgraphs.createdAt, registrySubgraphs.name);
  return rows.map(({ subgraph, version }) => ({ name: subgraph.name, owner: subgraph.owner, url: version.routingUrl, sdl: version.sdl, version }));
}

export async function subgraphByName(db: Db, name: string): Promise<RegistrySubgraphRow | null> {
  const [row] = await db.select().from(registrySubgraphs).where(eq(registrySubgraphs.name, name));
  return row ?? null;
}

export async function liveSupergraph(db: Db): Promise<RegistrySupergraphRow | null> {
  const [row] = await db.select().from(registrySupergraphs).orderBy(desc(registrySupergraphs.version)).limit(1);
  return row ?? null;
}

export async function supergraphByVersion(db: Db, version: number): Promise<RegistrySupergraphRow | null> {
  const [row] = await db.select().from(registrySupergraphs).where(eq(registrySupergraphs.version, version));
  return row ?? null;
}

/** Operations per schema coordinate of the given types since `since` (a "YYYY-MM-DD" UTC day). */
export async function recentUsage(db: Db, types: string[], since: string): Promise<Map<string, number>> {
  if (!types.length) return new Map();
  const rows = await db
    .select({ coordinate: fieldUsage.coordinate, operations: sql<number>`sum(${fieldUsage.operations})::int` })
    .from(fieldUsage)
    .where(and(gte(fieldUsage.day, since), inArray(sql`split_part(${fieldUsage.coordinate}, '.', 1)`, types)))
    .groupBy(fieldUsage.coordinate);
  return new Map(rows.map((r) => [r.coordinate, r.operations]));
}

export async function recordCheck(
  db: Db,
  check: { subgraph: string; publish: boolean; problems: Problem[]; changes: SchemaChange[]; by: string },
): Promise<RegistryCheckRow> {
  const [row] = await db
    .insert(registryChecks)
    .values({ subgraph: check.subgraph, publish: check.publish, outcome: check.problems.length ? 'FAILED' : 'PASSED', problems: check.problems, changes: check.changes, checkedBy: check.by })
    .returning();
  return row;
}

/** Writes new versions of subgraphs and the supergraph composed with them. Call inside a transaction. */
export async function insertPublication(
  tx: Db,
  p: { subgraphs: { name: string; owner: string; sdl: string; routingUrl: string }[]; by: string; supergraphSdl: string; apiSdl: string; others: CurrentSubgraph[] },
): Promise<{ versions: RegistrySchemaVersionRow[]; supergraph: RegistrySupergraphRow }> {
  const versions: RegistrySchemaVersionRow[] = [];
  for (const s of p.subgraphs) {
    await tx.insert(registrySubgraphs).values({ name: s.name, owner: s.owner, createdBy: p.by }).onConflictDoNothing();
    const [{ next }] = await tx
      .select({ next: sql<number>`coalesce(max(${registrySchemaVersions.version}), 0)::int + 1` })
      .from(registrySchemaVersions)
      .where(eq(registrySchemaVersions.subgraph, s.name));
    const [version] = await tx.insert(registrySchemaVersions).values({ subgraph: s.name, version: next, sdl: s.sdl, routingUrl: s.routingUrl, publishedBy: p.by }).returning();
    await tx.update(registrySubgraphs).set({ currentVersionId: version.id }).where(eq(registrySubgraphs.name, s.name));
    versions.push(version);
  }
  const subgraphVersions = Object.fromEntries([...p.others.map((o) => [o.name, o.version.id]), ...versions.map((v) => [v.subgraph, v.id])]);
  const [supergraph] = await tx
    .insert(registrySupergraphs)
    .values({ sdl: p.supergraphSdl, apiSdl: p.apiSdl, subgraphVersions, createdBy: p.by, reason: `publish ${versions.map((v) => `${v.subgraph} v${v.version}`).join(', ')}` })
    .returning();
  return { versions, supergraph };
}

/** Makes an earlier supergraph the newest again (as a new version), and its subgraph versions current. */
export async function insertRestoration(tx: Db, from: RegistrySupergraphRow, by: string): Promise<RegistrySupergraphRow> {
  await tx.update(registrySubgraphs).set({ currentVersionId: null }).where(notInArray(registrySubgraphs.name, Object.keys(from.subgraphVersions)));
  for (const [name, id] of Object.entries(from.subgraphVersions)) await tx.update(registrySubgraphs).set({ currentVersionId: id }).where(eq(registrySubgraphs.name, name));
  const [row] = await tx
    .insert(registrySupergraphs)
    .values({ sdl: from.sdl, apiSdl: from.apiSdl, subgraphVersions: from.subgraphVersions, createdBy: by, reason: `restore v${from.version}` })
    .returning();
  return row;
}

export async function listSubgraphs(db: Db): Promise<RegistrySubgraphRow[]> {
  return db.select().from(registrySubgraphs).orderBy(registrySubgraphs.createdAt, registrySubgraphs.name);
}

export async function listSupergraphs(db: Db, before: number | null, limit: number): Promise<RegistrySupergraphRow[]> {
  return db
    .select()
    .from(registrySupergraphs)
    .where(before === null ? undefined : lt(registrySupergraphs.version, before))
    .orderBy(desc(registrySupergraphs.version))
    .limit(limit);
}
