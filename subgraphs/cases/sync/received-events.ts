/**
 * The feed's copy of the other subgraphs' events: a bus consumer that keeps each event once (by its id: the bus
 * delivers at least once) with the audience the relay sent beside it. The feed (resolvers/Events.ts) serves them
 * after the cases' own outbox, so one poll shows consents, life events and the catalogue as well as cases.
 */
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { EventConsumer } from '@public-service-graph/subgraph-kit/events/consumer';
import { recipientApplication } from '@public-service-graph/subgraph-kit/events/types';
import { receivedEvents } from '../db/tables.ts';
import { CASES_SOURCE } from '../domain/case-events.ts';

/** Types whose events anyone signed in may read: the public catalogue's. */
export const isPublicType = (type: string): boolean => type.startsWith('lv.gov.psg.service.') || type.startsWith('lv.gov.psg.channel.');

export function receivedEventsConsumer(db: Db): EventConsumer {
  return {
    name: 'cases-events-feed',
    accepts: (event) => event.source !== CASES_SOURCE,
    handle: async (event, audience) => {
      await db
        .insert(receivedEvents)
        .values({ eventId: event.id, type: event.type, envelope: event, institutionCode: audience.institutionCode, clientId: audience.clientId, applicationId: recipientApplication(event), public: isPublicType(event.type) })
        .onConflictDoNothing();
    },
  };
}
