/**
 * Validation of what institutions write: a service's fields (from the GraphQL input or an import document) become
 * a typed patch, or a list of problems with the path of each. GraphQL already checks types and enum values for
 * mutations; imports arrive as JSON, so everything is checked here once for both.
 */
import { z } from 'zod';
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import {
  AUDIENCES, AUTHENTICATION_LEVELS, CHANNEL_TYPES, EXECUTION_TYPES, LIFECYCLE_PHASES, SERVICE_BASES, SERVICE_KINDS,
  type ServiceRow,
} from '../db/tables.ts';
import { approximateDays, parseDuration } from './duration.ts';
import type { LocalizedList, OpeningHoursData } from './model.ts';
import { isTime } from './opening-hours.ts';

export interface FieldProblem { path: string; message: string }

/** The typed error of a write whose fields have problems, with a message that lists them. */
export const invalidFields = (what: string, problems: FieldProblem[]) => ({
  __typename: 'Invalid' as const,
  code: 'BAD_USER_INPUT' as const,
  message: `${what} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}.`,
  problems,
});

export const THEMATIC_AREAS = [
  'IDENTITY_DOCUMENTS', 'RESIDENCE_AND_CITIZENSHIP', 'CIVIL_STATUS', 'FAMILY', 'SOCIAL_SECURITY', 'HEALTH', 'EDUCATION', 'WORK',
  'TAXES', 'BUSINESS', 'TRANSPORT', 'PROPERTY_AND_HOUSING', 'CONSTRUCTION', 'JUSTICE', 'AGRICULTURE', 'ENVIRONMENT',
  'DIGITAL_GOVERNMENT', 'PUBLIC_ORDER',
] as const;
const PROVIDER_ROLES = ['HOLDER', 'CLIENT_SERVICE_CENTRE', 'MUNICIPALITY', 'PARTNER', 'OTHER_INSTITUTION'] as const;
const OUTPUT_TYPES = ['PERMIT', 'CERTIFICATE', 'STATEMENT', 'DECISION', 'PAYMENT', 'DOCUMENT', 'REGISTRATION', 'OTHER'] as const;
const SILENCE = ['TACIT_APPROVAL', 'TACIT_REFUSAL', 'NOT_APPLICABLE'] as const;
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

export const CODE = /^[A-Z0-9][A-Z0-9-]{1,63}$/;
const CODE_MESSAGE = 'must be 2–64 characters of A–Z, 0–9 and "-", e.g. "PMLP-PASE"';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const language = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "lv" or "en"')
  .transform((s) => s.toLowerCase());
const entry = (max: number) => z.object({ language, value: text(max) });

/** [{ language, value }] → { lv, en, … }; one entry per language. */
export const localized = (max: number) =>
  z
    .array(entry(max))
    .max(20)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.language)) ctx.addIssue({ code: 'custom', path: [i, 'language'], message: `"${item.language}" is given twice` });
        seen.add(item.language);
      });
    })
    .transform((items) => Object.fromEntries(items.map((i) => [i.language, i.value])) as Record<string, string>);

/** Required text: Latvian must be there. */
const localizedLv = (max: number) =>
  localized(max).refine((t) => typeof t.lv === 'string', 'a Latvian ("lv") text is required').transform((t) => t as LocalizedText);
/** Optional text: when given, Latvian must be there too. */
const optionalLocalized = (max: number) =>
  localized(max)
    .refine((t) => Object.keys(t).length === 0 || typeof t.lv === 'string', 'a Latvian ("lv") text is required when any language is given')
    .transform((t) => (Object.keys(t).length ? (t as LocalizedText) : null));

/** [{ language, value }] with repeats → { lv: [...], en: [...] }. */
const localizedList = z
  .array(entry(200))
  .max(100)
  .transform((items) => {
    const list: LocalizedList = {};
    for (const { language: l, value } of items) if (!list[l]?.includes(value)) (list[l] ??= []).push(value);
    return list;
  });

export const https = z.string().trim().max(2000).url('must be an absolute URL').refine((u) => u.startsWith('https://'), 'must start with https://');
const duration = z.string().refine((d) => parseDuration(d) !== null, 'must be an ISO 8601 duration such as "P10D" (10 days), "P1M" or "PT2H"');
const money = z
  .number()
  .min(0, 'must not be negative')
  .max(10_000_000, 'is too large')
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'must have at most two decimals');
const currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "EUR"');
const instant = z
  .union([z.date(), z.string()])
  .transform((v, ctx) => {
    const d = v instanceof Date ? v : /^\d{4}-\d{2}-\d{2}T/.test(v) ? new Date(v) : new Date(NaN);
    if (Number.isNaN(d.getTime())) ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 date-time such as "2026-03-01T00:00:00Z"' });
    return d;
  });
const factor = z.number().int().min(1, 'must be 1–4').max(4, 'must be 1–4');
const serviceCode = z.string().regex(CODE, CODE_MESSAGE);
export const email = z.string().trim().email('must be an e-mail address').max(320);
export const phone = z.string().trim().regex(/^\+?[0-9 ()-]{5,25}$/, 'must be a phone number such as "+371 67120000"');
const time = z.string().refine(isTime, 'must be a time "HH:MM" (00:00–23:59, or 24:00 to close at midnight)');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date "YYYY-MM-DD"').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'is not a calendar date');
const optional = <T extends z.ZodTypeAny>(schema: T) => schema.nullish();

export const postalAddress = z.object({
  street: text(200),
  city: text(100),
  postalCode: optional(z.string().trim().regex(/^(LV-)?\d{4}$|^[A-Z0-9 -]{3,12}$/, 'must be a postal code such as "LV-4101"')),
  municipality: optional(text(100)),
  country: optional(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "LV"')).transform((c) => c ?? 'LV'),
});

export const contactPoint = z.object({
  phone: optional(phone),
  email: optional(email),
  website: optional(https),
  address: optional(postalAddress),
});

export const openingHours = z
  .object({
    weekly: z.array(z.object({ day: z.enum(WEEKDAYS), opens: time, closes: time })).max(50),
    exceptions: optional(z.array(z.object({ date, periods: optional(z.array(z.object({ opens: time, closes: time })).max(10)), reason: optional(optionalLocalized(200)) })).max(400)),
    closedOnPublicHolidays: optional(z.boolean()),
    note: optional(optionalLocalized(500)),
  })
  .transform(
    (h): OpeningHoursData => ({
      weekly: h.weekly,
      exceptions: (h.exceptions ?? []).map((e) => ({ date: e.date, periods: e.periods ?? [], reason: e.reason ?? null })).sort((a, b) => a.date.localeCompare(b.date)),
      closedOnPublicHolidays: h.closedOnPublicHolidays ?? true,
      note: h.note ?? null,
    }),
  );

export const accessibility = z.object({
  wcagLevel: optional(z.enum(['A', 'AA', 'AAA'])),
  statementUrl: optional(https),
  wheelchairAccessible: optional(z.boolean()),
  note: optional(optionalLocalized(1000)),
});

const channelLink = z.object({
  channelCode: z.string().regex(CODE, CODE_MESSAGE),
  charge: optional(z.object({ amount: money, currency: optional(currency).transform((c) => c ?? 'EUR'), description: optional(optionalLocalized(500)) })),
  note: optional(optionalLocalized(1000)),
  hours: optional(openingHours),
  contacts: optional(contactPoint),
});
export type ChannelLinkInput = z.output<typeof channelLink>;

const listOf = <T extends z.ZodTypeAny>(schema: T, max = 50) => z.array(schema).max(max, `at most ${max} items`);

const serviceShape = {
  code: optional(serviceCode),
  holderCode: optional(z.string().min(1).max(64)),
  name: optional(localizedLv(300)),
  alternativeNames: optional(localizedList),
  summary: optional(optionalLocalized(500)),
  description: optional(optionalLocalized(10_000)),
  instructions: optional(optionalLocalized(10_000)),
  kind: optional(z.enum(SERVICE_KINDS)),
  basis: optional(z.enum(SERVICE_BASES)),
  audiences: optional(z.array(z.enum(AUDIENCES)).min(1, 'give at least one audience').max(3)),
  providers: optional(listOf(z.object({
    role: z.enum(PROVIDER_ROLES),
    institutionCode: optional(z.string().min(1).max(64)),
    name: optional(optionalLocalized(300)),
    delivers: optional(optionalLocalized(1000)),
  }).refine((p) => p.institutionCode || p.name, 'give the institutionCode or a name'))),
  channels: optional(listOf(channelLink, 200).superRefine((links, ctx) => {
    const seen = new Set<string>();
    links.forEach((l, i) => {
      if (seen.has(l.channelCode)) ctx.addIssue({ code: 'custom', path: [i, 'channelCode'], message: `"${l.channelCode}" is listed twice` });
      seen.add(l.channelCode);
    });
  })),
  costs: optional(listOf(z.object({
    amount: money,
    currency: optional(currency).transform((c) => c ?? 'EUR'),
    channelType: optional(z.enum(CHANNEL_TYPES)),
    description: optional(optionalLocalized(500)),
    exemptions: optional(optionalLocalized(1000)),
  }))),
  processingTime: optional(duration),
  processingDaysAreWorkingDays: optional(z.boolean()),
  processingTimeLimit: optional(duration),
  requirements: optional(listOf(z.object({ description: localizedLv(2000) }))),
  evidence: optional(listOf(z.object({
    name: localizedLv(300),
    description: optional(optionalLocalized(2000)),
    obtainedByInstitution: optional(z.boolean()).transform((b) => b ?? false),
    sourceRegister: optional(text(200)),
  }))),
  outputs: optional(listOf(z.object({ type: z.enum(OUTPUT_TYPES), name: localizedLv(300) }))),
  legalBasis: optional(listOf(z.object({ title: localizedLv(500), url: optional(https), article: optional(text(100)) }))),
  authenticationLevel: optional(z.enum(AUTHENTICATION_LEVELS)),
  executionType: optional(z.enum(EXECUTION_TYPES)),
  isKeyService: optional(z.boolean()),
  importance: optional(z.object({ targetGroupSize: factor, needImportance: factor, contribution: factor })),
  maturityLevel: optional(z.number().int().min(0, 'must be 0–5').max(5, 'must be 0–5')),
  lifecyclePhase: optional(z.enum(LIFECYCLE_PHASES)),
  relatedServiceCodes: optional(listOf(serviceCode)),
  requiredServiceCodes: optional(listOf(serviceCode)),
  keywords: optional(localizedList),
  thematicAreas: optional(z.array(z.enum(THEMATIC_AREAS)).max(10)),
  redress: optional(z.object({
    howToAppeal: optional(optionalLocalized(2000)),
    appealToCode: optional(z.string().min(1).max(64)),
    appealDeadline: optional(duration),
    silence: z.enum(SILENCE),
    silenceNote: optional(optionalLocalized(1000)),
  })),
  validFrom: optional(instant),
  validTo: optional(instant),
  internal: optional(z.object({
    manager: optional(z.object({ name: text(200), email: optional(email), phone: optional(phone) })),
    processDescription: optional(text(20_000)),
    indicators: optional(listOf(z.object({ name: text(200), value: z.number().finite(), unit: optional(text(50)), period: optional(text(50)) }), 100)),
    unitCost: optional(money),
  })),
};

export const serviceInputSchema = z.object(serviceShape);
export type ServiceInputValues = z.output<typeof serviceInputSchema>;

/** The columns a write sets (everything but identity, status and search text). */
export type ServiceFields = Pick<
  ServiceRow,
  | 'name' | 'alternativeNames' | 'summary' | 'description' | 'instructions' | 'kind' | 'basis' | 'audiences' | 'providers' | 'costs'
  | 'processingTime' | 'processingWorkingDays' | 'processingTimeLimit' | 'requirements' | 'evidence' | 'outputs' | 'legalBasis'
  | 'authenticationLevel' | 'executionType' | 'isKeyService' | 'importance' | 'maturityLevel' | 'lifecyclePhase'
  | 'relatedServiceCodes' | 'requiredServiceCodes' | 'keywords' | 'thematicAreas' | 'redress' | 'manager' | 'processDescription'
  | 'indicators' | 'unitCost' | 'validFrom' | 'validTo'
>;

export interface ServicePatch {
  code?: string;
  holderCode?: string;
  fields: Partial<ServiceFields>;
  /** The channel list, replacing the current one; absent: unchanged. */
  channels?: ChannelLinkInput[];
  /** Input field names given, for the version history. */
  given: string[];
}

export const toProblems = (error: z.ZodError, prefix = ''): FieldProblem[] =>
  error.issues.map((issue) => ({
    path: (prefix ? [prefix, ...issue.path] : issue.path).reduce<string>((p, part) => (typeof part === 'number' ? `${p}[${part}]` : p ? `${p}.${String(part)}` : String(part)), ''),
    message: issue.message,
  }));

const NOT_CLEARABLE = ['name', 'kind', 'basis', 'audiences', 'authenticationLevel', 'lifecyclePhase', 'isKeyService', 'processingDaysAreWorkingDays'];

/** A service input as a patch: only given fields; `null` clears (lists become empty). */
export function parseServiceInput(input: unknown): { patch: ServicePatch } | { problems: FieldProblem[] } {
  const parsed = serviceInputSchema.safeParse(input);
  if (!parsed.success) return { problems: toProblems(parsed.error) };
  const v = parsed.data;
  const raw = input as Record<string, unknown>;
  const given = Object.keys(serviceShape).filter((k) => k in raw && raw[k] !== undefined);
  const problems = NOT_CLEARABLE.filter((k) => raw[k] === null).map((path) => ({ path, message: 'cannot be cleared; give a value' }));
  if (problems.length) return { problems };

  const f: Partial<ServiceFields> = {};
  const has = (k: string) => given.includes(k);
  if (has('name')) f.name = v.name!;
  if (has('alternativeNames')) f.alternativeNames = v.alternativeNames ?? {};
  if (has('summary')) f.summary = v.summary ?? null;
  if (has('description')) f.description = v.description ?? null;
  if (has('instructions')) f.instructions = v.instructions ?? null;
  if (has('kind')) f.kind = v.kind!;
  if (has('basis')) f.basis = v.basis!;
  if (has('audiences')) f.audiences = [...new Set(v.audiences!)];
  if (has('providers')) f.providers = (v.providers ?? []).map((p) => ({ role: p.role, institutionCode: p.institutionCode ?? null, name: p.name ?? null, delivers: p.delivers ?? null }));
  if (has('costs')) f.costs = (v.costs ?? []).map((c) => ({ amount: c.amount, currency: c.currency, channelType: c.channelType ?? null, description: c.description ?? null, exemptions: c.exemptions ?? null }));
  if (has('processingTime')) f.processingTime = v.processingTime ?? null;
  if (has('processingDaysAreWorkingDays')) f.processingWorkingDays = v.processingDaysAreWorkingDays!;
  if (has('processingTimeLimit')) f.processingTimeLimit = v.processingTimeLimit ?? null;
  if (has('requirements')) f.requirements = v.requirements ?? [];
  if (has('evidence')) f.evidence = (v.evidence ?? []).map((e) => ({ name: e.name, description: e.description ?? null, obtainedByInstitution: e.obtainedByInstitution, sourceRegister: e.sourceRegister ?? null }));
  if (has('outputs')) f.outputs = v.outputs ?? [];
  if (has('legalBasis')) f.legalBasis = (v.legalBasis ?? []).map((l) => ({ title: l.title, url: l.url ?? null, article: l.article ?? null }));
  if (has('authenticationLevel')) f.authenticationLevel = v.authenticationLevel!;
  if (has('executionType')) f.executionType = v.executionType ?? null;
  if (has('isKeyService')) f.isKeyService = v.isKeyService!;
  if (has('importance')) f.importance = v.importance ?? null;
  if (has('maturityLevel')) f.maturityLevel = v.maturityLevel ?? null;
  if (has('lifecyclePhase')) f.lifecyclePhase = v.lifecyclePhase!;
  if (has('relatedServiceCodes')) f.relatedServiceCodes = [...new Set(v.relatedServiceCodes ?? [])];
  if (has('requiredServiceCodes')) f.requiredServiceCodes = [...new Set(v.requiredServiceCodes ?? [])];
  if (has('keywords')) f.keywords = v.keywords ?? {};
  if (has('thematicAreas')) f.thematicAreas = [...new Set(v.thematicAreas ?? [])];
  if (has('redress')) f.redress = v.redress ? { howToAppeal: v.redress.howToAppeal ?? null, appealToCode: v.redress.appealToCode ?? null, appealDeadline: v.redress.appealDeadline ?? null, silence: v.redress.silence, silenceNote: v.redress.silenceNote ?? null } : null;
  if (has('validFrom')) f.validFrom = v.validFrom ?? null;
  if (has('validTo')) f.validTo = v.validTo ?? null;
  if (has('internal')) {
    const i = v.internal;
    const r = raw.internal as Record<string, unknown> | null;
    if (!i) Object.assign(f, { manager: null, processDescription: null, indicators: [], unitCost: null });
    else {
      if (r && 'manager' in r) f.manager = i.manager ? { name: i.manager.name, email: i.manager.email ?? null, phone: i.manager.phone ?? null } : null;
      if (r && 'processDescription' in r) f.processDescription = i.processDescription ?? null;
      if (r && 'indicators' in r) f.indicators = (i.indicators ?? []).map((x) => ({ name: x.name, value: x.value, unit: x.unit ?? null, period: x.period ?? null }));
      if (r && 'unitCost' in r) f.unitCost = i.unitCost ?? null;
    }
  }
  return {
    patch: {
      code: v.code ?? undefined,
      holderCode: v.holderCode ?? undefined,
      fields: f,
      channels: has('channels') ? (v.channels ?? []) : undefined,
      given: given.filter((k) => k !== 'code' && k !== 'holderCode'),
    },
  };
}

/** Defaults of a new service for what the create input leaves out. */
export const NEW_SERVICE_DEFAULTS: Omit<ServiceFields, 'name'> = {
  alternativeNames: {}, summary: null, description: null, instructions: null, kind: 'PUBLIC_INDIVIDUAL_BENEFIT', basis: 'STATE_MANDATED',
  audiences: ['PERSON'], providers: [], costs: [], processingTime: null, processingWorkingDays: true, processingTimeLimit: null,
  requirements: [], evidence: [], outputs: [], legalBasis: [], authenticationLevel: 'NONE', executionType: null, isKeyService: false,
  importance: null, maturityLevel: null, lifecyclePhase: 'MAINTENANCE', relatedServiceCodes: [], requiredServiceCodes: [], keywords: {},
  thematicAreas: [], redress: null, manager: null, processDescription: null, indicators: [], unitCost: null, validFrom: null, validTo: null,
};

/** Rules across fields, on the service as it would be after the write. */
export function crossFieldProblems(f: ServiceFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (f.validFrom && f.validTo && f.validTo <= f.validFrom) problems.push({ path: 'validTo', message: 'must be after validFrom' });
  if (f.processingTime && f.processingTimeLimit) {
    const usual = parseDuration(f.processingTime), limit = parseDuration(f.processingTimeLimit);
    if (usual && limit && approximateDays(usual) > approximateDays(limit)) problems.push({ path: 'processingTimeLimit', message: `must not be shorter than processingTime (${f.processingTime})` });
  }
  return problems;
}
