import { decodeCursor, pageSize, toConnection } from '@public-service-graph/subgraph-kit/pagination';
import { pickText, readingLanguages, translations } from '@public-service-graph/subgraph-kit/i18n';
import { graphqlError } from '@public-service-graph/subgraph-kit/errors';
import { clientIdsActingAs } from '../domain/access.ts';
import { isOverdue, resolvedOnTime } from '../domain/deadline.ts';
import { staleReason } from '../domain/service-reference.ts';
import { allowedNext } from '../domain/transitions.ts';
import type { CaseEventResolvers, CaseResolvers } from '../generated/types.ts';
import { logReads } from './reads.ts';

const TIMELINE_PAGE = 50;

export const Case: CaseResolvers = {
  // Other subgraphs may reference a case by id for its client side only; institutions and operators read cases
  // through `case(id:, purpose:)`, which records why.
  __resolveReference: async (ref, ctx) => {
    const row = await ctx.loaders.caseById.load(ref.id);
    if (!row || !clientIdsActingAs(ctx.identity).includes(row.clientId)) return null;
    await logReads(ctx, [row], null);
    return row;
  },
  // A reference that went stale (archived since, or a code the catalogue does not know) costs this field only.
  // Until the projection has read the feed once, the catalogue itself decides (an unknown code resolves to null).
  service: async (row, _, ctx) => {
    const { synced, service } = await ctx.loaders.serviceReference.load(row.serviceCode);
    const reason = synced ? staleReason(service) : null;
    if (!reason) return { code: row.serviceCode };
    const why = reason === 'ARCHIVED' ? 'has been archived in the catalogue' : 'is not in the catalogue';
    throw graphqlError('NOT_FOUND', `Service ${row.serviceCode} ${why}; the case keeps its serviceCode.`, { reason, serviceCode: row.serviceCode });
  },
  client: (row) => ({ id: row.clientId }),
  representative: (row) => (row.representativeClientId ? { id: row.representativeClientId } : null),
  allowedNextStatuses: (row) => [...allowedNext(row.status, row.kind)],
  extendedStatus: (row, args, ctx) => pickText(row.extendedStatus, readingLanguages(args.language, ctx.languages)),
  processingDaysAreWorkingDays: (row) => row.processingWorkingDays,
  dueDate: (row) => row.dueOn,
  overdue: (row, _, ctx) => isOverdue(row, ctx.now),
  resolvedOnTime: (row) => resolvedOnTime(row),
  result: (row, args, ctx) => pickText(row.result, readingLanguages(args.language, ctx.languages)),
  feedback: (row) => (row.rating == null ? null : { rating: row.rating, comment: row.ratingComment, at: row.ratedAt ?? row.updatedAt }),
  statusHistory: (row, _, ctx) => ctx.loaders.statusHistory.load(row.id),
  timeline: async (row, args, ctx) => {
    const size = args.first == null ? TIMELINE_PAGE : pageSize(args.first);
    const after = decodeCursor(args.after, 2) as [string, number] | null;
    const ranked = await ctx.loaders.timeline({ after, limit: size + 1 }).load(row.id);
    const events = ranked.filter((e) => e.visible);
    return toConnection(events, size, (e) => [e.at.toISOString(), e.id], ranked[0]?.total ?? 0);
  },
};

export const CaseEvent: CaseEventResolvers = {
  id: (row) => String(row.id),
  institutionCode: (row) => (row.actorKind === 'INSTITUTION' ? row.actor : null),
  note: (row, args, ctx) => pickText(row.note, readingLanguages(args.language, ctx.languages)),
  noteTranslations: (row) => translations(row.note),
};
