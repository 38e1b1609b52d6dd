import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { gatewayError } from '../gateway-errors.ts';
import { isIntrospection, mayIntrospect } from '../limits.ts';
import type { RequestIdentities } from '../request-identity.ts';
import type { AccessContext } from './request-budget.ts';

/** Introspection only for developers (gateway/limits.ts, mayIntrospect); everyone else reads the published schema. */
export const useIntrospectionGate = (identities: RequestIdentities, development: boolean): GatewayPlugin => ({
  async onExecute({ args, setResultAndStopExecution }) {
    if (!isIntrospection(args.document)) return;
    const context = args.contextValue as AccessContext;
    const identity = context.identity ?? (await identities.identity(context.request));
    if (!mayIntrospect(identity, development))
      setResultAndStopExecution({ errors: [gatewayError('INTROSPECTION_DISABLED', 'Introspection is for developers: use a key or token with the "developer" scope, or read the published schema.', 403) as never] });
  },
});
