import type { Identity } from '../common/identity.ts';

/**
 * Which subgraphs receive personal codes in the internal token, and why. Every other subgraph, an institution's
 * included, gets the pseudonymous client ids alone (common/identity.ts clientIdFor), which are enough to find a
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

/** The identity as `subgraph` may receive it: without personal codes unless it is a registered recipient. */
export function identityFor(identity: Identity, subgraph: string, recipients: ReadonlyMap<string, string>): Identity {
  if (recipients.has(subgraph) || (!identity.person?.personalCode && !identity.onBehalfOf?.code)) return identity;
  const { personalCode: _code, ...person } = identity.person ?? { clientId: '' };
  const { code: _party, ...onBehalfOf } = identity.onBehalfOf ?? { clientId: '', kind: 'person' as const };
  return { ...identity, person: identity.person ? person : null, onBehalfOf: identity.onBehalfOf ? onBehalfOf : null };
}
