import { pageSize, toConnection } from '@public-service-graph/subgraph-kit/pagination';
import { usesAfter } from '../data/consent-store.ts';
import { consentHolds, consentStatus } from '../domain/consent.ts';
import type { ConsentResolvers, ConsentScope } from '../generated/types.ts';

export const Consent: ConsentResolvers = {
  recipient: (row) => ({ kind: row.recipientKind, id: row.recipientId }),
  scopes: (row) => row.scopes as ConsentScope[],
  status: (row, _, ctx) => consentStatus(row, ctx.now),
  holds: (row, _, ctx) => consentHolds(row, ctx.now),
  decidedBy: (row, _, ctx) => (row.decidedBy ? ctx.loaders.clientById.load(row.decidedBy) : null),
  uses: async (row, args, ctx) => {
    const size = pageSize(args.first);
    // First pages of every consent in the list come in one statement; later pages are one consent at a time.
    const [rows, total] = await Promise.all([
      args.after ? usesAfter(ctx.db, row.id, args.after, size + 1) : ctx.loaders.firstUses.load(`${row.id}|${size + 1}`),
      ctx.loaders.useCount.load(row.id),
    ]);
    return toConnection(rows, size, (r) => [r.at.toISOString(), r.id], total);
  },
};
