import { describe, expect, it } from 'vitest';
import type { ServiceReferenceRow } from '../db/tables.ts';
import { serviceRefusal, staleReason } from './service-reference.ts';

const service = (over: Partial<ServiceReferenceRow> = {}): ServiceReferenceRow => ({
  code: 'VSAA-VECUMA-PENSIJA', holderCode: 'VSAA', status: 'PUBLISHED', providerCodes: ['RIGA'], name: null, version: 3, modifiedAt: new Date(), ...over,
});

describe('who may register cases of a service', () => {
  it('the holder and its named providers, while it is published', () => {
    expect(serviceRefusal(service(), 'VSAA')).toBeNull();
    expect(serviceRefusal(service(), 'RIGA')).toBeNull();
  });
  it('nobody else', () => expect(serviceRefusal(service(), 'PMLP')).toBe('NOT_PROVIDER'));
  it('nobody, once archived or when unknown', () => {
    expect(serviceRefusal(service({ status: 'ARCHIVED' }), 'VSAA')).toBe('ARCHIVED');
    expect(serviceRefusal(null, 'VSAA')).toBe('UNKNOWN');
  });
});

describe('a stored reference', () => {
  it('resolves while published, not once archived or unknown', () => {
    expect(staleReason(service())).toBeNull();
    expect(staleReason(service({ status: 'ARCHIVED' }))).toBe('ARCHIVED');
    expect(staleReason(undefined)).toBe('UNKNOWN');
  });
});
