import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { operationFacts } from '../operation-facts.ts';
import type { FieldUsageMeter } from '../usage.ts';

/** Counts the schema coordinates each operation that passed every limit selects (gateway/usage.ts). */
export const useFieldUsage = (meter: FieldUsageMeter): GatewayPlugin => ({
  onExecute({ args }) {
    meter.record(operationFacts(args.schema, args.document, args.operationName, args.variableValues).selected);
  },
});
