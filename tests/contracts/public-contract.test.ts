import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType, Kind, parse, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeCore } from '../../gateway/compose.ts';
import { buildContracts, tagsOf } from '@public-service-graph/composition';

/**
 * The public contract (schema/contracts/public.graphql) is what applications build against: it must be what
 * `npm run compose` makes now, and hold nothing of the graph's insides. The walk below visits every type, field,
 * argument and directive in it.
 */
const file = readFileSync('schema/contracts/public.graphql', 'utf8');
const composed = composeCore();
const tags = tagsOf(composed.sources);
const contract = buildSchema(file);

describe('the public contract', () => {
  it('is the one npm run compose makes from the subgraphs now', () => {
    expect(buildContracts(composed.sources, composed.apiSdl).public).toBe(file);
  });

  it('uses no directive but @deprecated and @specifiedBy, and declares none', () => {
    const used = new Set<string>();
    visit(parse(file), { Directive: (d) => void used.add(d.name.value), DirectiveDefinition: (d) => void used.add(`definition ${d.name.value}`) });
    expect([...used].filter((d) => d !== 'deprecated' && d !== 'specifiedBy')).toEqual([]);
    expect(file).not.toMatch(/join__|link__|@inaccessible|@tag|@authenticated|@requiresScopes|@key|@external/);
  });

  it('has no field, type or root operation that is not tagged public', () => {
    const untagged: string[] = [];
    for (const type of Object.values(contract.getTypeMap())) {
      if (type.name.startsWith('__') || (!isObjectType(type) && !isInterfaceType(type))) continue;
      for (const field of Object.keys(type.getFields())) {
        if (!tags.get(`${type.name}.${field}`)?.has('public')) untagged.push(`${type.name}.${field}`);
      }
    }
    expect(untagged).toEqual([]);
    // What the graph uses inside or gives institutions and operators only.
    const query = contract.getQueryType()!.getFields();
    const mutation = contract.getMutationType()?.getFields() ?? {};
    for (const internal of ['gatewayAuthorization', 'client', 'apiKeys', 'institutionCases', 'registeredSubgraphs', 'serviceProjection', 'catalogueQualityReport']) expect(query).not.toHaveProperty(internal);
    for (const internal of ['createApiKey', 'publishSubgraph', 'restoreSupergraph', 'registerCase', 'recordPersonalCodeForwarding', 'setCalendarDay']) expect(mutation).not.toHaveProperty(internal);
    const fields = (t: string) => Object.keys((contract.getType(t) as any).getFields());
    expect(fields('Service')).not.toContain('internal');
    expect(fields('Client')).not.toEqual(expect.arrayContaining(['caseAccessEvents']));
    expect(fields('Case')).not.toContain('version');
    expect(contract.getType('GatewayAuthorization')).toBeUndefined();
    expect(contract.getType('ServiceInternalView')).toBeUndefined();
  });

  it('describes every type and field, and says how every custom scalar is written (@specifiedBy)', () => {
    const missing: string[] = [];
    for (const type of Object.values(contract.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      if (isScalarType(type) && !type.specifiedByURL) missing.push(`${type.name} @specifiedBy`);
      if (!type.description && !type.name.endsWith('Edge') && !type.name.endsWith('Connection') && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      if (isInputObjectType(type)) for (const f of Object.values(type.getFields())) if (!f.description) missing.push(`${type.name}.${f.name}`);
    }
    expect(missing).toEqual([]);
    expect(contract.getQueryType()!.getFields().services.description).toMatch(/\S/);
  });

  it('keeps the root operations applications use', () => {
    expect(Object.keys(contract.getQueryType()!.getFields())).toEqual(expect.arrayContaining(['services', 'service', 'search', 'lifeSituations', 'me', 'myApiKeys', 'institutions', 'channels']));
    expect(Object.keys(contract.getMutationType()!.getFields())).toContain('requestConsent');
    expect(parse(file).definitions.every((d) => d.kind !== Kind.SCHEMA_EXTENSION)).toBe(true);
  });
});
