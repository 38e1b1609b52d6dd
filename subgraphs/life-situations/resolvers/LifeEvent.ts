import type { Resolvers } from '../generated/types.ts';

export const eventResolvers: Pick<Resolvers, 'LifeEvent' | 'LifeEventReporter'> = {
  LifeEvent: {
    reportedBy: (event) => ({ code: event.reportedBy }),
    reportedByCode: (event) => event.reportedBy,
    relatedClient: (event) => (event.relatedClientId ? { id: event.relatedClientId } : null),
    triggers: async (event, _, ctx) => {
      const situations = await ctx.loaders.situationsByTrigger.load(event.type);
      return situations.filter((s) => (s.audience === 'BUSINESS') === (event.clientKind === 'COMPANY'));
    },
  },
  LifeEventReporter: {
    institution: (row) => ({ code: row.institutionCode }),
  },
};
