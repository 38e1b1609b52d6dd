import { describe, expect, it } from 'vitest';
import { euEventLabel } from '../domain/eu-events.ts';
import { parseTerm } from '../domain/duration.ts';
import { checkReport } from '../domain/report.ts';
import { DEMO_EVENTS, DEMO_REPORTERS } from './events.ts';
import { DEMO_SITUATIONS } from './situations.ts';

describe('demo life situations', () => {
  it('are the twelve the issue names, each with steps, services and triggers', () => {
    expect(DEMO_SITUATIONS.map((s) => s.title.en)).toEqual(expect.arrayContaining([
      'Birth of a child', 'Change of residence', 'Starting a company', 'Retirement', 'Death of a relative', 'Marriage',
      'Losing a job', 'Studies', 'Buying real estate', 'Building a house', 'Moving to Latvia', 'Buying a vehicle',
    ]));
    for (const s of DEMO_SITUATIONS) {
      expect(s.steps.length, s.code).toBeGreaterThan(0);
      expect(s.steps.every((step) => step.services.length > 0), s.code).toBe(true);
      expect(s.triggeredBy.length, s.code).toBeGreaterThan(0);
      expect(s.goals.length, s.code).toBeGreaterThan(0);
    }
  });

  it('use only known EU concepts, valid terms, conditions with their years, and codes of existing situations', () => {
    const codes = new Set(DEMO_SITUATIONS.map((s) => s.code));
    expect(codes.size).toBe(DEMO_SITUATIONS.length);
    for (const s of DEMO_SITUATIONS) {
      for (const ref of s.euEvents) expect(euEventLabel(ref), `${s.code} ${ref.code}`).not.toBeNull();
      expect(s.euEvents.every((e) => (e.scheme === 'BUSINESS_EVENT') === (s.audience === 'BUSINESS')), s.code).toBe(true);
      for (const step of s.steps) {
        if (step.dueOffset) expect(parseTerm(step.dueOffset), `${s.code} ${step.dueOffset}`).not.toBeNull();
        if (step.condition) expect(step.condition.years != null, s.code).toBe(['AGE_AT_LEAST', 'AGE_UNDER', 'HAS_CHILD_UNDER'].includes(step.condition.kind));
      }
      for (const related of s.related) expect(codes.has(related), `${s.code} → ${related}`).toBe(true);
    }
  });

  it('have demo events that pass the reporting rules, each by an allowed reporter', () => {
    for (const { reportedBy, ...event } of DEMO_EVENTS) {
      expect(DEMO_REPORTERS[event.type], event.reference).toContain(reportedBy);
      expect(() => checkReport(event, 'demo-secret-of-16-chars', '2026-11-22'), event.reference).not.toThrow();
    }
  });
});
