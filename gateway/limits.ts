import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { Kind, visit, type DocumentNode, type GraphQLError } from 'graphql';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import type { GatewayErrorCode } from './gateway-errors.ts';

/** What one request may ask (docs/applications.md, "Limits"); every number comes from the configuration. */
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
const MAX_MESSAGE = 500;

/**
 * Error messages as they leave the gateway: at most MAX_MESSAGE characters (GraphQL's own messages quote the value
 * they refuse, which may be a megabyte), and without "Did you mean …?" for callers who may not introspect the schema
 * (the suggestions reveal it). Errors that need no change are returned as they are.
 */
export function tidyErrors<E extends { message: string }>(errors: readonly E[], suggestions: boolean): E[] | null {
  let changed = false;
  const tidy = errors.map((e) => {
    let message = suggestions ? e.message : e.message.replace(SUGGESTION, '');
    if (message.length > MAX_MESSAGE) message = `${message.slice(0, MAX_MESSAGE)}…`;
    if (message === e.message) return e;
    changed = true;
    return Object.assign(Object.create(Object.getPrototypeOf(e)), e, { message }) as E;
  });
  return changed ? tidy : null;
}

const withNul = new WeakMap<DocumentNode, boolean>();

/**
 * Whether the operation's text inputs (string literals in the document, or variables) contain U+0000. PostgreSQL
 * text cannot hold it, so it would fail deep in a subgraph; no legitimate input needs it. Variables are walked
 * without recursion: a body may nest arrays a hundred thousand deep.
 */
export function containsNul(document: DocumentNode, variables: unknown): boolean {
  let literal = withNul.get(document);
  if (literal === undefined) {
    literal = false;
    visit(document, {
      [Kind.STRING]: (node) => {
        if (node.value.includes('\u0000')) literal = true;
      },
    });
    withNul.set(document, literal);
  }
  if (literal) return true;
  const stack: unknown[] = [variables];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return true;
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\u0000')) return true;
        stack.push(item);
      }
    }
  }
  return false;
}
