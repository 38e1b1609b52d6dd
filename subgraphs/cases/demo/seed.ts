import type { Db } from '../../../common/db.ts';
import { DEMO_COMPANIES, DEMO_PEOPLE } from '../../../common/demo-people.ts';
import { clientIdFor } from '../../../common/identity.ts';
import { cases, statusChanges, type CaseStatus } from '../db/tables.ts';

interface DemoCase { reference: string; institution: string; service: string; client: { kind: 'person' | 'company'; code: string }; history: [CaseStatus, string][] }

const person = (p: { personalCode: string }) => ({ kind: 'person' as const, code: p.personalCode });
const company = (c: { registrationNumber: string }) => ({ kind: 'company' as const, code: c.registrationNumber });

/** Demo cases in several statuses; each history entry is [status, ISO time]. */
const DEMO_CASES: DemoCase[] = [
  { reference: 'PMLP-2026/004211', institution: 'PMLP', service: 'PMLP-PASE', client: person(DEMO_PEOPLE.janis), history: [['SUBMITTED', '2026-11-02T08:15:00Z'], ['REGISTERED', '2026-11-02T08:20:00Z'], ['IN_PROGRESS', '2026-11-03T10:00:00Z']] },
  { reference: 'PMLP-2026/003907', institution: 'PMLP', service: 'PMLP-DZIVESVIETA', client: person(DEMO_PEOPLE.janis), history: [['SUBMITTED', '2026-09-14T17:40:00Z'], ['REGISTERED', '2026-09-15T07:05:00Z'], ['COMPLETED', '2026-09-15T09:30:00Z']] },
  { reference: 'CSDD-26-118842', institution: 'CSDD', service: 'CSDD-IPASNIEKA-MAINA', client: person(DEMO_PEOPLE.janis), history: [['SUBMITTED', '2026-06-01T12:00:00Z'], ['COMPLETED', '2026-06-01T12:25:00Z']] },
  { reference: 'RIGA-DZ-2026-5531', institution: 'RIGA', service: 'RIGA-DZIMSANA', client: person(DEMO_PEOPLE.liga), history: [['SUBMITTED', '2026-10-08T09:00:00Z'], ['COMPLETED', '2026-10-08T09:45:00Z']] },
  { reference: 'VSAA-2026-771020', institution: 'VSAA', service: 'VSAA-PIEDZIMSANA', client: person(DEMO_PEOPLE.liga), history: [['SUBMITTED', '2026-10-09T19:12:00Z'], ['REGISTERED', '2026-10-10T06:30:00Z'], ['AWAITING_CLIENT', '2026-10-13T11:00:00Z']] },
  { reference: 'VSAA-2026-502311', institution: 'VSAA', service: 'VSAA-VECUMA-PENSIJA', client: person(DEMO_PEOPLE.peteris), history: [['SUBMITTED', '2026-01-10T10:00:00Z'], ['REGISTERED', '2026-01-10T10:05:00Z'], ['DECIDED', '2026-01-28T13:00:00Z'], ['COMPLETED', '2026-02-01T08:00:00Z']] },
  { reference: 'VID-GID-2026-88120', institution: 'VID', service: 'VID-GID', client: person(DEMO_PEOPLE.anna), history: [['SUBMITTED', '2026-03-01T08:00:00Z'], ['REGISTERED', '2026-03-01T08:00:05Z'], ['REJECTED', '2026-03-20T14:00:00Z']] },
  { reference: 'NVA-2026-11873', institution: 'NVA', service: 'NVA-BEZDARBNIEKS', client: person(DEMO_PEOPLE.martins), history: [['SUBMITTED', '2026-11-18T07:50:00Z']] },
  { reference: 'UR-2026-40021', institution: 'UR', service: 'UR-SIA', client: company(DEMO_COMPANIES.darznieciba), history: [['SUBMITTED', '2026-04-07T09:00:00Z'], ['REGISTERED', '2026-04-07T09:10:00Z'], ['COMPLETED', '2026-04-09T12:00:00Z']] },
  { reference: 'VID-PVN-2026-7781', institution: 'VID', service: 'VID-PVN', client: company(DEMO_COMPANIES.darznieciba), history: [['SUBMITTED', '2026-04-12T09:00:00Z'], ['IN_PROGRESS', '2026-04-13T09:00:00Z']] },
  { reference: 'LAD-VPM-2026-3310', institution: 'LAD', service: 'LAD-PLATIBU-MAKSAJUMS', client: company(DEMO_COMPANIES.koks), history: [['SUBMITTED', '2026-05-20T09:00:00Z'], ['REGISTERED', '2026-05-21T09:00:00Z'], ['IN_PROGRESS', '2026-06-15T09:00:00Z']] },
];

export async function seedCases(db: Db, env: { clientIdSecret: string }): Promise<void> {
  for (const demo of DEMO_CASES) {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(cases)
        .values({
          institutionCode: demo.institution,
          reference: demo.reference,
          serviceCode: demo.service,
          clientId: clientIdFor(env.clientIdSecret, demo.client.kind, demo.client.code),
          status: demo.history.at(-1)![0],
          submittedAt: new Date(demo.history[0][1]),
          updatedAt: new Date(demo.history.at(-1)![1]),
          version: demo.history.length,
        })
        .onConflictDoNothing({ target: [cases.institutionCode, cases.reference] })
        .returning();
      if (row) await tx.insert(statusChanges).values(demo.history.map(([status, at]) => ({ caseId: row.id, status, at: new Date(at) })));
    });
  }
}
