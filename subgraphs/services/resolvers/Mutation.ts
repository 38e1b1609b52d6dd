/** The services subgraph's writes: each field hands its input to its command (commands/) and maps the result to the payload. */
import { upsertChannel } from '../commands/channel-commands.ts';
import { importCatalogue } from '../commands/import.ts';
import { changeServiceProvider } from '../commands/provider-commands.ts';
import { archiveService, createService, publishService, updateService, upsertService, type ServiceError, type ServiceResult } from '../commands/service-commands.ts';
import { recordServiceDemand, setLifeSituationSearchEntry } from '../commands/search-index-commands.ts';
import type {
  ArchiveServiceAlreadyArchived, CreateServiceCodeTaken, CreateServiceInvalid, MutationResolvers, PublishServiceAlreadyPublished,
  PublishServiceIncomplete, UpdateServiceInvalid, UpdateServiceVersionConflict, UpsertServiceCodeTaken, UpsertServiceInvalid,
} from '../generated/types.ts';

/**
 * A command's typed error as one operation's payload error. Each operation can meet only some of the errors;
 * one it cannot meet is a bug, reported as such.
 */
const unexpected = (e: ServiceError): never => {
  throw new Error(`Unexpected ${e.__typename} error: ${e.message}`);
};

const createError = (e: ServiceError): CreateServiceInvalid | CreateServiceCodeTaken =>
  e.__typename === 'Invalid' ? { ...e, __typename: 'CreateServiceInvalid' } : e.__typename === 'CodeTaken' ? { ...e, __typename: 'CreateServiceCodeTaken' } : unexpected(e);
const updateError = (e: ServiceError): UpdateServiceInvalid | UpdateServiceVersionConflict =>
  e.__typename === 'Invalid' ? { ...e, __typename: 'UpdateServiceInvalid' } : e.__typename === 'VersionConflict' ? { ...e, __typename: 'UpdateServiceVersionConflict' } : unexpected(e);
const publishError = (e: ServiceError): PublishServiceIncomplete | PublishServiceAlreadyPublished =>
  e.__typename === 'Incomplete' ? { ...e, __typename: 'PublishServiceIncomplete' } : e.__typename === 'AlreadyInState' ? { ...e, __typename: 'PublishServiceAlreadyPublished' } : unexpected(e);
const archiveError = (e: ServiceError): ArchiveServiceAlreadyArchived =>
  e.__typename === 'AlreadyInState' ? { ...e, __typename: 'ArchiveServiceAlreadyArchived' } : unexpected(e);
const upsertError = (e: ServiceError): UpsertServiceInvalid | UpsertServiceCodeTaken =>
  e.__typename === 'Invalid' ? { ...e, __typename: 'UpsertServiceInvalid' } : e.__typename === 'CodeTaken' ? { ...e, __typename: 'UpsertServiceCodeTaken' } : unexpected(e);

const payload = <E>(r: ServiceResult, error: (e: ServiceError) => E) => (r.ok ? { service: r.service, errors: [] } : { service: null, errors: [error(r.error)] });

export const Mutation: MutationResolvers = {
  createService: async (_, args, ctx) => payload(await createService(ctx, args.input), createError),
  updateService: async (_, args, ctx) => payload(await updateService(ctx, args.code, args.input, args.expectedVersion), updateError),
  publishService: async (_, args, ctx) => payload(await publishService(ctx, args.code), publishError),
  archiveService: async (_, args, ctx) => payload(await archiveService(ctx, args.code), archiveError),
  upsertService: async (_, args, ctx) => {
    const r = await upsertService(ctx, args.sourceId, args.input, { refusal: 'throw' });
    return r.ok ? { service: r.service, outcome: r.outcome, errors: [] } : { service: null, outcome: 'REJECTED', errors: [upsertError(r.error)] };
  },
  upsertChannel: async (_, args, ctx) => {
    const r = await upsertChannel(ctx, args.input, { refusal: 'throw' });
    return r.ok ? { channel: r.channel, outcome: r.outcome, errors: [] } : { channel: null, outcome: 'REJECTED', errors: [{ ...r.error, __typename: 'UpsertChannelInvalid' }] };
  },
  importCatalogue: async (_, args, ctx) => importCatalogue(ctx, args.document, args.dryRun ?? false),
  nameServiceProvider: async (_, args, ctx) => changeServiceProvider(ctx, args.input, 'NAME'),
  removeServiceProvider: async (_, args, ctx) => changeServiceProvider(ctx, args.input, 'REMOVE'),
  setLifeSituationSearchEntry: async (_, args, ctx) => {
    const r = await setLifeSituationSearchEntry(ctx, args.input, args.expectedVersion);
    return r.ok ? { entry: r.entry, errors: [] } : { entry: null, errors: [r.error] };
  },
  recordServiceDemand: async (_, args, ctx) => {
    const r = await recordServiceDemand(ctx, args.input);
    const message = `Nothing was recorded: ${r.problems.map((p) => `${p.path} ${p.message}`).join('; ')}.`;
    return { recorded: r.recorded, errors: r.problems.length ? [{ __typename: 'RecordServiceDemandInvalid' as const, code: 'BAD_USER_INPUT', message, problems: r.problems }] : [] };
  },
};
