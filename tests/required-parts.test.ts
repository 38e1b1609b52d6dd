import { GraphQLError, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { expect, it } from 'vitest';
import { subgraphSchema, type SubgraphModule } from '@public-service-graph/subgraph-kit/subgraph-server';
import { ladTypeDefs } from '../institutions/lad/src/server.ts';
import { resolvers as ladResolvers } from '../institutions/lad/src/resolvers.ts';
import { CORE_SUBGRAPH_NAMES, loadSubgraphModules } from '../scripts/subgraph-modules.ts';

/**
 * Every `@requires` field of the graph's subgraphs, as they are served, is refused with SUBGRAPH_UNAVAILABLE when the
 * representation lacks a part (the Rust planner could not fetch it): none answers as if the part were empty. The
 * list below is every `@requires` in schema/ and in LAD's SDL; a new one fails here until it is added.
 */
it('refuses every @requires field while a part is absent', async () => {
  const modules: { name: string; module: Pick<SubgraphModule, 'typeDefs' | 'resolvers'> }[] = [
    ...[...(await loadSubgraphModules(CORE_SUBGRAPH_NAMES))].map(([name, module]) => ({ name, module })),
    { name: 'lad', module: { typeDefs: ladTypeDefs, resolvers: ladResolvers } },
  ];
  const refused: string[] = [];
  for (const { name, module } of modules) {
    const schema = subgraphSchema(module);
    for (const type of Object.values(schema.getTypeMap()).filter(isObjectType))
      for (const field of Object.values(type.getFields())) {
        if (!field.astNode?.directives?.some((d) => d.name.value === 'requires')) continue;
        const refusal = (() => {
          try {
            field.resolve!({ id: '5f0e8a52-3c1b-4c38-9a86-0c7c5fa4e001' }, {}, {}, {} as GraphQLResolveInfo);
          } catch (error) {
            return error;
          }
        })();
        expect(refusal, `${type.name}.${field.name}`).toBeInstanceOf(GraphQLError);
        expect((refusal as GraphQLError).extensions.code, `${type.name}.${field.name}`).toBe('SUBGRAPH_UNAVAILABLE');
        refused.push(`${name}: ${type.name}.${field.name}`);
      }
  }
  expect(refused.sort()).toEqual([
    'cases: LifeSituationIndicator.measuredValues',
    'clients: Client.accessLog',
    'lad: Case.ladDeclaredFieldAreas',
    'life-situations: Client.activeLifeSituations',
    'life-situations: Client.lifeSituationProgress',
    'life-situations: Client.proactiveOffers',
  ]);
});
