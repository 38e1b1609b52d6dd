/**
 * The holder names the institutions that deliver its service for it, and withdraws them. Who may: the same as for
 * any change of the service (the holder institution, operators), through loadForWrite.
 */
import type { ServicesContext } from '../context.ts';
import { changeProvider } from '../data/provider-writes.ts';
import type { ServiceRow } from '../db/tables.ts';
import { requireCatalogueWriter } from '../domain/access.ts';
import { loadForWrite } from './service-commands.ts';

type NameError =
  | { __typename: 'NameServiceProviderUnknownInstitution'; code: 'BAD_USER_INPUT'; message: string; institutionCode: string }
  | { __typename: 'NameServiceProviderIsHolder'; code: 'BAD_USER_INPUT'; message: string };
type RemoveError = { __typename: 'RemoveServiceProviderNotNamed'; code: 'NOT_FOUND'; message: string; institutionCode: string };
type Change = 'NAME' | 'REMOVE';
type Result<C extends Change> = { service: ServiceRow | null; errors: (C extends 'NAME' ? NameError : RemoveError)[] };

export async function changeServiceProvider<C extends Change>(ctx: ServicesContext, input: { serviceCode: string; institutionCode: string }, change: C): Promise<Result<C>> {
  const refused = (e: NameError | RemoveError) => ({ service: null, errors: [e] }) as Result<C>;
  requireCatalogueWriter(ctx.identity);
  const { row, holder } = await loadForWrite(ctx, input.serviceCode);
  const institution = await ctx.loaders.institutionByCode.load(input.institutionCode);
  if (change === 'NAME') {
    if (!institution)
      return refused({ __typename: 'NameServiceProviderUnknownInstitution', code: 'BAD_USER_INPUT', institutionCode: input.institutionCode, message: `No institution has the code "${input.institutionCode}".` });
    if (institution.id === holder.id)
      return refused({ __typename: 'NameServiceProviderIsHolder', code: 'BAD_USER_INPUT', message: `${holder.code} holds ${row.code}: the holder always may provide it.` });
  }
  const changed = institution ? await changeProvider(ctx.db, { service: row, institution, change, actor: ctx.identity.subject }) : null;
  if (change === 'REMOVE' && !changed)
    return refused({ __typename: 'RemoveServiceProviderNotNamed', code: 'NOT_FOUND', institutionCode: input.institutionCode, message: `${input.institutionCode} is not a named provider of ${row.code}; nothing changed.` });
  ctx.loaders.namedProvidersByServiceId.clear(row.id);
  if (changed) {
    ctx.loaders.serviceById.clear(row.id).prime(row.id, changed);
    ctx.loaders.serviceByCode.clear(row.code).prime(row.code, changed);
  }
  return { service: changed ?? row, errors: [] };
}
