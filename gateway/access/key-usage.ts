import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult } from 'graphql';
import type { RequestIdentities } from '../request-identity.ts';
import type { UsageMeter } from '../usage.ts';
import type { RequestBudgets } from './request-budget.ts';

/** Per answered request with an API key: its operations, cost and errors, for the key's owner (gateway/usage.ts). */
export const useKeyUsage = (identities: RequestIdentities, budgets: RequestBudgets, usage: UsageMeter): GatewayPlugin => ({
  async onResultProcess({ request, result }) {
    const caller = await identities.caller(request).catch(() => null);
    if (!caller?.key) return;
    const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
    usage.record(caller.key.id, { operations: results.length, cost: budgets.peek(request)?.cost ?? 0, errors: results.filter((r) => r?.errors?.length).length });
  },
});
