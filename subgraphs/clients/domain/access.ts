import type { Identity } from '../../../common/identity.ts';
import type { ClientRow } from '../db/tables.ts';

/** Whether the caller is the client themself (a personal code is shown to nobody else). */
export const isSelf = (identity: Identity, row: ClientRow): boolean => identity.person?.clientId === row.id;
