import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { gatewayError } from '../gateway-errors.ts';
import { operationFacts } from '../operation-facts.ts';

/** With its fragments spread, an operation may select as many fields as a document may have tokens (fragment bombs). */
export const useFieldCount = (maxFields: number): GatewayPlugin => ({
  onExecute({ args, setResultAndStopExecution }) {
    const { fields } = operationFacts(args.schema, args.document, args.operationName, args.variableValues);
    if (fields > maxFields)
      setResultAndStopExecution({ errors: [gatewayError('TOO_MANY_FIELDS', `With its fragments spread, this operation selects ${fields} fields; at most ${maxFields} are allowed, as many as a document may have tokens.`, 400, { fields, limit: maxFields }) as never] });
  },
});
