import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { Kind, visit, type DocumentNode, type GraphQLError } from 'graphql';
import type { Identity } from '../common/identity.ts';
import type { GatewayErrorCode } from './gateway-errors.ts';

/** What one request may ask (README, "Limits"); every number comes from the configuration. */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  maxBatch: number;
  maxBodyBytes: number;
}

/** Gives GraphQL Armor's rejections (which carry no code) the code and HTTP status the graph's errors carry. */
const coded = (code: GatewayErrorCode, limit: number) => (_: unknown, error: GraphQLError) => {
  Object.assign(error.extensions, { code, limit, http: { status: 400 } });
};

/** Depth, aliases, directives (validation rules) and tokens (the parser stops counting at the limit). */
export function documentLimitPlugins(limits: Limits) {
  return [
    maxTokensPlugin({ n: limits.maxTokens, onReject: [coded('TOO_MANY_TOKENS', limits.maxTokens)] }),
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, onReject: [coded('QUERY_TOO_DEEP', limits.maxDepth)] }),
    maxAliasesPlugin({ n: limits.maxAliases, onReject: [coded('TOO_MANY_ALIASES', limits.maxAliases)] }),
    maxDirectivesPlugin({ n: limits.maxDirectives, onReject: [coded('TOO_MANY_DIRECTIVES', limits.maxDirectives)] }),
  ];
}

/**
 * Introspection: in development for everyone; otherwise for operators and for callers whose key or token has the
 * `developer` scope. Without it, validation errors carry no "Did you mean …?" suggestions either.
 */
export const mayIntrospect = (identity: Identity | null, development: boolean): boolean =>
  development || identity?.kind === 'operator' || (identity?.scopes.includes('developer') ?? false);

const introspective = new WeakMap<DocumentNode, boolean>();

/** Whether a document asks for `__schema` or `__type` (cached per parsed document; Yoga caches those). */
export function isIntrospection(document: DocumentNode): boolean {
  let found = introspective.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      [Kind.FIELD]: (node) => {
        if (node.name.value === '__schema' || node.name.value === '__type') {
          found = true;
          return false;
        }
        return undefined;
      },
    });
    introspective.set(document, found);
  }
  return found;
}

const SUGGESTION = / ?Did you mean .+\?$/;

/** Removes "Did you mean …?" from error messages: they reveal the schema to a caller who may not introspect it. */
export function withoutSuggestions<E extends { message: string }>(errors: readonly E[]): E[] {
  return errors.map((e) => (SUGGESTION.test(e.message) ? Object.assign(Object.create(Object.getPrototypeOf(e)), e, { message: e.message.replace(SUGGESTION, '') }) : e));
}
