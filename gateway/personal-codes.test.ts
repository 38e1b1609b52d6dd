import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, IDENTITY_CLAIM, type Identity } from '@public-service-graph/subgraph-kit/identity';
import { InternalTokenSigner } from './internal-token.ts';
import { personalCodeRecipients } from './personal-codes.ts';

/** What each subgraph learns of a person from the internal token: personal codes only where registered, with a purpose. */
const janis: Identity = {
  ...ANONYMOUS,
  kind: 'person',
  subject: 'person:11111111-1111-8111-8111-111111111111',
  person: { clientId: '11111111-1111-8111-8111-111111111111', personalCode: '150385-12346', name: 'Jānis Bērziņš' },
  onBehalfOf: { clientId: '22222222-2222-8222-8222-222222222222', code: '051026-21119', kind: 'person' },
};
const received = async (signer: InternalTokenSigner, subgraph: string) => decodeJwt(await signer.sign(janis, subgraph))[IDENTITY_CLAIM] as Identity;

describe('personal codes in the internal token', () => {
  it('an institution’s subgraph, and a core one that does not need them, get pseudonymous ids only', async () => {
    const signer = await InternalTokenSigner.create();
    for (const subgraph of ['lad', 'cases', 'services', 'platform']) {
      const identity = await received(signer, subgraph);
      expect(identity.person, subgraph).toEqual({ clientId: janis.person!.clientId, name: 'Jānis Bērziņš' });
      expect(identity.onBehalfOf, subgraph).toEqual({ clientId: janis.onBehalfOf!.clientId, kind: 'person' });
      expect(JSON.stringify(identity), subgraph).not.toMatch(/150385-12346|051026-21119/);
    }
  });

  it('the platform’s subgraphs that keep or evaluate them get them: clients (the register), life-situations (age conditions)', async () => {
    const signer = await InternalTokenSigner.create();
    for (const subgraph of ['clients', 'life-situations']) expect(await received(signer, subgraph), subgraph).toEqual(janis);
  });

  it('a subgraph the operators registered with a purpose gets them, each sending logged first; a malformed registration is refused', async () => {
    const signer = await InternalTokenSigner.create(undefined, personalCodeRecipients('lad=finds the farm a person holds by their personal code'));
    // Not logged, not sent: without a working forwarding log the registered subgraph gets pseudonymous ids.
    expect((await received(signer, 'lad')).person?.personalCode).toBeUndefined();
    signer.logForwardingWith(async () => false);
    expect((await received(signer, 'lad')).person?.personalCode).toBeUndefined();
    const logged: [string, string][] = [];
    signer.logForwardingWith(async (_, subgraph, purpose) => (logged.push([subgraph, purpose]), true));
    expect(await received(signer, 'lad')).toEqual(janis);
    expect(await received(signer, 'lad')).toEqual(janis);
    expect(logged).toEqual([['lad', 'finds the farm a person holds by their personal code'], ['lad', 'finds the farm a person holds by their personal code']]);
    // The platform's own recipients are not logged per call.
    await received(signer, 'clients');
    expect(logged).toHaveLength(2);
    expect((await received(signer, 'cases')).person?.personalCode).toBeUndefined();
    expect(() => personalCodeRecipients('lad')).toThrow(/PERSONAL_CODE_SUBGRAPHS/);
    expect(() => personalCodeRecipients('lad=')).toThrow(/PERSONAL_CODE_SUBGRAPHS/);
  });
});
