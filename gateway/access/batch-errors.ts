import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult } from 'graphql';

/** Yoga refuses batches itself, with the code BAD_REQUEST; the graph's code says which limit. */
const BATCH_REFUSED = /^Batching is (not supported|limited)/;

export const useBatchErrorCodes = (maxBatch: number): GatewayPlugin => ({
  onResultProcess({ result }) {
    for (const r of (Array.isArray(result) ? result : [result]) as ExecutionResult[])
      for (const e of r?.errors ?? []) if (BATCH_REFUSED.test(e.message)) Object.assign(e.extensions, { code: 'BATCH_TOO_LARGE', maxBatch });
  },
});
