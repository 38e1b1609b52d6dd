/**
 * Whether an institution may register cases of a service, and what a case's service reference shows: decided on
 * this subgraph's projection of the catalogue (sync/catalogue-feed.ts), never on the catalogue's tables.
 */
import type { ServiceReferenceRow } from '../db/tables.ts';

export type ServiceNotAvailableReason = 'UNKNOWN' | 'ARCHIVED' | 'NOT_PROVIDER';

/** Why `institution` may not register cases of the service, or null when it may (published; holder or named provider). */
export function serviceRefusal(service: ServiceReferenceRow | null | undefined, institution: string): ServiceNotAvailableReason | null {
  if (!service) return 'UNKNOWN';
  if (service.status === 'ARCHIVED') return 'ARCHIVED';
  if (service.status !== 'PUBLISHED') return 'UNKNOWN';
  if (service.holderCode !== institution && !service.providerCodes.includes(institution)) return 'NOT_PROVIDER';
  return null;
}

export function refusalMessage(serviceCode: string, institution: string, reason: ServiceNotAvailableReason, holderCode?: string): string {
  switch (reason) {
    case 'UNKNOWN':
      return `The catalogue has published no service "${serviceCode}"; check the code (Query.service) and register nothing until it is published.`;
    case 'ARCHIVED':
      return `The catalogue has archived ${serviceCode}; new cases of it cannot be registered.`;
    case 'NOT_PROVIDER':
      return `${serviceCode} is held by ${holderCode}; ${institution} may register its cases only when ${holderCode} names it a provider (nameServiceProvider).`;
  }
}

/** Why a stored case's service reference does not resolve (archived since, or never known), or null when it does. */
export function staleReason(service: ServiceReferenceRow | null | undefined): 'ARCHIVED' | 'UNKNOWN' | null {
  if (!service) return 'UNKNOWN';
  return service.status === 'ARCHIVED' ? 'ARCHIVED' : null;
}
