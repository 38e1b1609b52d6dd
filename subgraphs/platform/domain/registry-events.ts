/**
 * The schema registry's event (docs/events.md): a supergraph published (a subgraph's publish or an operator's
 * restore), for gateways and the owners of the subgraphs in it. Shown to operators, and to the institution whose
 * subgraph the publish was.
 */
import { eventType, sourceOf, type NewEvent } from '@public-service-graph/subgraph-kit/events/outbox';
import type { RegistrySchemaVersionRow, RegistrySupergraphRow } from '../db/tables.ts';
import { PLATFORM_OWNER } from '../db/tables.ts';

export const PLATFORM_SOURCE = sourceOf('platform');
export const SUPERGRAPH_PUBLISHED = eventType('supergraph', 'published');

export function supergraphPublished(supergraph: RegistrySupergraphRow, published: RegistrySchemaVersionRow[], owner: string | null): NewEvent[] {
  return [{
    type: SUPERGRAPH_PUBLISHED,
    subject: String(supergraph.version),
    time: supergraph.createdAt,
    data: {
      supergraphVersion: supergraph.version,
      subgraphVersions: published.map((v) => ({ subgraph: v.subgraph, version: v.version })),
      restoredFrom: supergraph.reason.startsWith('restore v') ? Number(supergraph.reason.slice('restore v'.length)) : null,
    },
    institutionCode: owner && owner !== PLATFORM_OWNER ? owner : null,
  }];
}
