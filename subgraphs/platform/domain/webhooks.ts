/**
 * Who may subscribe to what (docs/events.md, "Webhooks"): an institution to the events of its own cases and
 * services, an application to events of persons who consented to it (decided at each delivery) and to the events of
 * consents given to it, an operator to
 * every event. Persons do not subscribe: the portal shows them their own cases. Also the checks of a subscriber's
 * input that need no network.
 */
import { randomBytes } from 'node:crypto';
import { forbidden, unauthenticated } from '@public-service-graph/subgraph-kit/errors';
import { isKnownEventType, sentToApplications } from '@public-service-graph/subgraph-kit/events/types';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import { isGatewayService } from '@public-service-graph/subgraph-kit/scopes';
import type { WebhookOwnerKind, WebhookSubscriptionRow } from '../db/tables.ts';

export interface WebhookOwner { kind: WebhookOwnerKind; code: string }

/** The owner the caller subscribes as; UNAUTHENTICATED or FORBIDDEN for everyone else. */
export function requireWebhookOwner(identity: Identity): WebhookOwner {
  if (identity.kind === 'operator' && !isGatewayService(identity)) return { kind: 'OPERATOR', code: identity.operator ?? identity.subject };
  if (identity.kind === 'institution' && identity.institution) return { kind: 'INSTITUTION', code: identity.institution };
  if (identity.kind === 'application' && identity.application) return { kind: 'APPLICATION', code: identity.application };
  if (identity.kind === 'anonymous') throw unauthenticated('Send your institution’s or application’s credentials to manage webhook subscriptions.');
  throw forbidden('Only institutions, applications and operators subscribe to webhooks; a person follows their cases in the portal.');
}

/** Operators see every subscription; an owner its own; nobody else any, whatever id they pass. */
export function mayManageSubscription(identity: Identity, row: Pick<WebhookSubscriptionRow, 'ownerKind' | 'ownerCode'>): boolean {
  const owner = requireWebhookOwner(identity);
  return owner.kind === 'OPERATOR' || (owner.kind === row.ownerKind && owner.code === row.ownerCode);
}

export interface InputProblem { code: string; message: string; field: string }

export const MAX_TYPES = 50;

/** The asked-for types, de-duplicated, or why they cannot be subscribed to by this owner. */
export function checkTypes(owner: WebhookOwner, types: readonly string[]): string[] | InputProblem {
  const unique = [...new Set(types.map((t) => t.trim()))];
  if (!unique.length || unique.length > MAX_TYPES) return { code: 'BAD_USER_INPUT', message: `Give 1–${MAX_TYPES} event types.`, field: 'types' };
  const unknown = unique.find((t) => !isKnownEventType(t));
  if (unknown) return { code: 'UNKNOWN_EVENT_TYPE', message: `"${unknown}" is not an event type the graph sends; docs/events.md lists them, e.g. "lv.gov.psg.case.status-changed.v1".`, field: 'types' };
  const notForApps = owner.kind === 'APPLICATION' && unique.find((t) => !sentToApplications(t));
  if (notForApps) return { code: 'UNKNOWN_EVENT_TYPE', message: `"${notForApps}" is not sent to applications: no consent covers it, and it is not about a consent to the application.`, field: 'types' };
  return unique;
}

export const MAX_GRACE_MINUTES = 10_080;
export const DEFAULT_GRACE_MINUTES = 1_440;

/** A Standard Webhooks signing secret: "whsec_" and 32 random bytes in base64. */
export const newSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;
