/**
 * The publishing lifecycle of a service: DRAFT → PUBLISHED → ARCHIVED (and back to PUBLISHED), what a service
 * needs before clients see it, and who sees it in which state.
 */
import type { ServiceRow } from '../db/tables.ts';
import type { ServiceFields } from './service-input.ts';

/** Fields a published service must have, as named in `PublishServiceIncomplete.missing`. */
export type PublishingField = 'name' | 'description' | 'holder' | 'channels' | 'processingTime' | 'legalBasis';

const LABELS: Record<PublishingField, string> = {
  name: 'a Latvian name',
  description: 'a Latvian description',
  holder: 'a holder institution',
  channels: 'at least one channel',
  processingTime: 'a processing time',
  legalBasis: 'at least one legal basis',
};

/** What a service lacks before it can be published (or stay published); empty when nothing. */
export function publishingGaps(s: Pick<ServiceFields, 'name' | 'description' | 'processingTime' | 'legalBasis'> & { holderId: string | null }, channelCount: number): PublishingField[] {
  const gaps: PublishingField[] = [];
  if (!s.name?.lv?.trim()) gaps.push('name');
  if (!s.description?.lv?.trim()) gaps.push('description');
  if (!s.holderId) gaps.push('holder');
  if (channelCount < 1) gaps.push('channels');
  if (!s.processingTime) gaps.push('processingTime');
  if (!s.legalBasis?.length) gaps.push('legalBasis');
  return gaps;
}

export const describeGaps = (code: string, gaps: PublishingField[]): string =>
  `${code} cannot be published without ${gaps.map((g) => LABELS[g]).join(', ')}.`;

/**
 * Whether the public (anyone but the holder and operators) may read a service by its id or code: published and
 * already valid, or archived after having been published (a link to an archived service still resolves, with its status). Drafts and
 * services scheduled for later are the holder's own.
 */
export function publiclyVisible(row: Pick<ServiceRow, 'status' | 'validFrom' | 'firstPublishedAt'>, now = new Date()): boolean {
  if (row.status === 'ARCHIVED') return row.firstPublishedAt !== null;
  return row.status === 'PUBLISHED' && (!row.validFrom || row.validFrom <= now);
}
