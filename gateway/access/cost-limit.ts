import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { gatewayError } from '../gateway-errors.ts';
import { operationFacts } from '../operation-facts.ts';
import type { AccessContext, RequestBudgets } from './request-budget.ts';

/** An operation may cost at most maxCost points (gateway/operation-facts.ts); what it costs is charged to the request. */
export const useCostLimit = (budgets: RequestBudgets, maxCost: number): GatewayPlugin => ({
  onExecute({ args, setResultAndStopExecution }) {
    const { cost } = operationFacts(args.schema, args.document, args.operationName, args.variableValues);
    budgets.of((args.contextValue as AccessContext).request).cost += cost;
    if (cost > maxCost)
      setResultAndStopExecution({ errors: [gatewayError('QUERY_TOO_COSTLY', `This operation may cost ${cost} points; the most one operation may cost is ${maxCost}. Ask for smaller pages (first) or fewer nested lists.`, 400, { cost, maxCost }) as never] });
  },
});
