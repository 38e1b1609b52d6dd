import type { Db } from '../../../common/db.ts';
import { DEMO_COMPANIES, DEMO_PEOPLE } from '../../../common/demo-people.ts';
import { clientIdFor } from '../../../common/identity.ts';
import { clients } from '../db/tables.ts';

export async function seedClients(db: Db, env: { clientIdSecret: string }): Promise<void> {
  await db
    .insert(clients)
    .values([
      ...Object.values(DEMO_PEOPLE).map((p) => ({ id: clientIdFor(env.clientIdSecret, 'person', p.personalCode), kind: 'PERSON' as const, personalCode: p.personalCode, displayName: p.name })),
      ...Object.values(DEMO_COMPANIES).map((c) => ({ id: clientIdFor(env.clientIdSecret, 'company', c.registrationNumber), kind: 'COMPANY' as const, registrationNumber: c.registrationNumber, displayName: c.name })),
    ])
    .onConflictDoNothing();
}
