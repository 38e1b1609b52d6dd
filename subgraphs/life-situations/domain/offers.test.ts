import { describe, expect, it } from 'vitest';
import type { ClientFacts } from './conditions.ts';
import type { LifeEventType } from './model.ts';
import { latestTrigger, proactiveOffers, progressOf, type Catalogue, type StepLike } from './offers.ts';

type Step = StepLike & { services: string[] };
const step = (position: number, services: string[], over: Partial<StepLike> = {}): Step => ({
  id: `s${position}`, position, required: true, conditionKind: null, conditionYears: null, dueOffset: null, fulfilledByEvent: false, services, ...over,
});
const birth = { id: 'birth', code: 'BERNA-PIEDZIMSANA' };
const moving = { id: 'moving', code: 'DZIVESVIETAS-MAINA' };
const STEPS: Record<string, Step[]> = {
  birth: [
    step(1, ['RIGA-DZIMSANA'], { dueOffset: 'P1M', fulfilledByEvent: true }),
    step(2, ['PMLP-DZIVESVIETA']),
    step(3, ['VSAA-PIEDZIMSANA'], { dueOffset: 'P12M' }),
    step(4, ['VSAA-VECAKU-PABALSTS'], { required: false, conditionKind: 'IS_SOCIALLY_INSURED' }),
    step(5, ['PMLP-PASE', 'PMLP-EID'], { required: false }),
    step(6, ['VSAA-VECUMA-PENSIJA'], { conditionKind: 'AGE_AT_LEAST', conditionYears: 65 }),
  ],
  moving: [step(1, ['PMLP-DZIVESVIETA'], { dueOffset: 'P1M' }), step(2, ['NVD-GIMENES-ARSTS'], { required: false })],
};
const catalogue: Catalogue<typeof birth, Step> = {
  situationsFor: (type: LifeEventType) => (type === 'CHILD_BIRTH' ? [birth] : type === 'RESIDENCE_CHANGE' ? [moving] : []),
  stepsOf: (s) => STEPS[s.id],
  servicesOf: (s) => s.services,
};
const facts: ClientFacts = { birthDate: '1988-04-12', childBirthDates: ['2026-10-05'], today: '2026-11-22' };
const born = { id: 'e1', type: 'CHILD_BIRTH' as const, occurredOn: '2026-10-05' };
const moved = { id: 'e2', type: 'RESIDENCE_CHANGE' as const, occurredOn: '2026-11-10' };

describe('proactive offers', () => {
  it('offers every service of the steps not done and not ruled out, due after the event, by due date', () => {
    const offers = proactiveOffers([born], catalogue, new Set(['RIGA-DZIMSANA']), facts);
    expect(offers.map((o) => [o.serviceCode, o.dueDate, o.required, o.applicability])).toEqual([
      ['VSAA-PIEDZIMSANA', '2027-10-05', true, 'APPLIES'],
      ['PMLP-DZIVESVIETA', null, true, 'APPLIES'],
      ['VSAA-VECAKU-PABALSTS', null, false, 'MAY_APPLY'],
      ['PMLP-EID', null, false, 'APPLIES'],
      ['PMLP-PASE', null, false, 'APPLIES'],
    ]);
  });

  it('leaves out a step done by the event, by any of its services, or ruled out by its condition', () => {
    const codes = proactiveOffers([born], catalogue, new Set(['PMLP-EID', 'VSAA-PIEDZIMSANA']), facts).map((o) => o.serviceCode);
    expect(codes).toEqual(['PMLP-DZIVESVIETA', 'VSAA-VECAKU-PABALSTS']);
    expect(codes).not.toContain('RIGA-DZIMSANA');
    expect(codes).not.toContain('VSAA-VECUMA-PENSIJA');
    // Without a known birth date the age condition may apply: the pension step is offered, marked so.
    const unknownAge = proactiveOffers([born], catalogue, new Set(), { ...facts, birthDate: null });
    expect(unknownAge.find((o) => o.serviceCode === 'VSAA-VECUMA-PENSIJA')?.applicability).toBe('MAY_APPLY');
  });

  it('offers a service once, for the event that makes it due first, and marks what is overdue', () => {
    const offers = proactiveOffers([born, moved], catalogue, new Set(), facts);
    const residence = offers.filter((o) => o.serviceCode === 'PMLP-DZIVESVIETA');
    expect(residence).toHaveLength(1);
    expect(residence[0]).toMatchObject({ event: moved, dueDate: '2026-12-10', overdue: false });
    expect(offers.map((o) => o.key)).toEqual([...offers.map((o) => o.key)].sort());
    const late = proactiveOffers([{ ...moved, occurredOn: '2026-09-01' }], catalogue, new Set(), facts);
    expect(late[0]).toMatchObject({ serviceCode: 'PMLP-DZIVESVIETA', dueDate: '2026-10-01', overdue: true });
  });

  it('offers nothing without events, or once everything is received', () => {
    expect(proactiveOffers([], catalogue, new Set(), facts)).toEqual([]);
    const all = new Set(Object.values(STEPS).flat().flatMap((s) => s.services));
    expect(proactiveOffers([born, moved], catalogue, all, facts)).toEqual([]);
  });
});

describe('progress through a life situation', () => {
  it('marks steps done, to do or not applicable, with due dates from the triggering event', () => {
    const p = progressOf(birth, born, catalogue, new Set(['VSAA-PIEDZIMSANA']), facts);
    expect(p.steps.map((s) => [s.step.position, s.status, s.dueDate, s.receivedServiceCodes])).toEqual([
      [1, 'DONE', '2026-11-05', []],
      [2, 'TO_DO', null, []],
      [3, 'DONE', '2027-10-05', ['VSAA-PIEDZIMSANA']],
      [4, 'TO_DO', null, []],
      [5, 'TO_DO', null, []],
      [6, 'NOT_APPLICABLE', null, []],
    ]);
    expect(p).toMatchObject({ requiredStepCount: 3, doneRequiredStepCount: 2, complete: false });
    expect(progressOf(birth, born, catalogue, new Set(['VSAA-PIEDZIMSANA', 'PMLP-DZIVESVIETA']), facts).complete).toBe(true);
  });

  it('without an event, counts only received services and gives no due dates', () => {
    const p = progressOf(birth, null, catalogue, new Set(['RIGA-DZIMSANA']), facts);
    expect(p.steps[0]).toMatchObject({ status: 'DONE', dueDate: null, receivedServiceCodes: ['RIGA-DZIMSANA'] });
    expect(progressOf(birth, null, catalogue, new Set(), facts).steps[0].status).toBe('TO_DO');
  });

  it('takes the latest triggering event', () => {
    const second = { id: 'e3', type: 'CHILD_BIRTH' as const, occurredOn: '2026-11-01' };
    expect(latestTrigger([born, moved, second], new Set(['CHILD_BIRTH']))).toBe(second);
    expect(latestTrigger([moved], new Set(['CHILD_BIRTH']))).toBeNull();
  });
});
