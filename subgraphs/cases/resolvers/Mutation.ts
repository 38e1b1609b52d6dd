/** The cases subgraph's writes: each field hands its input to its command (commands/) and returns the payload. */
import { setCalendarDay } from '../commands/calendar.ts';
import { rateCase, submitCaseComplaint } from '../commands/client-cases.ts';
import { addCaseEvent, recordServiceDeliveries, registerCase, updateCaseStatus } from '../commands/institution-cases.ts';
import { syncServiceProjection } from '../commands/service-projection.ts';
import type { MutationResolvers } from '../generated/types.ts';
import { freshness } from './ServiceProjection.ts';

export const Mutation: MutationResolvers = {
  registerCase: (_, { input }, ctx) => registerCase(ctx, input),
  updateCaseStatus: (_, { input }, ctx) => updateCaseStatus(ctx, input),
  addCaseEvent: (_, { input }, ctx) => addCaseEvent(ctx, input),
  recordServiceDeliveries: (_, { input }, ctx) => recordServiceDeliveries(ctx, input),
  rateCase: (_, { input }, ctx) => rateCase(ctx, input),
  submitCaseComplaint: (_, { input }, ctx) => submitCaseComplaint(ctx, input),
  setCalendarDay: (_, { input }, ctx) => setCalendarDay(ctx, input),
  syncServiceProjection: async (_, __, ctx) => {
    await syncServiceProjection(ctx);
    return freshness(ctx);
  },
};
