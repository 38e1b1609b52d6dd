import { parseId } from '@public-service-graph/subgraph-kit/errors';
import { addContact, removeContact, setPreferredFor } from '../../data/contact-store.ts';
import { savePreferences } from '../../data/preference-store.ts';
import { normalizeContact } from '../../domain/contacts.ts';
import { MAX_CONTACTS } from '../../domain/contacts.ts';
import { applyPreferences, preferencesView } from '../../domain/preferences.ts';
import type { MutationResolvers } from '../../generated/types.ts';
import { reachability } from '../Client.ts';
import { managed } from './managed.ts';

const unique = <T>(values: readonly T[] | null | undefined): T[] => [...new Set(values ?? [])];

export const profileMutations: Pick<MutationResolvers, 'addContact' | 'updateContact' | 'removeContact' | 'updatePreferences'> = {
  addContact: async (_, { input }, ctx) => {
    const { clientId } = await managed(ctx);
    const normalized = normalizeContact(input.kind, input.value);
    if ('message' in normalized) return { contact: null, errors: [{ __typename: 'AddContactInvalidValue', code: 'BAD_USER_INPUT', message: normalized.message }] };
    const result = await addContact(ctx.db, clientId, input.kind, normalized.value, unique(input.preferredFor), ctx.now);
    if ('duplicateOf' in result)
      return { contact: null, errors: [{ __typename: 'AddContactDuplicate', code: 'CONFLICT', message: `${normalized.value} is already on the profile.`, existingId: result.duplicateOf }] };
    if ('limitReached' in result)
      return { contact: null, errors: [{ __typename: 'AddContactLimitReached', code: 'CONFLICT', message: `A profile holds at most ${MAX_CONTACTS} contacts: remove one first.` }] };
    return { contact: result.contact, errors: [] };
  },

  updateContact: async (_, { input }, ctx) => {
    const { clientId } = await managed(ctx);
    const contact = await setPreferredFor(ctx.db, clientId, parseId(input.id, 'contact'), unique(input.preferredFor));
    if (!contact) return { contact: null, errors: [{ __typename: 'UpdateContactNotFound', code: 'NOT_FOUND', message: 'No contact with that id on this profile.' }] };
    return { contact, errors: [] };
  },

  removeContact: async (_, { id }, ctx) => {
    const { clientId } = await managed(ctx);
    const contactId = parseId(id, 'contact');
    if (!(await removeContact(ctx.db, clientId, contactId)))
      return { removedId: null, errors: [{ __typename: 'RemoveContactNotFound', code: 'NOT_FOUND', message: 'No contact with that id on this profile.' }] };
    return { removedId: contactId, errors: [] };
  },

  updatePreferences: async (_, { input }, ctx) => {
    const { clientId } = await managed(ctx);
    const row = (await ctx.loaders.clientById.load(clientId))!;
    const [stored, reach] = await Promise.all([ctx.loaders.preferencesByClient.load(clientId), reachability(ctx, row)]);
    const next = applyPreferences(stored, input, reach);
    if ('kind' in next) {
      const error = next.kind === 'language'
        ? { __typename: 'UpdatePreferencesUnsupportedLanguage' as const, code: 'BAD_USER_INPUT', message: next.message, supported: ['lv', 'en', 'ru'] }
        : { __typename: 'UpdatePreferencesChannelUnavailable' as const, code: 'BAD_USER_INPUT', message: next.message, channel: next.channel };
      return { preferences: null, errors: [error] };
    }
    await savePreferences(ctx.db, clientId, next, ctx.now);
    return { preferences: preferencesView(next, reach), errors: [] };
  },
};
