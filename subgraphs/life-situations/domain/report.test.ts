import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import { clientIdFor } from '@public-service-graph/subgraph-kit/identity';
import { checkReport, latvianToday, sameEvent, type ReportInput } from './report.ts';

const SECRET = 'a-secret-for-the-unit-tests';
const birth: ReportInput = { type: 'CHILD_BIRTH', client: { personalCode: DEMO_PEOPLE.liga.personalCode }, occurredOn: '2026-10-05', reference: 'DZ-2026/5531', relatedPersonalCode: DEMO_PEOPLE.emilija.personalCode };
const check = (over: Partial<ReportInput>) => () => checkReport({ ...birth, ...over }, SECRET, '2026-11-22');

describe('a reported life event', () => {
  it('keeps client ids, never personal codes', () => {
    const report = checkReport({ ...birth, client: { personalCode: '12048813210' } }, SECRET, '2026-11-22');
    expect(report).toEqual({
      type: 'CHILD_BIRTH', clientKind: 'PERSON', occurredOn: '2026-10-05', reference: 'DZ-2026/5531',
      clientId: clientIdFor(SECRET, 'person', DEMO_PEOPLE.liga.personalCode), relatedClientId: clientIdFor(SECRET, 'person', DEMO_PEOPLE.emilija.personalCode),
    });
    expect(JSON.stringify(report)).not.toContain('13210');
    const company = checkReport({ type: 'COMPANY_FOUNDATION', client: { registrationNumber: '40203123456' }, occurredOn: '2026-04-09', reference: 'UR-1' }, SECRET, '2026-11-22');
    expect(company).toMatchObject({ clientKind: 'COMPANY', clientId: clientIdFor(SECRET, 'company', '40203123456'), relatedClientId: null });
  });

  it.each([
    ['a wrong check digit', { client: { personalCode: '120488-13211' } }, /input\.client\.personalCode.*check digit/],
    ['both identifiers', { client: { personalCode: DEMO_PEOPLE.liga.personalCode, registrationNumber: '40203123456' } }, /exactly one/],
    ['a company for a person’s event', { client: { registrationNumber: '40203123456' } }, /give personalCode/],
    ['a person for a company’s event', { type: 'COMPANY_FOUNDATION' as const, relatedPersonalCode: null }, /give registrationNumber/],
    ['a date in the future', { occurredOn: '2026-11-23' }, /input\.occurredOn/],
    ['a date before 1900', { occurredOn: '1899-12-31' }, /input\.occurredOn/],
    ['an empty reference', { reference: '  ' }, /input\.reference/],
    ['a related person for a job loss', { type: 'JOB_LOSS' as const }, /has no related person/],
    ['the client as their own child', { relatedPersonalCode: DEMO_PEOPLE.liga.personalCode }, /cannot be the client/],
    ['a child born on another day', { occurredOn: '2026-10-04' }, /birth date 2026-10-05/],
    ['a malformed related code', { relatedPersonalCode: '1234' }, /input\.relatedPersonalCode/],
  ])('refuses %s as BAD_USER_INPUT', (_, over, message) => {
    expect(check(over)).toThrow(message);
    try {
      check(over)();
    } catch (err) {
      expect((err as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('is a repeat only when the content matches too', () => {
    const report = checkReport(birth, SECRET, '2026-11-22');
    expect(sameEvent(report, { ...report })).toBe(true);
    expect(sameEvent(report, { ...report, occurredOn: '2026-10-06' })).toBe(false);
    expect(sameEvent(report, { ...report, relatedClientId: null })).toBe(false);
  });

  it('takes today in Latvia, not in UTC', () => {
    expect(latvianToday(new Date('2026-11-22T22:30:00Z'))).toBe('2026-11-23');
    expect(latvianToday(new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
  });
});
