import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';
import { Date_, DateTime } from '@public-service-graph/subgraph-kit/scalars';
import type { Resolvers } from '../generated/types.ts';
import { channelResolvers } from './Channel.ts';
import { Institution } from './Institution.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { searchTypes } from './search-types.ts';
import * as serviceTypes from './Service.ts';

/** Any JSON value, passed through (the import document; validated by the import, not by GraphQL). */
const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});


export const resolvers: Resolvers = {
  JSON: JSONScalar,
  DateTime,
  Date: Date_,
  Query,
  Mutation,
  Institution,
  Service: serviceTypes.Service,
  ServiceInternalView: serviceTypes.ServiceInternalView,
  ServiceProvider: serviceTypes.ServiceProvider,
  ServiceCost: serviceTypes.ServiceCost,
  ServiceRequirement: serviceTypes.ServiceRequirement,
  Evidence: serviceTypes.Evidence,
  ServiceOutput: serviceTypes.ServiceOutput,
  LegalResource: serviceTypes.LegalResource,
  ServiceImportance: serviceTypes.ServiceImportance,
  Redress: serviceTypes.Redress,
  ...channelResolvers,
  ...searchTypes,
  // Typed errors of mutation payloads carry their GraphQL type name.
  CreateServiceError: { __resolveType: (e) => e.__typename! },
  UpdateServiceError: { __resolveType: (e) => e.__typename! },
  PublishServiceError: { __resolveType: (e) => e.__typename! },
  ArchiveServiceError: { __resolveType: (e) => e.__typename! },
  UpsertServiceError: { __resolveType: (e) => e.__typename! },
  UpsertChannelError: { __resolveType: (e) => e.__typename! },
  NameServiceProviderError: { __resolveType: (e) => e.__typename! },
  RemoveServiceProviderError: { __resolveType: (e) => e.__typename! },
  SetLifeSituationSearchEntryError: { __resolveType: (e) => e.__typename! },
  RecordServiceDemandError: { __resolveType: (e) => e.__typename! },
};
