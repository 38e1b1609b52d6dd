import { parseId } from '@public-service-graph/subgraph-kit/errors';
import type { ClientsContext } from '../context.ts';
import * as contacts from '../data/contact-store.ts';
import { reachability } from '../data/loaders.ts';
import { savePreferences } from '../data/preference-store.ts';
import { MAX_CONTACTS, normalizeContact } from '../domain/contacts.ts';
import { applyPreferences, preferencesView } from '../domain/preferences.ts';
import type { AddContactInput, ResolversParentTypes as Payloads, UpdateContactInput, UpdatePreferencesInput } from '../generated/types.ts';
import { managed } from './managed.ts';

const unique = <T>(values: readonly T[] | null | undefined): T[] => [...new Set(values ?? [])];

/** A contact (e-mail, phone) on the profile: normalized, not twice, within the limit. */
export async function addContact(ctx: ClientsContext, input: AddContactInput): Promise<Payloads['AddContactPayload']> {
  const { clientId } = await managed(ctx);
  const normalized = normalizeContact(input.kind, input.value);
  if ('message' in normalized) return { contact: null, errors: [{ __typename: 'AddContactInvalidValue', code: 'BAD_USER_INPUT', message: normalized.message }] };
  const result = await contacts.addContact(ctx.db, clientId, input.kind, normalized.value, unique(input.preferredFor), ctx.now);
  if ('duplicateOf' in result)
    return { contact: null, errors: [{ __typename: 'AddContactDuplicate', code: 'CONFLICT', message: `${normalized.value} is already on the profile.`, existingId: result.duplicateOf }] };
  if ('limitReached' in result)
    return { contact: null, errors: [{ __typename: 'AddContactLimitReached', code: 'CONFLICT', message: `A profile holds at most ${MAX_CONTACTS} contacts: remove one first.` }] };
  return { contact: result.contact, errors: [] };
}

/** What a contact is preferred for. */
export async function updateContact(ctx: ClientsContext, input: UpdateContactInput): Promise<Payloads['UpdateContactPayload']> {
  const { clientId } = await managed(ctx);
  const contact = await contacts.setPreferredFor(ctx.db, clientId, parseId(input.id, 'contact'), unique(input.preferredFor));
  if (!contact) return { contact: null, errors: [{ __typename: 'UpdateContactNotFound', code: 'NOT_FOUND', message: 'No contact with that id on this profile.' }] };
  return { contact, errors: [] };
}

/** A contact off the profile. */
export async function removeContact(ctx: ClientsContext, id: string): Promise<Payloads['RemoveContactPayload']> {
  const { clientId } = await managed(ctx);
  const contactId = parseId(id, 'contact');
  if (!(await contacts.removeContact(ctx.db, clientId, contactId)))
    return { removedId: null, errors: [{ __typename: 'RemoveContactNotFound', code: 'NOT_FOUND', message: 'No contact with that id on this profile.' }] };
  return { removedId: contactId, errors: [] };
}

/** Language, channel and notifications, checked against where the client can be reached. */
export async function updatePreferences(ctx: ClientsContext, input: UpdatePreferencesInput): Promise<Payloads['UpdatePreferencesPayload']> {
  const { clientId } = await managed(ctx);
  const row = (await ctx.loaders.clientById.load(clientId))!;
  const [stored, reach] = await Promise.all([ctx.loaders.preferencesByClient.load(clientId), reachability(ctx.loaders, row)]);
  const next = applyPreferences(stored, input, reach);
  if ('kind' in next) {
    const error = next.kind === 'language'
      ? { __typename: 'UpdatePreferencesUnsupportedLanguage' as const, code: 'BAD_USER_INPUT', message: next.message, supported: ['lv', 'en', 'ru'] }
      : { __typename: 'UpdatePreferencesChannelUnavailable' as const, code: 'BAD_USER_INPUT', message: next.message, channel: next.channel };
    return { preferences: null, errors: [error] };
  }
  await savePreferences(ctx.db, clientId, next, ctx.now);
  return { preferences: preferencesView(next, reach), errors: [] };
}
