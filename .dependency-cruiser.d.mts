// Types of .dependency-cruiser.mjs, for tests/architecture.test.ts.
import type { ICruiseOptions, IForbiddenRuleType, IResolveOptions } from 'dependency-cruiser';

declare const config: {
  forbidden: IForbiddenRuleType[];
  options: ICruiseOptions & { enhancedResolveOptions: Partial<IResolveOptions> };
};
export default config;
