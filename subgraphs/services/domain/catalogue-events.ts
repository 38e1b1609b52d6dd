/**
 * The events the catalogue sends out of the graph (docs/events.md): a service published, changed or archived, a
 * channel changed. The catalogue is public, so these carry codes and versions and are shown to every signed-in
 * caller of the feed; drafts send nothing (they are not public yet).
 */
import { eventType, sourceOf, type NewEvent } from '@public-service-graph/subgraph-kit/events/outbox';
import type { ChannelRow, ServiceRow, ServiceVersionRow } from '../db/tables.ts';

export const SERVICES_SOURCE = sourceOf('services');

export const CATALOGUE_EVENT_TYPES = {
  servicePublished: eventType('service', 'published'),
  serviceChanged: eventType('service', 'changed'),
  serviceArchived: eventType('service', 'archived'),
  channelChanged: eventType('channel', 'changed'),
} as const;

/** The event of a service write, from the row after it; none for a draft's create or change. */
export function serviceEvents(row: ServiceRow, before: ServiceRow | null, change: ServiceVersionRow['change'], holderCode: string, changedFields: string[], providerCodes: string[]): NewEvent[] {
  const type =
    row.status === 'ARCHIVED' && before?.status !== 'ARCHIVED' ? CATALOGUE_EVENT_TYPES.serviceArchived
    : row.status === 'PUBLISHED' && before?.status !== 'PUBLISHED' ? CATALOGUE_EVENT_TYPES.servicePublished
    : row.status === 'PUBLISHED' ? CATALOGUE_EVENT_TYPES.serviceChanged
    : null;
  if (!type) return [];
  return [{
    type,
    subject: row.id,
    time: row.updatedAt,
    data: { serviceId: row.id, serviceCode: row.code, institutionCode: holderCode, status: row.status, providerCodes, version: row.version, name: row.name, change, changedFields },
    institutionCode: holderCode,
  }];
}

export function channelEvents(row: ChannelRow, created: boolean, ownerCode: string): NewEvent[] {
  return [{
    type: CATALOGUE_EVENT_TYPES.channelChanged,
    subject: row.id,
    time: row.updatedAt,
    data: { channelId: row.id, channelCode: row.code, institutionCode: ownerCode, change: created ? 'CREATED' : 'UPDATED' },
    institutionCode: ownerCode,
  }];
}
