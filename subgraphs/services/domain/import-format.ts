/**
 * The catalogue import document (docs/catalogue-import.md): CPSV-AP 3.2 property names where CPSV-AP has the
 * concept (identifier, name, description, hasCompetentAuthority, hasChannel, hasCost, processingTime, hasInput,
 * holdsRequirement, follows (Rule), language, produces, hasLegalResource, keyword, thematicArea, relatedService, requires, hasParticipation,
 * ownedBy, openingHours, hasContactPoint), this catalogue's own names for the rest. Texts are language maps
 * ({ "lv": "…", "en": "…" }); keywords and alternative names map a language to a list.
 *
 * This module only translates: each item becomes the input of upsertChannel / upsertService, whose validation then
 * reports every problem with its path in the item.
 */
import type { FieldProblem } from './service-input.ts';

export const IMPORT_FORMAT = 'psg-catalogue/1';
export const MAX_IMPORT_ITEMS = 500;

export interface ImportItem {
  itemType: 'SERVICE' | 'CHANNEL';
  index: number;
  code: string | null;
  sourceId: string | null;
  /** The item as a GraphQL-shaped input; null when it could not be translated (see problems). */
  input: Record<string, unknown> | null;
  status?: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
  problems: FieldProblem[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** { lv: "…" } → [{ language: "lv", value: "…" }]; null stays null; anything else is reported. */
function languageMap(value: unknown, path: string, problems: FieldProblem[]): unknown {
  if (value === null || value === undefined) return value;
  if (!isObject(value)) {
    problems.push({ path, message: 'must be a language map such as { "lv": "…", "en": "…" }' });
    return undefined;
  }
  return Object.entries(value).map(([language, v]) => ({ language, value: v }));
}

/** { lv: ["…", "…"] } → [{ language: "lv", value: "…" }, …]. */
function languageListMap(value: unknown, path: string, problems: FieldProblem[]): unknown {
  if (value === null || value === undefined) return value;
  if (!isObject(value) || !Object.values(value).every(Array.isArray)) {
    problems.push({ path, message: 'must map languages to lists, e.g. { "lv": ["pase"], "en": ["passport"] }' });
    return undefined;
  }
  return Object.entries(value as Record<string, unknown[]>).flatMap(([language, list]) => list.map((v) => ({ language, value: v })));
}

type Field = { to: string; convert?: (v: unknown, path: string, problems: FieldProblem[]) => unknown };
const text = (to: string): Field => ({ to, convert: languageMap });
const list = <T>(to: string, each: (item: Json, path: string, problems: FieldProblem[]) => T): Field => ({
  to,
  convert: (v, path, problems) => {
    if (v === null || v === undefined) return v;
    if (!Array.isArray(v)) {
      problems.push({ path, message: 'must be an array' });
      return undefined;
    }
    return v.map((item, i) => (isObject(item) ? each(item, `${path}[${i}]`, problems) : item));
  },
});
/** Renames an object's keys and converts its language maps. */
const object = (fields: Record<string, Field>) => (item: Json, path: string, problems: FieldProblem[]) => translate(item, fields, path, problems);

function translate(item: Json, fields: Record<string, Field>, prefix: string, problems: FieldProblem[]): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(item)) {
    const field = fields[key];
    const path = prefix ? `${prefix}.${key}` : key;
    if (!field) {
      problems.push({ path, message: `is not a field of this format; see docs/catalogue-import.md (known: ${Object.keys(fields).join(', ')})` });
      continue;
    }
    const converted = field.convert ? field.convert(value, path, problems) : value;
    if (converted !== undefined) out[field.to] = converted;
  }
  return out;
}

const hours = object({
  weekly: { to: 'weekly' },
  exceptions: list('exceptions', object({ date: { to: 'date' }, periods: { to: 'periods' }, reason: text('reason') })),
  closedOnPublicHolidays: { to: 'closedOnPublicHolidays' },
  note: text('note'),
});
const address = object({ street: { to: 'street' }, city: { to: 'city' }, postalCode: { to: 'postalCode' }, municipality: { to: 'municipality' }, country: { to: 'country' } });
const contactPoint = object({ phone: { to: 'phone' }, email: { to: 'email' }, website: { to: 'website' }, address: { to: 'address', convert: (v, p, pr) => (isObject(v) ? address(v, p, pr) : v) } });
const nested = (fn: (item: Json, path: string, problems: FieldProblem[]) => Json): Field['convert'] => (v, p, pr) => (isObject(v) ? fn(v, p, pr) : v);

const SERVICE_FIELDS: Record<string, Field> = {
  identifier: { to: 'code' },
  sourceId: { to: '_sourceId' },
  status: { to: '_status' },
  hasCompetentAuthority: { to: 'holderCode' },
  name: text('name'),
  alternativeName: { to: 'alternativeNames', convert: languageListMap },
  summary: text('summary'),
  description: text('description'),
  instructions: text('instructions'),
  type: { to: 'kind' },
  basis: { to: 'basis' },
  audience: { to: 'audiences' },
  hasParticipation: list('providers', object({ role: { to: 'role' }, agent: { to: 'institutionCode' }, name: text('name'), description: text('delivers') })),
  hasChannel: list('channels', object({ identifier: { to: 'channelCode' }, url: { to: 'url' }, charge: { to: 'charge', convert: nested(object({ value: { to: 'amount' }, currency: { to: 'currency' }, description: text('description') })) }, note: text('note'), openingHours: { to: 'hours', convert: nested(hours) }, hasContactPoint: { to: 'contacts', convert: nested(contactPoint) } })),
  hasCost: list('costs', object({ value: { to: 'amount' }, currency: { to: 'currency' }, ifAccessedThrough: { to: 'channelType' }, description: text('description'), exemptions: text('exemptions') })),
  processingTime: { to: 'processingTime' },
  processingDaysAreWorkingDays: { to: 'processingDaysAreWorkingDays' },
  processingTimeLimit: { to: 'processingTimeLimit' },
  holdsRequirement: list('requirements', object({ description: text('description') })),
  noRequirements: { to: 'noRequirements' },
  follows: list('rules', object({ title: text('title'), description: text('description'), url: { to: 'url' } })),
  language: { to: 'procedureLanguages' },
  paymentMethod: { to: 'paymentMethods' },
  identificationMeans: { to: 'identificationMeans' },
  hasInput: list('evidence', object({ name: text('name'), description: text('description'), obtainedByInstitution: { to: 'obtainedByInstitution' }, sourceRegister: { to: 'sourceRegister' } })),
  produces: list('outputs', object({ type: { to: 'type' }, name: text('name') })),
  hasLegalResource: list('legalBasis', object({ title: text('title'), url: { to: 'url' }, article: { to: 'article' } })),
  authenticationLevel: { to: 'authenticationLevel' },
  executionType: { to: 'executionType' },
  isKeyService: { to: 'isKeyService' },
  importance: { to: 'importance' },
  maturityLevel: { to: 'maturityLevel' },
  lifecyclePhase: { to: 'lifecyclePhase' },
  relatedService: { to: 'relatedServiceCodes' },
  requires: { to: 'requiredServiceCodes' },
  keyword: { to: 'keywords', convert: languageListMap },
  thematicArea: { to: 'thematicAreas' },
  redress: { to: 'redress', convert: nested(object({ howToAppeal: text('howToAppeal'), appealTo: { to: 'appealToCode' }, appealDeadline: { to: 'appealDeadline' }, silence: { to: 'silence' }, silenceNote: text('silenceNote') })) },
  validFrom: { to: 'validFrom' },
  validTo: { to: 'validTo' },
  internal: { to: 'internal' },
};

const CHANNEL_FIELDS: Record<string, Field> = {
  identifier: { to: 'code' },
  ownedBy: { to: 'ownerCode' },
  type: { to: 'type' },
  name: text('name'),
  description: text('description'),
  url: { to: 'url' },
  phone: { to: 'phoneNumber' },
  callCost: text('callCost'),
  email: { to: 'email' },
  address: { to: 'address', convert: nested(address) },
  coordinates: { to: 'coordinates' },
  openingHours: { to: 'hours', convert: nested(hours) },
  authenticationLevel: { to: 'authenticationLevel' },
  signatureRequired: { to: 'signatureRequired' },
  accessibility: { to: 'accessibility', convert: nested(object({ wcagLevel: { to: 'wcagLevel' }, statementUrl: { to: 'statementUrl' }, wheelchairAccessible: { to: 'wheelchairAccessible' }, note: text('note') })) },
  hasContactPoint: { to: 'contacts', convert: nested(contactPoint) },
  clientServiceCentre: { to: 'isClientServiceCentre' },
};

const STATUSES = { draft: 'DRAFT', published: 'PUBLISHED', archived: 'ARCHIVED' } as const;

/**
 * The items of a document, channels first, or the problems that make the whole document unreadable (not an
 * object, an unknown format, too many items). A problem in one item stays with that item.
 */
export function parseImportDocument(doc: unknown): { items: ImportItem[] } | { problems: FieldProblem[] } {
  if (!isObject(doc)) return { problems: [{ path: '', message: 'the document must be a JSON object with "format", "channels" and "services"' }] };
  const problems: FieldProblem[] = [];
  if (doc.format !== IMPORT_FORMAT) problems.push({ path: 'format', message: `must be "${IMPORT_FORMAT}"` });
  for (const key of Object.keys(doc)) if (!['format', 'publisher', 'channels', 'services'].includes(key)) problems.push({ path: key, message: 'is not a field of the document (known: format, publisher, channels, services)' });
  const channelItems = doc.channels ?? [];
  const serviceItems = doc.services ?? [];
  if (!Array.isArray(channelItems)) problems.push({ path: 'channels', message: 'must be an array' });
  if (!Array.isArray(serviceItems)) problems.push({ path: 'services', message: 'must be an array' });
  if (doc.publisher !== undefined && typeof doc.publisher !== 'string') problems.push({ path: 'publisher', message: 'must be an institution code such as "PMLP"' });
  if (problems.length) return { problems };
  const total = (channelItems as unknown[]).length + (serviceItems as unknown[]).length;
  if (total > MAX_IMPORT_ITEMS) return { problems: [{ path: '', message: `has ${total} items; send at most ${MAX_IMPORT_ITEMS} per call (the CLI splits files)` }] };
  const publisher = doc.publisher as string | undefined;

  const items: ImportItem[] = [];
  (channelItems as unknown[]).forEach((raw, index) => {
    const itemProblems: FieldProblem[] = [];
    if (!isObject(raw)) return items.push({ itemType: 'CHANNEL', index, code: null, sourceId: null, input: null, problems: [{ path: '', message: 'must be an object' }] });
    const input = translate(raw, CHANNEL_FIELDS, '', itemProblems);
    if (publisher && input.ownerCode === undefined) input.ownerCode = publisher;
    items.push({ itemType: 'CHANNEL', index, code: typeof raw.identifier === 'string' ? raw.identifier : null, sourceId: null, input, problems: itemProblems });
  });
  (serviceItems as unknown[]).forEach((raw, index) => {
    const itemProblems: FieldProblem[] = [];
    if (!isObject(raw)) return items.push({ itemType: 'SERVICE', index, code: null, sourceId: null, input: null, problems: [{ path: '', message: 'must be an object' }] });
    const { _sourceId, _status, ...input } = translate(raw, SERVICE_FIELDS, '', itemProblems);
    if (publisher && input.holderCode === undefined) input.holderCode = publisher;
    const code = typeof raw.identifier === 'string' ? raw.identifier : null;
    const sourceId = typeof _sourceId === 'string' && _sourceId ? _sourceId : code;
    if (!sourceId) itemProblems.push({ path: 'sourceId', message: 'is required when there is no identifier' });
    let status: ImportItem['status'];
    if (_status !== undefined) {
      status = STATUSES[_status as keyof typeof STATUSES];
      if (!status) itemProblems.push({ path: 'status', message: 'must be "draft", "published" or "archived"' });
    }
    items.push({ itemType: 'SERVICE', index, code, sourceId, input, status, problems: itemProblems });
  });
  return { items };
}
