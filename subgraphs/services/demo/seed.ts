import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../../common/db.ts';
import { ANONYMOUS, type Identity } from '../../../common/identity.ts';
import { createLogger } from '../../../common/logger.ts';
import { upsertChannel } from '../commands/channel-commands.ts';
import { upsertService } from '../commands/service-commands.ts';
import { createServicesContext } from '../context.ts';
import { institutions, services, serviceVersions } from '../db/tables.ts';
import { DEMO_CHANNELS } from './channels.ts';
import { DEMO_INSTITUTIONS } from './institutions.ts';
import { BUSINESS_SERVICES } from './services-business.ts';
import { EDUCATION_SERVICES } from './services-education.ts';
import { PEOPLE_SERVICES } from './services-people.ts';
import { SOCIAL_SERVICES } from './services-social.ts';

export const DEMO_SERVICES = [...PEOPLE_SERVICES, ...SOCIAL_SERVICES, ...BUSINESS_SERVICES, ...EDUCATION_SERVICES];

/** The demo data is written as an operator would write it, through the same commands and validation. */
const SEED_IDENTITY: Identity = { ...ANONYMOUS, kind: 'operator', subject: 'system:demo-seed', operator: 'demo-seed' };

/**
 * Loads the demo catalogue. Idempotent: what is already there and the same is left alone; a demo service that
 * someone other than this seed has changed is never overwritten.
 */
export async function seedServices(db: Db): Promise<void> {
  await db
    .insert(institutions)
    .values(DEMO_INSTITUTIONS.map(({ parent: _p, ...i }) => ({ ...i, contacts: i.contacts ?? null })))
    .onConflictDoNothing({ target: institutions.code });
  const rows = await db.select({ id: institutions.id, code: institutions.code }).from(institutions).where(inArray(institutions.code, DEMO_INSTITUTIONS.map((i) => i.code)));
  const idOf = new Map(rows.map((r) => [r.code, r.id]));
  for (const i of DEMO_INSTITUTIONS.filter((i) => i.parent))
    await db.update(institutions).set({ parentId: idOf.get(i.parent!)! }).where(and(eq(institutions.code, i.code), isNull(institutions.parentId)));

  const ctx = createServicesContext(db)({ identity: SEED_IDENTITY, languages: [], requestId: randomUUID(), log: createLogger('silent') });
  for (const channel of DEMO_CHANNELS) {
    const r = await upsertChannel(ctx, channel, { refusal: 'throw' });
    if (!r.ok) throw new Error(`Demo channel ${channel.code} is invalid: ${r.error.message}`);
  }

  const changedByOthers = new Set(
    (await db
      .selectDistinct({ code: services.code })
      .from(serviceVersions)
      .innerJoin(services, eq(services.id, serviceVersions.serviceId))
      .where(and(inArray(services.code, DEMO_SERVICES.map((s) => s.code)), ne(serviceVersions.changedBy, SEED_IDENTITY.subject)))).map((r) => r.code),
  );
  for (const service of DEMO_SERVICES.filter((s) => !changedByOthers.has(s.code))) {
    const r = await upsertService(ctx, `demo:${service.code}`, service, { status: 'PUBLISHED', refusal: 'throw' });
    if (!r.ok) throw new Error(`Demo service ${service.code} is invalid: ${r.error.message}`);
  }
}
