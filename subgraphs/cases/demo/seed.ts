import { sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { DEMO_COMPANIES, DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import { clientIdFor } from '@public-service-graph/subgraph-kit/identity';
import { caseEvents, cases, type CaseChannel, type CaseStatus, type NewCaseEventRow } from '../db/tables.ts';
import { dueDate, parseProcessingTime } from '../domain/processing-time.ts';
import { RESOLVING_STATUSES } from '../domain/transitions.ts';
import { rebuildRollups } from '../data/rollups.ts';

interface DemoCase {
  reference: string;
  institution: string;
  service: string;
  client: { kind: 'person' | 'company'; code: string };
  /** [status, ISO time]; the first is the submission. An event-only case has one entry, its delivery. */
  history: [CaseStatus, string][];
  channel?: CaseChannel;
  delivery?: CaseChannel;
  eventOnly?: boolean;
  /** As on the service card (services subgraph demo catalogue). */
  processingTime?: string;
  calendarDays?: boolean;
  extendedStatus?: LocalizedText;
  progress?: number;
  decision?: 'GRANTED' | 'PARTLY_GRANTED' | 'REFUSED';
  result?: LocalizedText;
  rating?: { rating: number; comment: string | null; at: string };
  /** Where the client was served (a municipality), for the statistics' breakdown by region. */
  region?: string;
  /** Other timeline events: requests for documents, messages, complaints (by the client unless `byInstitution`). */
  events?: { type: 'DOCUMENT_REQUEST' | 'MESSAGE' | 'COMPLAINT'; at: string; note: LocalizedText; byInstitution?: boolean }[];
}

const person = (p: { personalCode: string }) => ({ kind: 'person' as const, code: p.personalCode });
const company = (c: { registrationNumber: string }) => ({ kind: 'company' as const, code: c.registrationNumber });

/**
 * Demo cases in every status, with event-only deliveries, feedback, a complaint and overdue cases (VID-PVN-2026-7781,
 * VSAA-2026-771020). Jānis keeps exactly his three cases: other tests count them.
 */
const DEMO_CASES: DemoCase[] = [
  {
    reference: 'PMLP-2026/004211', institution: 'PMLP', service: 'PMLP-PASE', client: person(DEMO_PEOPLE.janis), processingTime: 'P10D',
    history: [['SUBMITTED', '2026-11-02T08:15:00Z'], ['REGISTERED', '2026-11-02T08:20:00Z'], ['IN_PROGRESS', '2026-11-03T10:00:00Z']],
    extendedStatus: { lv: 'Pase tiek izgatavota', en: 'The passport is being made' }, progress: 60, delivery: 'IN_PERSON',
  },
  {
    reference: 'PMLP-2026/003907', institution: 'PMLP', service: 'PMLP-DZIVESVIETA', client: person(DEMO_PEOPLE.janis), processingTime: 'P1D',
    history: [['SUBMITTED', '2026-09-14T17:40:00Z'], ['REGISTERED', '2026-09-15T07:05:00Z'], ['COMPLETED', '2026-09-15T09:30:00Z']],
    decision: 'GRANTED', result: { lv: 'Dzīvesvieta deklarēta', en: 'Place of residence declared' },
    rating: { rating: 5, comment: 'Ātri un ērti.', at: '2026-09-16T18:00:00Z' },
  },
  {
    reference: 'CSDD-26-118842', institution: 'CSDD', service: 'CSDD-IPASNIEKA-MAINA', client: person(DEMO_PEOPLE.janis), processingTime: 'P1D', channel: 'CLIENT_SERVICE_CENTRE', region: 'Cēsu novads',
    history: [['SUBMITTED', '2026-06-01T12:00:00Z'], ['COMPLETED', '2026-06-01T12:25:00Z']],
  },
  {
    reference: 'RIGA-DZ-2026-5531', institution: 'RIGA', service: 'RIGA-DZIMSANA', client: person(DEMO_PEOPLE.liga), processingTime: 'P1D', channel: 'IN_PERSON', region: 'Rīga',
    history: [['SUBMITTED', '2026-10-08T09:00:00Z'], ['COMPLETED', '2026-10-08T09:45:00Z']],
    rating: { rating: 4, comment: null, at: '2026-10-09T10:00:00Z' },
  },
  {
    reference: 'VSAA-2026-771020', institution: 'VSAA', service: 'VSAA-PIEDZIMSANA', client: person(DEMO_PEOPLE.liga), processingTime: 'P10D',
    history: [['SUBMITTED', '2026-10-09T19:12:00Z'], ['REGISTERED', '2026-10-10T06:30:00Z'], ['AWAITING_CLIENT', '2026-10-13T11:00:00Z']],
    events: [{ type: 'DOCUMENT_REQUEST', at: '2026-10-13T11:00:00Z', byInstitution: true, note: { lv: 'Lūdzu, iesniedziet bankas konta numuru pabalsta izmaksai.', en: 'Please give the bank account number for the payment.' } }],
  },
  {
    reference: 'VSAA-2026-502311', institution: 'VSAA', service: 'VSAA-VECUMA-PENSIJA', client: person(DEMO_PEOPLE.peteris), processingTime: 'P1M', calendarDays: true,
    history: [['SUBMITTED', '2026-01-10T10:00:00Z'], ['REGISTERED', '2026-01-10T10:05:00Z'], ['DECIDED', '2026-01-28T13:00:00Z'], ['COMPLETED', '2026-02-01T08:00:00Z']],
    decision: 'GRANTED', result: { lv: 'Vecuma pensija piešķirta no 2026. gada 1. februāra', en: 'Old-age pension granted from 1 February 2026' },
    rating: { rating: 3, comment: 'Lēmumu gaidīju ilgi.', at: '2026-02-03T09:00:00Z' },
  },
  {
    reference: 'VID-GID-2026-88120', institution: 'VID', service: 'VID-GID', client: person(DEMO_PEOPLE.anna), processingTime: 'P1M', calendarDays: true,
    history: [['SUBMITTED', '2026-03-01T08:00:00Z'], ['REGISTERED', '2026-03-01T08:00:05Z'], ['REJECTED', '2026-03-20T14:00:00Z']],
    decision: 'REFUSED', result: { lv: 'Deklarācijā trūkst attaisnoto izdevumu dokumentu', en: 'The return lacks documents for the deductible expenses' },
    events: [{ type: 'COMPLAINT', at: '2026-03-22T09:10:00Z', note: { lv: 'Dokumenti tika pievienoti; lūdzu pārskatīt lēmumu.' } }],
  },
  {
    reference: 'NVA-2026-11873', institution: 'NVA', service: 'NVA-BEZDARBNIEKS', client: person(DEMO_PEOPLE.martins), processingTime: 'P3D',
    history: [['SUBMITTED', '2026-11-18T07:50:00Z']],
  },
  {
    reference: 'UR-2026-40021', institution: 'UR', service: 'UR-SIA', client: company(DEMO_COMPANIES.darznieciba), processingTime: 'P3D', delivery: 'E_ADDRESS',
    history: [['SUBMITTED', '2026-04-07T09:00:00Z'], ['REGISTERED', '2026-04-07T09:10:00Z'], ['COMPLETED', '2026-04-09T12:00:00Z']],
    decision: 'GRANTED', result: { lv: 'SIA reģistrēta komercreģistrā', en: 'Company registered in the Commercial Register' },
    rating: { rating: 4, comment: 'Viss skaidrs.', at: '2026-04-10T08:00:00Z' },
  },
  {
    reference: 'VID-PVN-2026-7781', institution: 'VID', service: 'VID-PVN', client: company(DEMO_COMPANIES.darznieciba), processingTime: 'P5D',
    history: [['SUBMITTED', '2026-04-12T09:00:00Z'], ['IN_PROGRESS', '2026-04-13T09:00:00Z']],
  },
  {
    reference: 'LAD-VPM-2026-3310', institution: 'LAD', service: 'LAD-PLATIBU-MAKSAJUMS', client: company(DEMO_COMPANIES.koks), processingTime: 'P6M', calendarDays: true,
    history: [['SUBMITTED', '2026-05-20T09:00:00Z'], ['REGISTERED', '2026-05-21T09:00:00Z'], ['IN_PROGRESS', '2026-06-15T09:00:00Z']],
  },
  {
    reference: 'PMLP-2026/004388', institution: 'PMLP', service: 'PMLP-EID', client: person(DEMO_PEOPLE.anna), processingTime: 'P10D', channel: 'IN_PERSON', region: 'Rīga', delivery: 'IN_PERSON',
    history: [['SUBMITTED', '2026-11-19T11:20:00Z'], ['REGISTERED', '2026-11-19T11:25:00Z']],
  },
  {
    reference: 'VSAA-2026-803115', institution: 'VSAA', service: 'VSAA-VECAKU-PABALSTS', client: person(DEMO_PEOPLE.liga), processingTime: 'P10D',
    history: [['SUBMITTED', '2026-11-05T08:00:00Z'], ['REGISTERED', '2026-11-05T08:30:00Z'], ['IN_PROGRESS', '2026-11-06T09:00:00Z'], ['DECIDED', '2026-11-16T12:00:00Z']],
    decision: 'GRANTED', result: { lv: 'Vecāku pabalsts piešķirts; pirmā izmaksa decembrī', en: 'Parental benefit granted; first payment in December' },
    events: [{ type: 'MESSAGE', at: '2026-11-16T12:00:00Z', byInstitution: true, note: { lv: 'Lēmums nosūtīts uz jūsu e-adresi.', en: 'The decision was sent to your e-address.' } }],
  },
  {
    reference: 'RIGA-BA-2026-0912', institution: 'RIGA', service: 'RIGA-BUVATLAUJA', client: person(DEMO_PEOPLE.peteris), processingTime: 'P30D', calendarDays: true,
    history: [['SUBMITTED', '2026-07-01T10:00:00Z'], ['REGISTERED', '2026-07-02T08:00:00Z'], ['WITHDRAWN', '2026-07-20T15:00:00Z']],
  },
  // Event-only deliveries from institutions that report only the fact of the service.
  { reference: 'CSDD-TA-2026-551201', institution: 'CSDD', service: 'CSDD-TEHNISKA-APSKATE', client: person(DEMO_PEOPLE.peteris), eventOnly: true, channel: 'IN_PERSON', region: 'Valmieras novads', history: [['COMPLETED', '2026-08-14T07:40:00Z']] },
  { reference: 'VZD-IZ-2026-11020', institution: 'VZD', service: 'VZD-IZZINA', client: person(DEMO_PEOPLE.anna), eventOnly: true, history: [['COMPLETED', '2026-05-06T13:15:00Z']] },
  { reference: 'VID-IZ-2026-88001', institution: 'VID', service: 'VID-IZZINA-PARADI', client: company(DEMO_COMPANIES.koks), eventOnly: true, channel: 'E_ADDRESS', history: [['COMPLETED', '2026-02-11T10:00:00Z']] },
];

function timeline(demo: DemoCase, clientId: string): Omit<NewCaseEventRow, 'caseId'>[] {
  const institution = { actorKind: 'INSTITUTION' as const, actor: demo.institution };
  const statusEvents = demo.history.map(([status, at]) => ({ ...institution, type: demo.eventOnly ? ('DELIVERY' as const) : ('STATUS_CHANGE' as const), status, at: new Date(at) }));
  const others = (demo.events ?? []).map((e) => ({ ...(e.byInstitution ? institution : { actorKind: 'CLIENT' as const, actor: clientId }), type: e.type, at: new Date(e.at), note: e.note }));
  return [...statusEvents, ...others].sort((a, b) => a.at.getTime() - b.at.getTime());
}

export async function seedCases(db: Db, env: { clientIdSecret: string }): Promise<void> {
  await db.transaction(async (tx) => {
    for (const demo of DEMO_CASES) {
      const clientId = clientIdFor(env.clientIdSecret, demo.client.kind, demo.client.code);
      const submittedAt = new Date(demo.history[0][1]);
      const time = demo.processingTime ? parseProcessingTime(demo.processingTime) : null;
      const resolved = demo.history.find(([status]) => RESOLVING_STATUSES.includes(status));
      const events = timeline(demo, clientId);
      const [row] = await tx
        .insert(cases)
        .values({
          institutionCode: demo.institution,
          reference: demo.reference,
          serviceCode: demo.service,
          clientId,
          clientKind: demo.client.kind === 'person' ? 'PERSON' : 'COMPANY',
          kind: demo.eventOnly ? 'EVENT_ONLY' : 'APPLICATION',
          applicationChannel: demo.channel ?? 'E_SERVICE',
          deliveryChannel: demo.delivery ?? (demo.eventOnly ? (demo.channel ?? 'E_SERVICE') : null),
          status: demo.history.at(-1)![0],
          extendedStatus: demo.extendedStatus ?? null,
          progress: demo.progress ?? null,
          submittedAt,
          processingTime: demo.processingTime ?? null,
          processingWorkingDays: !demo.calendarDays,
          dueOn: time ? dueDate(submittedAt, time, !demo.calendarDays) : null,
          resolvedAt: resolved ? new Date(resolved[1]) : null,
          decision: demo.decision ?? null,
          result: demo.result ?? null,
          rating: demo.rating?.rating ?? null,
          ratingComment: demo.rating?.comment ?? null,
          ratedAt: demo.rating ? new Date(demo.rating.at) : null,
          complaintCount: (demo.events ?? []).filter((e) => e.type === 'COMPLAINT').length,
          region: demo.region ?? null,
          // The first move out of SUBMITTED registered it; a case that began in a later status was registered as submitted.
          registeredAt: demo.eventOnly ? null : demo.history[0][0] !== 'SUBMITTED' ? submittedAt : demo.history[1] ? new Date(demo.history[1][1]) : null,
          updatedAt: new Date(demo.history.at(-1)![1]),
          // Every institution write raised the version by one.
          version: events.filter((e) => e.actorKind === 'INSTITUTION').length,
        })
        .onConflictDoNothing({ target: [cases.institutionCode, cases.reference] })
        .returning();
      if (row) await tx.insert(caseEvents).values(events.map((e) => ({ ...e, caseId: row.id })));
    }
  });
  // The demo cases are written as they stand, not through the writes that keep the roll-ups: sum them once.
  await rebuildRollups(db);
  // Demo cases already past due are history, not news: the overdue scheduler announces only what falls due later.
  await db.execute(sql`update "cases"."cases" set "overdue_event_at" = now() where "due_on" < (now() at time zone 'Europe/Riga')::date and "resolved_at" is null and "overdue_event_at" is null`);
}
