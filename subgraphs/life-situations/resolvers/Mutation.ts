import { reportersOf, storeEvent } from '../data/event-store.ts';
import { reportingInstitution, requireReporter } from '../domain/access.ts';
import { checkReport, latvianToday, sameEvent } from '../domain/report.ts';
import type { MutationResolvers } from '../generated/types.ts';
import { setReporter } from '../commands/reporter-commands.ts';
import { archiveLifeSituation, createLifeSituation, publishLifeSituation, updateLifeSituation } from '../commands/situation-commands.ts';

export const Mutation: MutationResolvers = {
  reportLifeEvent: async (_, { input }, ctx) => {
    const institution = reportingInstitution(ctx.identity);
    requireReporter(institution, input.type, await reportersOf(ctx.db, input.type));
    const report = checkReport(input, ctx.clientIdSecret, latvianToday(ctx.now));
    const { event, created } = await storeEvent(ctx.db, institution, report);
    if (created || sameEvent(event, report)) return { lifeEvent: event, created, errors: [] };
    return {
      lifeEvent: null,
      created: false,
      errors: [{
        __typename: 'ReportLifeEventReferenceConflict' as const,
        code: 'CONFLICT',
        message: `${institution} reported "${report.reference}" before with other content (another client, type, date or related person); send a new reference for a new event.`,
        existingEventId: event.id,
      }],
    };
  },
  createLifeSituation: (_, { input }, ctx) => createLifeSituation(ctx, input),
  updateLifeSituation: (_, { code, input, expectedVersion }, ctx) => updateLifeSituation(ctx, code, input, expectedVersion),
  publishLifeSituation: (_, { code }, ctx) => publishLifeSituation(ctx, code),
  archiveLifeSituation: (_, { code }, ctx) => archiveLifeSituation(ctx, code),
  allowLifeEventReporter: (_, { input }, ctx) => setReporter(ctx, input, true),
  disallowLifeEventReporter: (_, { input }, ctx) => setReporter(ctx, input, false),
};
