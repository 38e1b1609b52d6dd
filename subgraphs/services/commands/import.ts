/**
 * Bulk import of a catalogue document: channels first, then services, each item upserted in its own
 * transaction, so a rejected item writes nothing and the others still go in.
 */
import { GraphQLError } from 'graphql';
import { badInput } from '@public-service-graph/subgraph-kit/errors';
import type { ServicesContext } from '../context.ts';
import type { ChannelRow } from '../db/tables.ts';
import { requireCatalogueWriter } from '../domain/access.ts';
import { parseImportDocument, type ImportItem } from '../domain/import-format.ts';
import type { FieldProblem } from '../domain/service-input.ts';
import { upsertChannel } from './channel-commands.ts';
import { upsertService, type Outcome } from './service-commands.ts';

export interface ImportItemResult {
  itemType: ImportItem['itemType'];
  index: number;
  code: string | null;
  sourceId: string | null;
  outcome: Outcome | 'REJECTED';
  problems: FieldProblem[];
}

export interface ImportResult {
  results: ImportItemResult[];
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  dryRun: boolean;
}

async function importItem(ctx: ServicesContext, item: ImportItem, dryRun: boolean): Promise<{ outcome: Outcome | 'REJECTED'; problems: FieldProblem[] }> {
  if (item.problems.length || !item.input) return { outcome: 'REJECTED', problems: item.problems };
  try {
    if (item.itemType === 'CHANNEL') {
      const r = await upsertChannel(ctx, item.input, { dryRun, refusal: 'problem' });
      if (!r.ok) return { outcome: 'REJECTED', problems: r.error.problems };
      // In a dry run the channel is not written; let the document's services find it anyway.
      if (dryRun && r.outcome === 'CREATED') ctx.loaders.channelByCode.clear(r.channel.code).prime(r.channel.code, { ...r.channel, id: '00000000-0000-4000-8000-000000000000' } as ChannelRow);
      return { outcome: r.outcome, problems: [] };
    }
    const r = await upsertService(ctx, item.sourceId!, item.input, { dryRun, status: item.status, refusal: 'problem' });
    if (!r.ok) return { outcome: 'REJECTED', problems: 'problems' in r.error ? r.error.problems : 'missing' in r.error ? r.error.missing.map((path) => ({ path, message: 'is required to publish' })) : [{ path: '', message: r.error.message }] };
    return { outcome: r.outcome, problems: [] };
  } catch (err) {
    // A conflict with a concurrent writer, say: this item is rejected, the import goes on.
    if (err instanceof GraphQLError && err.extensions?.code !== 'INTERNAL_SERVER_ERROR') return { outcome: 'REJECTED', problems: [{ path: '', message: err.message }] };
    throw err;
  }
}

export async function importCatalogue(ctx: ServicesContext, document: unknown, dryRun: boolean): Promise<ImportResult> {
  requireCatalogueWriter(ctx.identity);
  const parsed = parseImportDocument(document);
  if ('problems' in parsed)
    throw badInput(`The import document cannot be read: ${parsed.problems.map((p) => `${p.path || 'document'} ${p.message}`).join('; ')}.`, { argument: 'document', problems: parsed.problems });
  const results: ImportItemResult[] = [];
  for (const item of parsed.items) {
    const { outcome, problems } = await importItem(ctx, item, dryRun);
    results.push({ itemType: item.itemType, index: item.index, code: item.code, sourceId: item.sourceId, outcome, problems });
  }
  const count = (o: ImportItemResult['outcome']) => results.filter((r) => r.outcome === o).length;
  return { results, created: count('CREATED'), updated: count('UPDATED'), unchanged: count('UNCHANGED'), rejected: count('REJECTED'), dryRun };
}
