/** The life-situations subgraph's writes: each field hands its input to its command (commands/) and returns the payload. */
import { reportLifeEvent } from '../commands/life-events.ts';
import type { MutationResolvers } from '../generated/types.ts';

export const Mutation: MutationResolvers = {
  reportLifeEvent: (_, { input }, ctx) => reportLifeEvent(ctx, input),
};
