import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { channels, institutions, serviceChannels, serviceProviders, services, serviceVersions, type InstitutionRow, type ServiceRow } from '../db/tables.ts';
import { versionRow } from './service-writes.ts';

/** The named providers of each service, ordered by code: one statement for a whole page of services. */
export async function namedProvidersOf(db: Db, serviceIds: readonly string[]): Promise<(InstitutionRow & { serviceId: string })[]> {
  if (!serviceIds.length) return [];
  const rows = await db
    .select({ serviceId: serviceProviders.serviceId, institution: institutions })
    .from(serviceProviders)
    .innerJoin(institutions, eq(institutions.id, serviceProviders.institutionId))
    .where(inArray(serviceProviders.serviceId, [...serviceIds]))
    .orderBy(asc(institutions.code));
  return rows.map((r) => ({ ...r.institution, serviceId: r.serviceId }));
}

export interface ProviderChange {
  service: ServiceRow;
  institution: InstitutionRow;
  change: 'NAME' | 'REMOVE';
  /** identity.subject of who makes the change. */
  actor: string;
}

/**
 * Names or removes a provider, and makes it a change of the service (a new version, a new `updated_at`), so the
 * changes feed and its mirrors (the cases subgraph's projection) hear of it. Returns the service after the change,
 * or null when nothing changed (already named, or not named).
 */
export async function changeProvider(db: Db, c: ProviderChange): Promise<ServiceRow | null> {
  return db.transaction(async (tx) => {
    const changed =
      c.change === 'NAME'
        ? await tx.insert(serviceProviders).values({ serviceId: c.service.id, institutionId: c.institution.id, namedBy: c.actor }).onConflictDoNothing().returning()
        : await tx.delete(serviceProviders).where(and(eq(serviceProviders.serviceId, c.service.id), eq(serviceProviders.institutionId, c.institution.id))).returning();
    if (!changed.length) return null;
    const [row] = await tx
      .update(services)
      .set({ version: sql`${services.version} + 1`, updatedAt: sql`now()` })
      .where(eq(services.id, c.service.id))
      .returning();
    const linkCodes = (await tx.select({ code: channels.code }).from(serviceChannels).innerJoin(channels, eq(channels.id, serviceChannels.channelId)).where(eq(serviceChannels.serviceId, row.id)).orderBy(serviceChannels.position)).map((r) => r.code);
    const providerCodes = (await namedProvidersOf(tx, [row.id])).map((p) => p.code);
    const version = versionRow(row, { change: 'UPDATED', changedFields: ['namedProviders'], actor: c.actor }, linkCodes);
    await tx.insert(serviceVersions).values({ ...version, snapshot: { ...version.snapshot, namedProviders: providerCodes } });
    return row;
  });
}

/** Names providers for the demo catalogue, as the holder would; already named ones are left alone. */
export async function insertNamedProviders(db: Db, pairs: { serviceId: string; institutionId: string }[], actor: string): Promise<void> {
  if (pairs.length) await db.insert(serviceProviders).values(pairs.map((p) => ({ ...p, namedBy: actor }))).onConflictDoNothing();
}
