import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getDirectiveExtensions } from '@graphql-tools/utils';
import { isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { forbidden, unauthenticated } from '@public-service-graph/subgraph-kit/errors';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import { operationFacts, type OperationFacts } from './operation-facts.ts';
import type { RequestIdentities } from './request-identity.ts';

type Variables = Record<string, unknown> | null | undefined;

/**
 * The schema's coarse rules, enforced by the gateway before any subgraph is asked: `@authenticated` (any caller who
 * is not anonymous) and `@requiresScopes(scopes: [[…]])` (all scopes of at least one inner list), on fields and on
 * types. The fine rules (whose case, whose key) are enforced by the subgraph that owns the data; the directives make
 * the coarse ones visible in the contract.
 *
 * Roles are scopes named `role:<kind>` (`role:person`, `role:application`, `role:institution`, `role:operator`),
 * given by who the caller is and never by a token or key: a scope named `role:…` in either is dropped.
 *
 * Why not Hive Gateway's `genericAuth`: it re-validates and rewrites the document on every request, so nothing
 * downstream can cache by document, and its clean-up walks fragment spreads without memory, which an 80-token
 * "fragment bomb" turns into minutes of CPU (measured; docs/applications.md, "Limits"). Here the rules a document touches are
 * worked out once per parsed document, fragments costed once each, and a request only compares them with its
 * caller. `@skip`/`@include` are evaluated as execution will (gateway/conditions.ts): a skipped field needs no rights,
 * so one document can serve a page both signed in and anonymous. The fields an operation resolves come from the walk
 * the cost limit and field usage share (gateway/operation-facts.ts), cached per document and variables read.
 */
export function effectiveScopes(identity: Identity): string[] {
  return [`role:${identity.kind}`, ...identity.scopes.filter((s) => !s.startsWith('role:'))];
}

interface Rule {
  /** "Query.apiKeys" */
  coordinate: string;
  /** Each entry is one @requiresScopes (the type's, the field's): all must hold; each holds with any one inner list. */
  scopes: string[][][];
}

type Directives = { authenticated: Record<string, never>; requiresScopes: { scopes: string[][] } };

/** Every field's rule in a schema, from its own directives and its type's. */
function rulesOf(schema: GraphQLSchema): Map<string, Rule> {
  const rules = new Map<string, Rule>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (!isObjectType(type) && !isInterfaceType(type))) continue;
    const onType = getDirectiveExtensions<Directives>(type, schema);
    for (const field of Object.values(type.getFields())) {
      const onField = getDirectiveExtensions<Directives>(field, schema);
      const authenticated = !!(onType.authenticated?.length || onField.authenticated?.length);
      const scopes = [...(onType.requiresScopes ?? []), ...(onField.requiresScopes ?? [])].map((d) => d.scopes);
      if (authenticated || scopes.length) rules.set(`${type.name}.${field.name}`, { coordinate: `${type.name}.${field.name}`, scopes });
    }
  }
  return rules;
}

function check(rule: Rule, identity: Identity): Error | null {
  if (identity.kind === 'anonymous') return unauthenticated(`${rule.coordinate} needs a signed-in caller: send a bearer token or an API key.`);
  const held = effectiveScopes(identity);
  const unmet = rule.scopes.find((alternatives) => !alternatives.some((set) => set.every((s) => held.includes(s))));
  return unmet ? forbidden(`${rule.coordinate} needs ${unmet.map((set) => set.join(' and ')).join(', or ')}.`) : null;
}

export function useAuthorizationDirectives(identities: RequestIdentities): GatewayPlugin {
  const bySchema = new WeakMap<GraphQLSchema, Map<string, Rule>>();
  const byFacts = new WeakMap<OperationFacts, Rule[]>();
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      let rules = bySchema.get(args.schema);
      if (!rules) bySchema.set(args.schema, (rules = rulesOf(args.schema)));
      const facts = operationFacts(args.schema, args.document, args.operationName, args.variableValues as Variables);
      let touched = byFacts.get(facts);
      if (!touched) byFacts.set(facts, (touched = [...facts.resolved].flatMap((c) => rules.get(c) ?? [])));
      if (!touched.length) return;
      // The identity as enriched after authentication (X-Act-For, consents: gateway/enrich-identity.ts), when it is.
      const context = args.contextValue as { request: Request; identity?: Identity };
      const identity = context.identity ?? (await identities.identity(context.request));
      for (const rule of touched) {
        const error = check(rule, identity);
        if (error) return setResultAndStopExecution({ data: null, errors: [error as never] });
      }
      return undefined;
    },
  };
}
