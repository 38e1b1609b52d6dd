import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { isAsyncIterable } from '@graphql-tools/utils';
import { Kind, GraphQLError, type DocumentNode, type SelectionNode } from 'graphql';

/** The response keys of an entity fetch's `_entities` fields (the Rust planner aliases them when it batches), with the variable of their representations. */
const entityFields = new WeakMap<DocumentNode, { key: string; representations: string | null; fields: string[] }[]>();

/** The response keys an entity fetch asks of each entity (inside its `... on Type` fragments). */
function requestedKeys(selections: readonly SelectionNode[], into = new Set<string>()): string[] {
  for (const s of selections) {
    if (s.kind === Kind.FIELD) {
      if (s.name.value !== '__typename') into.add(s.alias?.value ?? s.name.value);
    } else if (s.kind === Kind.INLINE_FRAGMENT) requestedKeys(s.selectionSet.selections, into);
  }
  return [...into];
}

function entityFieldsOf(document: DocumentNode) {
  let fields = entityFields.get(document);
  if (!fields) {
    fields = [];
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      for (const s of definition.selectionSet.selections) {
        if (s.kind !== Kind.FIELD || s.name.value !== '_entities') continue;
        const value = s.arguments?.find((a) => a.name.value === 'representations')?.value;
        fields.push({ key: s.alias?.value ?? s.name.value, representations: value?.kind === Kind.VARIABLE ? value.name.value : null, fields: requestedKeys(s.selectionSet?.selections ?? []) });
      }
    }
    entityFields.set(document, fields);
  }
  return fields;
}

/**
 * An entity another subgraph cannot resolve (a life situation's step naming a service the catalogue withdrew) is
 * NOT_FOUND on its path, as the failure contract says. The subgraph answers null in `_entities` without an error;
 * the Rust planner leaves such an entity null and says nothing, so the error is added here on `_entities.<i>`, which
 * the planner moves to the entity's place in the answer. An entity fetch that failed as a whole (the subgraph is
 * down) is reported on each field it asked of each entity, as the JavaScript planner does, not on the entity, which
 * another subgraph still answers.
 */
export const useEntityNotFound = (): GatewayPlugin => ({
  onSubgraphExecute({ executionRequest }) {
    const fields = entityFieldsOf(executionRequest.document);
    if (!fields.length) return;
    return ({ result, setResult }) => {
      if (isAsyncIterable(result)) return;
      const data = result.data as Record<string, unknown> | null | undefined;
      const failed = fetchFailure(result.errors, data, fields, executionRequest.variables);
      if (failed) return setResult({ ...result, errors: failed });
      const reported = new Set((result.errors ?? []).map((e) => e.path?.slice(0, 2).join('.')));
      const missing: GraphQLError[] = [];
      for (const { key, representations } of fields) {
        const entities = data?.[key];
        if (!Array.isArray(entities)) continue;
        const sent = representations ? (executionRequest.variables?.[representations] as { __typename?: string }[] | undefined) : undefined;
        entities.forEach((entity, i) => {
          if (entity !== null || reported.has(`${key}.${i}`)) return;
          const type = sent?.[i]?.__typename ?? 'The record';
          missing.push(new GraphQLError(`${type} not found: it no longer exists, or it is not visible to you.`, { path: [key, i], extensions: { code: 'NOT_FOUND' } }));
        });
      }
      if (missing.length) setResult({ ...result, errors: [...(result.errors ?? []), ...missing] });
    };
  },
});

type Fields = ReturnType<typeof entityFieldsOf>;
type Errors = readonly GraphQLError[] | undefined;

/** The errors of a failed fetch (no entities back, errors without a path), copied onto `_entities.<i>.<field>`. */
function fetchFailure(errors: Errors, data: Record<string, unknown> | null | undefined, fields: Fields, variables: Record<string, unknown> | undefined) {
  if (!errors?.length || fields.some(({ key }) => Array.isArray(data?.[key])) || errors.some((e) => e.path?.length)) return null;
  const copies: GraphQLError[] = [];
  for (const { key, representations, fields: asked } of fields) {
    const sent = representations ? variables?.[representations] : undefined;
    const count = Array.isArray(sent) ? sent.length : 0;
    for (let i = 0; i < count; i++)
      for (const field of asked) for (const e of errors) copies.push(new GraphQLError(e.message, { path: [key, i, field], extensions: e.extensions, originalError: e }));
  }
  return copies.length ? copies : null;
}
