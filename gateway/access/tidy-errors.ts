import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult } from 'graphql';
import { mayIntrospect, tidyErrors } from '../limits.ts';
import type { RequestIdentities } from '../request-identity.ts';

/** Error messages shortened, and without "Did you mean …?" for callers who may not introspect (gateway/limits.ts). */
export const useErrorTidying = (identities: RequestIdentities, development: boolean): GatewayPlugin => ({
  async onResultProcess({ request, result, setResult }) {
    const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
    if (!results.some((r) => r?.errors?.length)) return;
    const caller = await identities.caller(request).catch(() => null);
    const suggestions = mayIntrospect(caller?.identity ?? null, development);
    let changed = false;
    const tidy = results.map((r) => {
      const errors = r?.errors && tidyErrors(r.errors, suggestions);
      if (!errors) return r;
      changed = true;
      return { ...r, errors };
    });
    if (changed) setResult((Array.isArray(result) ? tidy : tidy[0]) as never);
  },
});
