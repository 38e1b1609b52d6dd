/** The life-situations subgraph's writes: each field hands its input to its command (commands/) and returns the payload. */
import { reportLifeEvent } from '../commands/life-events.ts';
import type { MutationResolvers } from '../generated/types.ts';
import { setReporter } from '../commands/reporter-commands.ts';
import { archiveLifeSituation, createLifeSituation, publishLifeSituation, updateLifeSituation } from '../commands/situation-commands.ts';

export const Mutation: MutationResolvers = {
  reportLifeEvent: (_, { input }, ctx) => reportLifeEvent(ctx, input),
  createLifeSituation: (_, { input }, ctx) => createLifeSituation(ctx, input),
  updateLifeSituation: (_, { code, input, expectedVersion, asDraft }, ctx) => updateLifeSituation(ctx, code, input, expectedVersion, asDraft ?? false),
  publishLifeSituation: (_, { code }, ctx) => publishLifeSituation(ctx, code),
  archiveLifeSituation: (_, { code }, ctx) => archiveLifeSituation(ctx, code),
  allowLifeEventReporter: (_, { input }, ctx) => setReporter(ctx, input, true),
  disallowLifeEventReporter: (_, { input }, ctx) => setReporter(ctx, input, false),
};
