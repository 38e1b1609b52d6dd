/**
 * Who may report which life events: operators for any kind, the holder of a life situation for the kinds of events
 * that trigger it (domain/access.ts requireReporterManager). Idempotent: allowing twice or withdrawing what is not
 * there changes nothing.
 */
import type { LifeSituationsContext } from '../context.ts';
import { addReporter, removeReporter, triggersHeldBy } from '../data/event-store.ts';
import { requireReporterManager, requireSituationWriter } from '../domain/access.ts';
import type { LifeEventType } from '../domain/model.ts';
import { invalid } from './situation-commands.ts';

const INSTITUTION_CODE = /^[A-Z0-9][A-Z0-9-]{1,19}$/;

export interface ReporterInput { eventType: LifeEventType; institutionCode: string }

async function authorize(ctx: LifeSituationsContext, input: ReporterInput): Promise<void> {
  requireSituationWriter(ctx.identity);
  const held = ctx.identity.kind === 'institution' && ctx.identity.institution ? await triggersHeldBy(ctx.db, ctx.identity.institution) : [];
  requireReporterManager(ctx.identity, input.eventType, held);
}

export async function setReporter(ctx: LifeSituationsContext, input: ReporterInput, allowed: boolean) {
  await authorize(ctx, input);
  const code = input.institutionCode.trim();
  if (!INSTITUTION_CODE.test(code)) return { reporter: null, changed: false, errors: invalid([{ path: 'institutionCode', message: 'must be 2–20 capital letters, digits or hyphens, e.g. "PMLP"' }]).errors };
  const row = { eventType: input.eventType, institutionCode: code };
  const changed = allowed ? await addReporter(ctx.db, row) : await removeReporter(ctx.db, row);
  return { reporter: allowed ? row : null, changed, errors: [] };
}
