import { DEMO_COMPANIES, DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import type { LifeEventType } from '../domain/model.ts';

/**
 * Who may report which life events: the civil registry offices of municipalities (here Riga) and PMLP, which keeps
 * the Population Register, report births, deaths and marriages; PMLP declared residences and arrivals; the
 * Enterprise Register foundings; VSAA the pension age; NVA (and VID, which keeps the register of employees) the end
 * of a job; the ministry of education (IZM, which keeps the education information system) the start of studies;
 * the Land Register (TA) and the State Land Service purchases of real estate; the municipality's building board
 * building permits; CSDD purchases of vehicles.
 */
export const DEMO_REPORTERS: Record<LifeEventType, string[]> = {
  CHILD_BIRTH: ['RIGA', 'PMLP'],
  RELATIVE_DEATH: ['RIGA', 'PMLP'],
  MARRIAGE: ['RIGA', 'PMLP'],
  RESIDENCE_CHANGE: ['PMLP'],
  ARRIVAL_IN_LATVIA: ['PMLP'],
  COMPANY_FOUNDATION: ['UR'],
  RETIREMENT_AGE: ['VSAA'],
  JOB_LOSS: ['NVA', 'VID'],
  STUDIES_START: ['IZM'],
  REAL_ESTATE_PURCHASE: ['TA', 'VZD'],
  BUILDING_PERMIT: ['RIGA'],
  VEHICLE_PURCHASE: ['CSDD'],
};

export interface DemoEvent {
  type: LifeEventType;
  client: { personalCode: string } | { registrationNumber: string };
  occurredOn: string;
  reportedBy: string;
  reference: string;
  relatedPersonalCode?: string;
}

/**
 * Life events as the registers would have reported them. Līga's daughter Emīlija was born on 5 October 2026 (her
 * birth is registered and the childbirth benefit claimed in the cases demo data); Anna, who consents to proactive
 * offers, married and moved; Mārtiņš lost his job; Jānis bought a car; SIA "Zaļā Dārzniecība" was founded.
 */
export const DEMO_EVENTS: DemoEvent[] = [
  { type: 'CHILD_BIRTH', client: { personalCode: DEMO_PEOPLE.liga.personalCode }, occurredOn: '2026-10-05', reportedBy: 'RIGA', reference: 'DZ-2026/5531', relatedPersonalCode: DEMO_PEOPLE.emilija.personalCode },
  { type: 'MARRIAGE', client: { personalCode: DEMO_PEOPLE.anna.personalCode }, occurredOn: '2026-08-22', reportedBy: 'RIGA', reference: 'L-2026/0871' },
  { type: 'RESIDENCE_CHANGE', client: { personalCode: DEMO_PEOPLE.anna.personalCode }, occurredOn: '2026-09-01', reportedBy: 'PMLP', reference: 'DZV-2026-118273' },
  { type: 'JOB_LOSS', client: { personalCode: DEMO_PEOPLE.martins.personalCode }, occurredOn: '2026-11-13', reportedBy: 'NVA', reference: 'NVA-DA-2026-5512' },
  { type: 'VEHICLE_PURCHASE', client: { personalCode: DEMO_PEOPLE.janis.personalCode }, occurredOn: '2026-06-01', reportedBy: 'CSDD', reference: 'CSDD-26-118842' },
  { type: 'COMPANY_FOUNDATION', client: { registrationNumber: DEMO_COMPANIES.darznieciba.registrationNumber }, occurredOn: '2026-04-09', reportedBy: 'UR', reference: 'UR-2026-40021' },
];
