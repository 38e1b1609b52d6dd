import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { operationFacts } from '../operation-facts.ts';
import type { FieldUsageMeter } from '../usage.ts';

/** Counts the schema coordinates each operation that passed every limit selects (gateway/usage.ts). */
export const useFieldUsage = (meter: FieldUsageMeter): GatewayPlugin => ({
  onExecute({ args }) {
    // Per calling application too: the registry names the applications a change to the public contract would hit.
    const application = (args.contextValue as { identity?: { application?: string | null } }).identity?.application ?? '';
    meter.record(operationFacts(args.schema, args.document, args.operationName, args.variableValues).selected, application);
  },
});
