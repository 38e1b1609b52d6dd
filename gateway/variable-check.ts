import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, getVariableValues, GraphQLError } from 'graphql';

/**
 * A variable the operation cannot take (a list where a string goes) is refused before execution with 400 and
 * BAD_USER_INPUT, as graphql-js's execute refuses it. Needed with the Rust planner: its runtime coerces variables
 * only after planning and throws what it finds, which Yoga answers with 200.
 */
export const useVariableCheck = (): GatewayPlugin => ({
  onExecute({ args, setResultAndStopExecution }) {
    const definitions = getOperationAST(args.document, args.operationName)?.variableDefinitions;
    if (!definitions?.length) return;
    const { errors } = getVariableValues(args.schema, definitions, args.variableValues ?? {}, { maxErrors: 10 });
    if (errors)
      setResultAndStopExecution({
        errors: errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } })),
      });
  },
});
