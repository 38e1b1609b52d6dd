import { evaluate, type ClientFacts } from './conditions.ts';
import { addTerm, parseTerm } from './duration.ts';
import type { Applicability, ConditionKind, LifeEventType } from './model.ts';

/** What the offer and progress rules need of the stored rows (db/tables.ts rows fit). */
export interface EventLike { id: string; type: LifeEventType; occurredOn: string }
export interface SituationLike { id: string; code: string }
export interface StepLike {
  id: string;
  position: number;
  required: boolean;
  conditionKind: ConditionKind | null;
  conditionYears: number | null;
  dueOffset: string | null;
  fulfilledByEvent: boolean;
}

/** The catalogue around a client's events, as loaded for one request. */
export interface Catalogue<S extends SituationLike, T extends StepLike> {
  /** Life situations each event type triggers (already narrowed to the client's audience). */
  situationsFor(type: LifeEventType): readonly S[];
  stepsOf(situation: S): readonly T[];
  servicesOf(step: T): readonly string[];
}

export interface Offer<E, S, T> {
  event: E;
  situation: S;
  step: T;
  serviceCode: string;
  dueDate: string | null;
  overdue: boolean;
  required: boolean;
  applicability: Exclude<Applicability, 'DOES_NOT_APPLY'>;
  /** Sort key, also the page cursor: due date (none last), event date, situation, step, service. */
  key: string;
}

/** The step's due date after an event on `occurredOn`; null without a term (or with a malformed one). */
export function dueDateOf(step: Pick<StepLike, 'dueOffset'>, occurredOn: string): string | null {
  const term = step.dueOffset ? parseTerm(step.dueOffset) : null;
  return term ? addTerm(occurredOn, term) : null;
}

const applicabilityOf = (step: StepLike, facts: ClientFacts) =>
  evaluate(step.conditionKind ? { kind: step.conditionKind, years: step.conditionYears } : null, facts);

/** Whether the step is done: the triggering event did it, or the client received any of its services. */
const isDone = (step: StepLike, services: readonly string[], completed: ReadonlySet<string>, event: unknown) =>
  (step.fulfilledByEvent && event != null) || services.some((code) => completed.has(code));

/**
 * Proactive offers: for each reported event, the life situations it triggers, and of their steps that are not done
 * and not ruled out, every service, with the due date the step's term gives after the event. A service is offered
 * once, for the event and step that make it due first. Sorted by `key`.
 */
export function proactiveOffers<E extends EventLike, S extends SituationLike, T extends StepLike>(
  events: readonly E[],
  catalogue: Catalogue<S, T>,
  completed: ReadonlySet<string>,
  facts: ClientFacts,
): Offer<E, S, T>[] {
  const best = new Map<string, Offer<E, S, T>>();
  for (const event of events)
    for (const situation of catalogue.situationsFor(event.type))
      for (const step of catalogue.stepsOf(situation)) {
        const services = catalogue.servicesOf(step);
        if (isDone(step, services, completed, event)) continue;
        const applicability = applicabilityOf(step, facts);
        if (applicability === 'DOES_NOT_APPLY') continue;
        const dueDate = dueDateOf(step, event.occurredOn);
        for (const serviceCode of services) {
          const key = [dueDate ?? '~', event.occurredOn, situation.code, String(step.position).padStart(3, '0'), serviceCode].join(' ');
          const offer = { event, situation, step, serviceCode, dueDate, overdue: dueDate != null && dueDate < facts.today, required: step.required, applicability, key };
          const held = best.get(serviceCode);
          if (!held || key < held.key) best.set(serviceCode, offer);
        }
      }
  return [...best.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export type StepStatus = 'DONE' | 'TO_DO' | 'NOT_APPLICABLE';

export interface StepProgress<T> {
  step: T;
  status: StepStatus;
  applicability: Applicability;
  receivedServiceCodes: string[];
  dueDate: string | null;
  overdue: boolean;
}

export interface Progress<E, S, T> {
  situation: S;
  event: E | null;
  steps: StepProgress<T>[];
  requiredStepCount: number;
  doneRequiredStepCount: number;
  complete: boolean;
}

/**
 * A client's progress through one life situation: each step done (by the event or a received service), to do, or
 * not applicable (its condition ruled out); due dates from `event`, the latest event that triggers the situation,
 * when there is one. Complete when every required step that may apply is done.
 */
export function progressOf<E extends EventLike, S extends SituationLike, T extends StepLike>(
  situation: S,
  event: E | null,
  catalogue: Pick<Catalogue<S, T>, 'stepsOf' | 'servicesOf'>,
  completed: ReadonlySet<string>,
  facts: ClientFacts,
): Progress<E, S, T> {
  const steps = catalogue.stepsOf(situation).map((step): StepProgress<T> => {
    const services = catalogue.servicesOf(step);
    const applicability = applicabilityOf(step, facts);
    const status: StepStatus = isDone(step, services, completed, event) ? 'DONE' : applicability === 'DOES_NOT_APPLY' ? 'NOT_APPLICABLE' : 'TO_DO';
    const dueDate = event ? dueDateOf(step, event.occurredOn) : null;
    return { step, status, applicability, receivedServiceCodes: services.filter((c) => completed.has(c)), dueDate, overdue: status === 'TO_DO' && dueDate != null && dueDate < facts.today };
  });
  const required = steps.filter((s) => s.step.required && s.status !== 'NOT_APPLICABLE');
  const done = required.filter((s) => s.status === 'DONE').length;
  return { situation, event, steps, requiredStepCount: required.length, doneRequiredStepCount: done, complete: done === required.length };
}

/** The latest of the events (by date, then report order as given) whose type triggers the situation. */
export function latestTrigger<E extends EventLike>(events: readonly E[], triggers: ReadonlySet<LifeEventType>): E | null {
  let latest: E | null = null;
  for (const e of events) if (triggers.has(e.type) && (!latest || e.occurredOn >= latest.occurredOn)) latest = e;
  return latest;
}
