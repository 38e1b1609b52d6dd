/** Validation of a channel written by an institution: the fields of its type are required. */
import { z } from 'zod';
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import { AUTHENTICATION_LEVELS, CHANNEL_TYPES, type ChannelRow } from '../db/tables.ts';
import { accessibility, CODE, contactPoint, email, https, localized, openingHours, phone, postalAddress, toProblems, type FieldProblem } from './service-input.ts';
import { sameValue } from './equality.ts';
import { normalize } from './stemmer.ts';

const schema = z.object({
  code: z.string().regex(CODE, 'must be 2–64 characters of A–Z, 0–9 and "-", e.g. "VPVKAC-CESIS"'),
  ownerCode: z.string().min(1).max(64).nullish(),
  type: z.enum(CHANNEL_TYPES),
  name: localized(300).refine((t) => typeof t.lv === 'string', 'a Latvian ("lv") name is required'),
  description: localized(2000).nullish(),
  url: https.nullish(),
  phoneNumber: phone.nullish(),
  callCost: localized(300).nullish(),
  email: email.nullish(),
  address: postalAddress.nullish(),
  coordinates: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).nullish(),
  hours: openingHours.nullish(),
  authenticationLevel: z.enum(AUTHENTICATION_LEVELS).nullish(),
  signatureRequired: z.boolean().nullish(),
  accessibility: accessibility.nullish(),
  contacts: contactPoint.nullish(),
  isClientServiceCentre: z.boolean().nullish(),
});

/** The columns of a channel write. */
export type ChannelValues = Omit<ChannelRow, 'id' | 'ownerId' | 'createdAt' | 'updatedAt' | 'searchText'> & { ownerCode: string | null };

const REQUIRED: Record<ChannelRow['type'], (keyof z.output<typeof schema>)[]> = {
  E_SERVICE: ['url'],
  WEB_PAGE: ['url'],
  PHONE: ['phoneNumber'],
  EMAIL: ['email'],
  POST: ['address'],
  SERVICE_LOCATION: ['address', 'coordinates'],
};

const text = (t: Record<string, string> | null | undefined): LocalizedText | null => (t && Object.keys(t).length ? (t as LocalizedText) : null);

export function parseChannelInput(input: unknown): { values: ChannelValues } | { problems: FieldProblem[] } {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { problems: toProblems(parsed.error) };
  const c = parsed.data;
  const problems: FieldProblem[] = REQUIRED[c.type].filter((k) => c[k] == null).map((path) => ({ path, message: `is required for a ${c.type} channel` }));
  if (c.type === 'SERVICE_LOCATION' && c.address && !c.address.municipality) problems.push({ path: 'address.municipality', message: 'is required for a service location, e.g. "Cēsu novads"' });
  if (problems.length) return { problems };
  const municipality = c.type === 'SERVICE_LOCATION' ? (c.address?.municipality ?? null) : null;
  return {
    values: {
      code: c.code,
      ownerCode: c.ownerCode ?? null,
      type: c.type,
      name: c.name as LocalizedText,
      description: text(c.description),
      url: c.url ?? null,
      phone: c.phoneNumber ?? (c.type === 'SERVICE_LOCATION' ? (c.contacts?.phone ?? null) : null),
      phoneCost: text(c.callCost),
      email: c.email ?? (c.type === 'SERVICE_LOCATION' ? (c.contacts?.email ?? null) : null),
      address: c.address ? { ...c.address, postalCode: c.address.postalCode ?? null, municipality: c.address.municipality ?? null } : null,
      municipality,
      municipalityKey: municipality ? normalize(municipality) : null,
      latitude: c.coordinates?.latitude ?? null,
      longitude: c.coordinates?.longitude ?? null,
      hours: c.hours ?? null,
      authenticationLevel: c.type === 'E_SERVICE' ? (c.authenticationLevel ?? 'NONE') : null,
      signatureRequired: c.type === 'E_SERVICE' ? (c.signatureRequired ?? false) : null,
      accessibility: c.accessibility ? { wcagLevel: c.accessibility.wcagLevel ?? null, statementUrl: c.accessibility.statementUrl ?? null, wheelchairAccessible: c.accessibility.wheelchairAccessible ?? null, note: text(c.accessibility.note) } : null,
      isClientServiceCentre: c.isClientServiceCentre ?? false,
    },
  };
}

/** Whether a write would change a stored channel. */
export function channelChanged(row: ChannelRow, v: ChannelValues, ownerId: string): boolean {
  const { ownerCode: _o, ...values } = v;
  return row.ownerId !== ownerId || (Object.keys(values) as (keyof typeof values)[]).some((k) => !sameValue(row[k], values[k]));
}
