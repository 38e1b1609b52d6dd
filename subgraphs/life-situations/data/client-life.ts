import { and, count, desc, eq, lt, or } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { lifeEvents, type LifeEventRow, type LifeSituationRow, type StepRow } from '../db/tables.ts';
import type { LifeEventType } from '../domain/model.ts';
import type { Catalogue } from '../domain/offers.ts';
import type { LifeSituationLoaders } from './loaders.ts';

/** A client's life events, newest first (by day, then by id), after a cursor: `limit` rows and the total. */
export async function listClientEvents(db: Db, clientId: string, after: [string, string] | null, limit: number) {
  const mine = eq(lifeEvents.clientId, clientId);
  const page = after ? and(mine, or(lt(lifeEvents.occurredOn, after[0]), and(eq(lifeEvents.occurredOn, after[0]), lt(lifeEvents.id, after[1])))) : mine;
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(lifeEvents).where(page).orderBy(desc(lifeEvents.occurredOn), desc(lifeEvents.id)).limit(limit),
    db.select({ total: count() }).from(lifeEvents).where(mine),
  ]);
  return { rows, total };
}

/** The catalogue around a set of life situations, loaded in one batch per level (situations, steps, services). */
export interface LoadedCatalogue extends Catalogue<LifeSituationRow, StepRow> {
  situations: LifeSituationRow[];
}

async function catalogueOf(loaders: LifeSituationLoaders, byType: Map<LifeEventType, LifeSituationRow[]>, extra: LifeSituationRow[] = []): Promise<LoadedCatalogue> {
  const situations = [...new Map([...byType.values()].flat().concat(extra).map((s) => [s.id, s])).values()];
  const stepLists = await loaders.stepsBySituation.loadMany(situations.map((s) => s.id));
  const stepsById = new Map(situations.map((s, i) => [s.id, stepLists[i] as StepRow[]]));
  const allSteps = [...stepsById.values()].flat();
  const serviceLists = await loaders.serviceCodesByStep.loadMany(allSteps.map((s) => s.id));
  const services = new Map(allSteps.map((s, i) => [s.id, serviceLists[i] as string[]]));
  return {
    situations,
    situationsFor: (type) => byType.get(type) ?? [],
    stepsOf: (s) => stepsById.get(s.id) ?? [],
    servicesOf: (step) => services.get(step.id) ?? [],
  };
}

/** A client's reported events and the catalogue they trigger: a constant number of statements, however many events. */
export async function loadClientLife(loaders: LifeSituationLoaders, clientId: string): Promise<{ events: LifeEventRow[]; catalogue: LoadedCatalogue }> {
  const events = await loaders.eventsByClient.load(clientId);
  const audience = events[0]?.clientKind === 'COMPANY' ? 'BUSINESS' : 'PERSON';
  const types = [...new Set(events.map((e) => e.type))];
  const lists = await loaders.situationsByTrigger.loadMany(types);
  const byType = new Map(types.map((t, i) => [t, (lists[i] as LifeSituationRow[]).filter((s) => s.audience === audience)]));
  return { events, catalogue: await catalogueOf(loaders, byType) };
}

/** One life situation with its steps and services, the kinds of events that trigger it, and the client's events. */
export async function loadSituationFor(loaders: LifeSituationLoaders, clientId: string, situation: LifeSituationRow) {
  const [events, triggers] = await Promise.all([loaders.eventsByClient.load(clientId), loaders.triggersBySituation.load(situation.id)]);
  return { events, triggers: new Set(triggers), catalogue: await catalogueOf(loaders, new Map(), [situation]) };
}
