import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, getVariableValues, GraphQLError } from 'graphql';

/**
 * A variable the operation cannot take (a list where a string goes) is refused before execution with 400 and
 * BAD_USER_INPUT, as graphql-js's execute refuses it. Needed with the Rust planner: its runtime coerces variables
 * only after planning and throws what it finds, which Yoga answers with 200. The runtime coerces them again (it
 * takes no coerced values: it coerces what the request sent, inside its executor), but this pass is what bounds the
 * cost: the runtime's has no error limit, and a 100 000-item list of the wrong type would cost it seconds of CPU and
 * megabytes of errors, where this one stops at ten. A request's usual variables cost it a few microseconds.
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
