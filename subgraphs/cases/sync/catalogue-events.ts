/**
 * The catalogue projection fed by the bus: the services' published/changed/archived events carry what the
 * projection keeps (holder, status, named providers, version), so each is applied as it arrives and the projection
 * is fresh between pulls. The pull (sync/catalogue-feed.ts) stays as the catch-up: at start, after the bus was away,
 * and before a write refuses a service. A repeated or late event is harmless: an older or equal version is skipped.
 */
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { EventConsumer } from '@public-service-graph/subgraph-kit/events/consumer';
import { upsertServiceReferences } from '../data/service-references.ts';

const SERVICE_TYPES = new Set(['lv.gov.psg.service.published.v1', 'lv.gov.psg.service.changed.v1', 'lv.gov.psg.service.archived.v1']);

interface ServiceEventData { serviceCode: string; institutionCode: string; status: string; providerCodes: string[]; version: number; name?: Record<string, string> }

export function catalogueEventsConsumer(db: Db): EventConsumer {
  return {
    name: 'cases-catalogue-projection',
    accepts: (event) => SERVICE_TYPES.has(event.type),
    handle: async (event) => {
      const d = event.data as unknown as ServiceEventData;
      if (d.status !== 'PUBLISHED' && d.status !== 'ARCHIVED') return;
      await upsertServiceReferences(db, [{ code: d.serviceCode, holderCode: d.institutionCode, status: d.status, providerCodes: d.providerCodes ?? [], version: d.version, name: d.name ?? null, modifiedAt: new Date(event.time) }]);
    },
  };
}
