import type { Db } from '@public-service-graph/subgraph-kit/db';
import { lifeEventReporters } from '../db/tables.ts';
import { storeEvent } from '../data/event-store.ts';
import { linkRelated, putSituation } from '../data/situation-store.ts';
import type { LifeEventType } from '../domain/model.ts';
import { checkReport } from '../domain/report.ts';
import { DEMO_EVENTS, DEMO_REPORTERS } from './events.ts';
import { DEMO_SITUATIONS } from './situations.ts';

/**
 * Loads the demo life situations (written as defined, so a changed definition reaches an existing database), the
 * reporters list and the demo life events (kept once by their reference), in one transaction.
 */
export async function seedLifeSituations(db: Db, env: { clientIdSecret: string }): Promise<void> {
  await db.transaction(async (tx) => {
    for (const situation of DEMO_SITUATIONS) await putSituation(tx, situation);
    await linkRelated(tx, DEMO_SITUATIONS);
    const reporters = Object.entries(DEMO_REPORTERS).flatMap(([eventType, codes]) => codes.map((institutionCode) => ({ eventType: eventType as LifeEventType, institutionCode })));
    await tx.insert(lifeEventReporters).values(reporters).onConflictDoNothing();
    for (const { reportedBy, ...event } of DEMO_EVENTS) await storeEvent(tx, reportedBy, checkReport(event, env.clientIdSecret, '9999-12-31'));
  });
}
