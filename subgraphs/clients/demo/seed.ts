import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { DEMO_COMPANIES, DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import { clientIdFor } from '@public-service-graph/subgraph-kit/identity';
import { parsePersonalCode } from '@public-service-graph/subgraph-kit/personal-code';
import { clients, consents, contacts, representations } from '../db/tables.ts';
import { FULL_SCOPES, parentalPeriod } from '../domain/representation.ts';

type Person = keyof typeof DEMO_PEOPLE;
type Company = keyof typeof DEMO_COMPANIES;

/** What the registers would say: birth dates where the code has none, activated e-addresses. */
const REGISTER = {
  birthDates: { martins: '1990-06-12' } as Partial<Record<Person, string>>,
  eAddressActivated: { janis: '2024-02-01T10:00:00Z', anna: '2023-09-15T08:30:00Z' } as Partial<Record<Person, string>>,
  boardMembers: [['janis', 'darznieciba', '2019-05-01T00:00:00Z'], ['peteris', 'koks', '2015-03-10T00:00:00Z']] as [Person, Company, string][],
  parents: [['liga', 'emilija']] as [Person, Person][],
};

const CONTACTS: [Person, 'EMAIL' | 'PHONE', string, string[]][] = [
  ['janis', 'EMAIL', 'janis.berzins@example.lv', ['CASE_STATUS_CHANGES', 'DEADLINES']],
  ['janis', 'PHONE', '+37120000001', []],
  ['anna', 'EMAIL', 'anna.kalnina@example.lv', []],
  ['liga', 'PHONE', '+37126000002', ['DEADLINES']],
];

export async function seedClients(db: Db, env: { clientIdSecret: string }): Promise<void> {
  const person = (key: Person) => clientIdFor(env.clientIdSecret, 'person', DEMO_PEOPLE[key].personalCode);
  const company = (key: Company) => clientIdFor(env.clientIdSecret, 'company', DEMO_COMPANIES[key].registrationNumber);
  const birthDate = (key: Person) => {
    const parsed = parsePersonalCode(DEMO_PEOPLE[key].personalCode);
    return ('birthDate' in parsed ? parsed.birthDate : null) ?? REGISTER.birthDates[key] ?? null;
  };

  await db
    .insert(clients)
    .values([
      ...(Object.keys(DEMO_PEOPLE) as Person[]).map((key) => ({
        id: person(key),
        kind: 'PERSON' as const,
        personalCode: DEMO_PEOPLE[key].personalCode,
        displayName: DEMO_PEOPLE[key].name,
        birthDate: birthDate(key),
        eAddressActivatedAt: REGISTER.eAddressActivated[key] ? new Date(REGISTER.eAddressActivated[key]) : null,
      })),
      ...(Object.keys(DEMO_COMPANIES) as Company[]).map((key) => ({
        id: company(key),
        kind: 'COMPANY' as const,
        registrationNumber: DEMO_COMPANIES[key].registrationNumber,
        displayName: DEMO_COMPANIES[key].name,
      })),
    ])
    // Register-linked fields follow the register on every seed.
    .onConflictDoUpdate({ target: clients.id, set: { birthDate: sql`excluded.birth_date`, eAddressActivatedAt: sql`excluded.e_address_activated_at` } });

  const created = new Date('2026-01-05T09:00:00Z');
  await db
    .insert(representations)
    .values([
      ...REGISTER.boardMembers.map(([member, firm, from]) => ({
        basis: 'BOARD_MEMBER' as const, representativeId: person(member), partyId: company(firm), scopes: [...FULL_SCOPES], validFrom: new Date(from), createdAt: created,
      })),
      ...REGISTER.parents.map(([parent, child]) => ({
        basis: 'PARENT' as const, representativeId: person(parent), partyId: person(child), scopes: [...FULL_SCOPES], ...parentalPeriod(birthDate(child)!), createdAt: created,
      })),
    ])
    .onConflictDoNothing();

  // Pēteris lets Anna follow his cases (a power of attorney granted in the graph).
  const [principal, attorney] = [person('peteris'), person('anna')];
  const [poa] = await db.select({ id: representations.id }).from(representations)
    .where(and(eq(representations.basis, 'POWER_OF_ATTORNEY'), eq(representations.partyId, principal), eq(representations.representativeId, attorney)));
  if (!poa)
    await db.insert(representations).values({
      basis: 'POWER_OF_ATTORNEY', representativeId: attorney, partyId: principal, grantedBy: principal, scopes: ['CASES_READ'],
      validFrom: new Date('2026-02-01T00:00:00Z'), note: 'Lai Anna var sekot manu pieteikumu gaitai.', createdAt: new Date('2026-02-01T00:00:00Z'),
      acceptedAt: new Date('2026-02-02T08:00:00Z'),
    });

  await db
    .insert(contacts)
    .values(CONTACTS.map(([who, kind, value, preferredFor], i) => ({ clientId: person(who), kind, value, preferredFor, createdAt: new Date(Date.UTC(2025, 0, 10 + i)) })))
    .onConflictDoNothing();

  // Anna lets the public administration offer her services proactively.
  const anna = person('anna');
  const [given] = await db.select({ id: consents.id }).from(consents).where(and(eq(consents.clientId, anna), eq(consents.recipientKind, 'PUBLIC_ADMINISTRATION')));
  if (!given) {
    const at = new Date('2026-03-02T12:00:00Z');
    await db.insert(consents).values({
      clientId: anna, recipientKind: 'PUBLIC_ADMINISTRATION', recipientId: null, purpose: 'Piedāvāt man pakalpojumus proaktīvi, pēc dzīves notikumiem',
      scopes: ['PROACTIVE_OFFERS'], status: 'GRANTED', validFrom: at, decidedAt: at, decidedBy: anna, createdAt: at,
    });
  }
  // Demo consents whose term has already ended are history, not news: the expiry scheduler announces later ones.
  await db.execute(sql`update "clients"."consents" set "expired_event_at" = now() where "status" in ('REQUESTED', 'GRANTED') and "valid_until" <= now() and "expired_event_at" is null`);
}
