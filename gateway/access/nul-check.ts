import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { gatewayError } from '../gateway-errors.ts';
import { containsNul } from '../limits.ts';

/** No text input may hold U+0000 (gateway/limits.ts, containsNul): refused before any subgraph is asked. */
export const useNulCheck = (): GatewayPlugin => ({
  onExecute({ args, setResultAndStopExecution }) {
    if (containsNul(args.document, args.variableValues))
      setResultAndStopExecution({ errors: [gatewayError('BAD_USER_INPUT', 'Text inputs may not contain the NUL character (U+0000).', 400) as never] });
  },
});
