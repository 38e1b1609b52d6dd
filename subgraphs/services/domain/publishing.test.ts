import { describe, expect, it } from 'vitest';
import { describeGaps, publishingGaps, publiclyVisible } from './publishing.ts';

const complete = { name: { lv: 'Pase' }, description: { lv: 'Apraksts' }, processingTime: 'P10D', legalBasis: [{ title: { lv: 'Likums' } }], holderId: 'h' };

describe('publishingGaps', () => {
  it('is empty for a service with everything a client needs', () => {
    expect(publishingGaps(complete, 1)).toEqual([]);
  });
  it('lists every missing field in a fixed order', () => {
    expect(publishingGaps({ name: { lv: ' ' } as never, description: { lv: '', en: 'Only English' } as never, processingTime: null, legalBasis: [], holderId: null }, 0))
      .toEqual(['name', 'description', 'holder', 'channels', 'processingTime', 'legalBasis']);
  });
  it('wants the description in Latvian', () => {
    expect(publishingGaps({ ...complete, description: null }, 1)).toEqual(['description']);
  });
  it('says what is missing in words', () => {
    expect(describeGaps('X-1', ['channels', 'legalBasis'])).toBe('X-1 cannot be published without at least one channel, at least one legal basis.');
  });
});

describe('publiclyVisible', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  it('shows published services from their validFrom', () => {
    expect(publiclyVisible({ status: 'PUBLISHED', validFrom: null, firstPublishedAt: now }, now)).toBe(true);
    expect(publiclyVisible({ status: 'PUBLISHED', validFrom: new Date('2026-04-01T00:00:00Z'), firstPublishedAt: now }, now)).toBe(false);
  });
  it('shows archived services that were once published, never drafts', () => {
    expect(publiclyVisible({ status: 'ARCHIVED', validFrom: null, firstPublishedAt: now }, now)).toBe(true);
    expect(publiclyVisible({ status: 'ARCHIVED', validFrom: null, firstPublishedAt: null }, now)).toBe(false);
    expect(publiclyVisible({ status: 'DRAFT', validFrom: null, firstPublishedAt: null }, now)).toBe(false);
  });
});
