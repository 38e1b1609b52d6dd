import type { PlatformContext } from '../context.ts';
import * as store from '../data/application-store.ts';
import { requireOperator } from '../domain/access.ts';
import { currentTerms, requireDeveloper } from '../domain/applications.ts';
import type { ApplicationAccessRequestResolvers, ApplicationResolvers, QueryResolvers } from '../generated/types.ts';

/** Reads of self-service applications (the developer portal); the writes are commands/applications.ts. */
export const applicationQuery: Pick<QueryResolvers<PlatformContext>, 'myApplications' | 'registeredApplication' | 'currentTermsOfUse' | 'applicationAccessRequests'> = {
  registeredApplication: (_, { clientId }, ctx) => store.applicationByClientId(ctx.db, clientId.trim()),
  myApplications: (_, __, ctx) => store.applicationsOf(ctx.db, requireDeveloper(ctx.identity)),
  currentTermsOfUse: () => currentTerms(),
  applicationAccessRequests: (_, { status }, ctx) => {
    requireOperator(ctx.identity);
    return store.requestsByStatus(ctx.db, status ?? null);
  },
};


export const Application: ApplicationResolvers<PlatformContext> = {
  termsAccepted: (app, _, ctx) => store.latestAcceptance(ctx.db, app.id),
  mustAcceptTerms: async (app, _, ctx) => ((await store.latestAcceptance(ctx.db, app.id))?.version ?? 0) < currentTerms().version,
  keys: (app, _, ctx) => store.keysOf(ctx.db, app.clientId),
  accessRequests: (app, _, ctx) => store.requestsOf(ctx.db, app.id),
};

export const ApplicationAccessRequest: ApplicationAccessRequestResolvers<PlatformContext> = {
  application: async (r, _, ctx) => (await store.applicationById(ctx.db, r.applicationId))?.clientId ?? '',
};
