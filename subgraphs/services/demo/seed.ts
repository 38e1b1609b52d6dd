import { createHash, randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { ANONYMOUS, type Identity } from '@public-service-graph/subgraph-kit/identity';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { upsertChannel } from '../commands/channel-commands.ts';
import { plan, serviceWrite, upsertService } from '../commands/service-commands.ts';
import { createServicesContext, type ServicesContext } from '../context.ts';
import { insertNamedProviders } from '../data/provider-writes.ts';
import { reindexSearch } from '../data/search-reindex.ts';
import { insertServices, type ServiceWrite } from '../data/service-writes.ts';
import { channels, demoSeeds, institutions, searchSituations, serviceDemand, services, serviceVersions } from '../db/tables.ts';
import { parseChannelInput } from '../domain/channel-input.ts';
import { channelSearchText, situationSearchColumns } from '../domain/search-document.ts';
import { parseServiceInput } from '../domain/service-input.ts';
import { DEMO_CHANNELS } from './channels.ts';
import { DEMO_INSTITUTIONS } from './institutions.ts';
import { DEMO_NAMED_PROVIDERS } from './providers.ts';
import { BUSINESS_SERVICES } from './services-business.ts';
import { EDUCATION_SERVICES } from './services-education.ts';
import { PEOPLE_SERVICES } from './services-people.ts';
import { SOCIAL_SERVICES } from './services-social.ts';
import { DEMO_DEMAND, withSearchTerms } from './search-terms.ts';
import { DEMO_SITUATION_ENTRIES } from './situation-search.ts';

export const DEMO_SERVICES = [...PEOPLE_SERVICES, ...SOCIAL_SERVICES, ...BUSINESS_SERVICES, ...EDUCATION_SERVICES].map(withSearchTerms);

/** The demo data is written as an operator would write it, through the same validation and planning as the API. */
const SEED_IDENTITY: Identity = { ...ANONYMOUS, kind: 'operator', subject: 'system:demo-seed', operator: 'demo-seed' };
const sourceIdOf = (code: string) => `demo:${code}`;

const fail = (what: string, code: string, problems: { path: string; message: string }[]): never => {
  throw new Error(`Demo ${what} ${code} is invalid: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
};

/** An empty catalogue: every channel and service in a few statements (each test file starts from one). */
async function seedEmpty(db: Db, ctx: ServicesContext, ownerId: Map<string, string>): Promise<void> {
  const channelRows = DEMO_CHANNELS.map((input) => {
    const parsed = parseChannelInput(input);
    if ('problems' in parsed) return fail('channel', input.code, parsed.problems);
    const { ownerCode, ...values } = parsed.values;
    return { ...values, ownerId: ownerId.get(ownerCode!)!, searchText: channelSearchText(parsed.values) };
  });
  await db.insert(channels).values(channelRows);
  const holders = new Map((await db.select().from(institutions)).map((i) => [i.code, i]));
  const writes: ServiceWrite[] = [];
  for (const input of DEMO_SERVICES) {
    const parsed = parseServiceInput(input);
    if ('problems' in parsed) return fail('service', input.code, parsed.problems);
    const planned = await plan(ctx, null, parsed.patch, 'PUBLISHED');
    if ('problems' in planned) return fail('service', input.code, planned.problems);
    writes.push(serviceWrite(ctx, null, holders.get(input.holderCode!)!, input.code, planned.plan, 'PUBLISHED', sourceIdOf(input.code))!);
  }
  await insertServices(db, writes);
}

/** A catalogue that has some of it: upsert each item, leaving alone any demo service someone else has changed. */
async function refresh(db: Db, ctx: ServicesContext): Promise<void> {
  for (const channel of DEMO_CHANNELS) {
    const r = await upsertChannel(ctx, channel, { refusal: 'throw' });
    if (!r.ok) fail('channel', channel.code, r.error.problems);
  }
  const changedByOthers = new Set(
    (await db
      .selectDistinct({ code: services.code })
      .from(serviceVersions)
      .innerJoin(services, eq(services.id, serviceVersions.serviceId))
      .where(and(inArray(services.code, DEMO_SERVICES.map((s) => s.code)), ne(serviceVersions.changedBy, SEED_IDENTITY.subject)))).map((r) => r.code),
  );
  for (const service of DEMO_SERVICES.filter((s) => !changedByOthers.has(s.code))) {
    const r = await upsertService(ctx, sourceIdOf(service.code), service, { status: 'PUBLISHED', refusal: 'throw' });
    if (!r.ok) throw new Error(`Demo service ${service.code} is invalid: ${r.error.message}`);
  }
}

/** The search index's demo entries for life situations and the demo demand; an entry someone else changed stays. */
async function seedSearchIndex(db: Db): Promise<void> {
  const entries = DEMO_SITUATION_ENTRIES.map((e) => ({ ...e, ...situationSearchColumns(e), updatedBy: SEED_IDENTITY.subject }));
  await db.insert(searchSituations).values(entries).onConflictDoUpdate({
    target: searchSituations.code,
    set: { title: sql`excluded.title`, phrases: sql`excluded.phrases`, serviceCodes: sql`excluded.service_codes`, searchNames: sql`excluded.search_names`,
      searchKeywords: sql`excluded.search_keywords`, searchPlain: sql`excluded.search_plain`, version: sql`${searchSituations.version} + 1`, updatedAt: sql`now()` },
    setWhere: eq(searchSituations.updatedBy, SEED_IDENTITY.subject),
  });
  const demand = Object.entries(DEMO_DEMAND).map(([serviceCode, caseCount]) => ({ serviceCode, caseCount, period: '2025' }));
  await db.insert(serviceDemand).values(demand).onConflictDoNothing();
}

/**
 * Loads the demo catalogue. Idempotent: the same demo content is loaded once (remembered by its fingerprint); a
 * changed demo catalogue refreshes what is there, but a demo service someone else has changed is never overwritten.
 */
export async function seedServices(db: Db): Promise<void> {
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([DEMO_INSTITUTIONS, DEMO_CHANNELS, DEMO_SERVICES, DEMO_NAMED_PROVIDERS, DEMO_SITUATION_ENTRIES, DEMO_DEMAND]))
    .digest('hex');
  if ((await db.select().from(demoSeeds).where(eq(demoSeeds.fingerprint, fingerprint))).length) return;
  await db
    .insert(institutions)
    .values(DEMO_INSTITUTIONS.map(({ parent: _p, ...i }) => ({ ...i, contacts: i.contacts ?? null })))
    .onConflictDoNothing({ target: institutions.code });
  const rows = await db.select({ id: institutions.id, code: institutions.code }).from(institutions).where(inArray(institutions.code, DEMO_INSTITUTIONS.map((i) => i.code)));
  const idOf = new Map(rows.map((r) => [r.code, r.id]));
  for (const i of DEMO_INSTITUTIONS.filter((i) => i.parent))
    await db.update(institutions).set({ parentId: idOf.get(i.parent!)! }).where(and(eq(institutions.code, i.code), isNull(institutions.parentId)));

  const ctx = createServicesContext(db)({ identity: SEED_IDENTITY, languages: [], requestId: randomUUID(), log: createLogger('silent') });
  const [anyChannel] = await db.select({ id: channels.id }).from(channels).limit(1);
  const [anyService] = await db.select({ id: services.id }).from(services).where(inArray(services.code, DEMO_SERVICES.map((s) => s.code))).limit(1);
  if (!anyChannel && !anyService) await seedEmpty(db, ctx, idOf);
  else await refresh(db, ctx);
  const serviceIds = new Map((await db.select({ id: services.id, code: services.code }).from(services).where(inArray(services.code, DEMO_NAMED_PROVIDERS.map((p) => p.service)))).map((r) => [r.code, r.id]));
  const pairs = DEMO_NAMED_PROVIDERS.flatMap((p) => p.providers.map((code) => ({ serviceId: serviceIds.get(p.service)!, institutionId: idOf.get(code)! })));
  await insertNamedProviders(db, pairs, SEED_IDENTITY.subject);
  await seedSearchIndex(db);
  // A changed demo may come with a changed stemmer: bring the columns of everything else up to date too.
  await reindexSearch(db);
  await db.insert(demoSeeds).values({ fingerprint }).onConflictDoNothing();
}
