/** The clients subgraph's writes: each field hands its input to its command (commands/) and returns the payload. */
import { answerConsentRequest, grantConsent, requestConsent, revokeConsent } from '../commands/consents.ts';
import { recordPersonalCodeForwarding } from '../commands/personal-codes.ts';
import { acceptPowerOfAttorney, grantPowerOfAttorney, revokePowerOfAttorney } from '../commands/powers.ts';
import { addContact, removeContact, updateContact, updatePreferences } from '../commands/profile.ts';
import type { MutationResolvers } from '../generated/types.ts';

export const Mutation: MutationResolvers = {
  addContact: (_, { input }, ctx) => addContact(ctx, input),
  updateContact: (_, { input }, ctx) => updateContact(ctx, input),
  removeContact: (_, { id }, ctx) => removeContact(ctx, id),
  updatePreferences: (_, { input }, ctx) => updatePreferences(ctx, input),
  grantConsent: (_, { input }, ctx) => grantConsent(ctx, input),
  requestConsent: (_, { input }, ctx) => requestConsent(ctx, input),
  answerConsentRequest: (_, { input }, ctx) => answerConsentRequest(ctx, input),
  revokeConsent: (_, { id }, ctx) => revokeConsent(ctx, id),
  grantPowerOfAttorney: (_, { input }, ctx) => grantPowerOfAttorney(ctx, input),
  acceptPowerOfAttorney: (_, { id }, ctx) => acceptPowerOfAttorney(ctx, id),
  revokePowerOfAttorney: (_, { id }, ctx) => revokePowerOfAttorney(ctx, id),
  recordPersonalCodeForwarding: (_, { input }, ctx) => recordPersonalCodeForwarding(ctx, input),
};
