import { defaultFieldResolver, isObjectType, Kind, parse, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { unavailable } from './errors.ts';

/** The top-level fields of a `@requires(fields: "…")` selection: `caseAccessEvents { at } consents` → both names. */
const partsOf = (fields: string): string[] => {
  const operation = parse(`{ ${fields} }`).definitions[0];
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return [];
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
};

/** `@requires` as the subgraph's SDL writes it, also under the name federation gives it when not imported. */
const REQUIRES = new Set(['requires', 'federation__requires']);

/**
 * A field with `@requires` answers from what another subgraph holds, which the gateway puts in the entity's
 * representation. A part the gateway could not fetch (its subgraph down) arrives absent under the Rust planner:
 * answered without it, the field would say something false (an access log missing a subgraph's reads says nobody
 * read; progress worked out without the services received shows every step to do). So every `@requires` field of
 * every subgraph on the kit is refused here, SUBGRAPH_UNAVAILABLE on its path, while a part is absent; the reference
 * resolver must hand the parts on to its fields. A part the owner answered null arrives null (the Rust planner left
 * it out until patches/@graphql-hive+router-runtime*.patch) and stays the field's to judge: null can be a value (an
 * indicator without a measure), a refusal, or, under the runtime's own planner, a part it could not fetch.
 */
export function refuseMissingRequiredParts(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const requires = field.astNode?.directives?.find((d) => REQUIRES.has(d.name.value));
      const fields = requires?.arguments?.find((a) => a.name.value === 'fields')?.value;
      if (fields?.kind !== Kind.STRING) continue;
      const parts = partsOf(fields.value);
      const resolve: NonNullable<GraphQLFieldConfig<unknown, unknown>['resolve']> = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent, args, context, info) => {
        if (parts.some((part) => (parent as Record<string, unknown>)[part] === undefined))
          throw unavailable(`\`${field.name}\` cannot be worked out right now: data it needs from another part of the graph cannot be read; try again shortly.`);
        return resolve(parent, args, context, info);
      };
    }
  }
  return schema;
}
