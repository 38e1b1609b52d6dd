import type { LifeSituationsContext } from '../context.ts';
import { reportersOf, storeEvent } from '../data/event-store.ts';
import { reportingInstitution, requireReporter } from '../domain/access.ts';
import { checkReport, latvianToday, sameEvent } from '../domain/report.ts';
import type { ReportLifeEventInput, ResolversParentTypes as Payloads } from '../generated/types.ts';

/**
 * An institution registered as a reporter of this type of event reports one for a client. The same reference again
 * with the same content is the stored event (a retry); with other content, a conflict.
 */
export async function reportLifeEvent(ctx: LifeSituationsContext, input: ReportLifeEventInput): Promise<Payloads['ReportLifeEventPayload']> {
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
}
