import type { Identity } from '@public-service-graph/subgraph-kit/identity';

/**
 * Which subgraphs receive personal codes in the internal token, and why. Every other subgraph, an institution's
 * included, gets the pseudonymous client ids alone (packages/subgraph-kit/src/identity.ts clientIdFor), which are enough to find a
 * person's data. Adding one is an operator's decision with a stated purpose (PERSONAL_CODE_SUBGRAPHS).
 */
export const CORE_PERSONAL_CODE_PURPOSES: Readonly<Record<string, string>> = {
  clients: 'keeps the client register, whose profiles, consents and representations are keyed by personal code',
  'life-situations': 'decides the age conditions of life-situation steps from the birth date in the personal code',
};

/** PERSONAL_CODE_SUBGRAPHS, "lad=finds the farm a person holds;other=…", over the platform's own. */
export function personalCodeRecipients(spec = ''): Map<string, string> {
  const recipients = new Map(Object.entries(CORE_PERSONAL_CODE_PURPOSES));
  for (const entry of spec.split(';').map((e) => e.trim()).filter(Boolean)) {
    const at = entry.indexOf('=');
    const name = entry.slice(0, at).trim();
    const purpose = entry.slice(at + 1).trim();
    if (at < 1 || !purpose) throw new Error(`PERSONAL_CODE_SUBGRAPHS: "${entry}" must be "<subgraph>=<purpose>"`);
    recipients.set(name, purpose);
  }
  return recipients;
}

export const carriesPersonalCodes = (identity: Identity): boolean => !!(identity.person?.personalCode || identity.onBehalfOf?.code);

/** Writes one forwarding into the access log of each client whose code goes; false when it could not. */
export type ForwardingLog = (identity: Identity, subgraph: string, purpose: string) => Promise<boolean>;

const RECORD = 'mutation RecordForwarding($input: PersonalCodeForwardingInput!) { recordPersonalCodeForwarding(input: $input) }';

/** The forwarding log kept by the clients subgraph (its access log), asked with the gateway's own identity. */
export function clientsForwardingLog(opts: { clientsUrl: () => string | null; token: () => Promise<string>; timeoutMs: number }): ForwardingLog {
  return async (identity, subgraph, purpose) => {
    const url = opts.clientsUrl();
    if (!url) return false;
    const clientIds = [identity.person?.personalCode ? identity.person.clientId : null, identity.onBehalfOf?.code ? identity.onBehalfOf.clientId : null].filter((id): id is string => !!id);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await opts.token()}` },
      body: JSON.stringify({ query: RECORD, variables: { input: { clientIds, subgraph, purpose } } }),
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    const body = (await res.json()) as { data?: { recordPersonalCodeForwarding?: boolean } };
    return body.data?.recordPersonalCodeForwarding === true;
  };
}

/** The identity as `subgraph` may receive it: without personal codes unless it is a registered recipient. */
export function identityFor(identity: Identity, subgraph: string, recipients: ReadonlyMap<string, string>): Identity {
  if (recipients.has(subgraph) || (!identity.person?.personalCode && !identity.onBehalfOf?.code)) return identity;
  const { personalCode: _code, ...person } = identity.person ?? { clientId: '' };
  const { code: _party, ...onBehalfOf } = identity.onBehalfOf ?? { clientId: '', kind: 'person' as const };
  return { ...identity, person: identity.person ? person : null, onBehalfOf: identity.onBehalfOf ? onBehalfOf : null };
}
