import type { LadDb } from './store.ts';

/**
 * Fictional demo data, matching the platform's demo people and cases: the company SIA "Baltijas Koks" applied
 * for the area payment in case "LAD-VPM-2026-3310" (a case the platform's demo has), and Jānis Bērziņš farms
 * "Z/S Bērzi" with applications for 2025 and 2026. Crop codes and field block numbers are illustrative.
 * Idempotent: rows already there are left as they are.
 */
const JANIS = '150385-12346';
const BALTIJAS_KOKS = '40103987654';

const FARMS: [registrationNumber: string, holderCode: string, name: string, registeredOn: string][] = [
  ['104477', JANIS, 'Z/S "Bērzi"', '2012-04-02'],
  ['208115', BALTIJAS_KOKS, 'SIA "Baltijas Koks"', '2009-11-16'],
];

const CROPS: [code: string, lv: string, en: string, group: string][] = [
  ['111', 'Ziemas kvieši', 'Winter wheat', 'ARABLE'],
  ['113', 'Vasaras kvieši', 'Spring wheat', 'ARABLE'],
  ['140', 'Vasaras mieži', 'Spring barley', 'ARABLE'],
  ['171', 'Ziemas rapsis', 'Winter oilseed rape', 'ARABLE'],
  ['640', 'Papuve', 'Fallow land', 'FALLOW'],
  ['710', 'Ilggadīgie zālāji', 'Permanent grassland', 'GRASSLAND'],
  ['720', 'Aramzemē sētie zālāji', 'Grass sown on arable land', 'GRASSLAND'],
  ['830', 'Ābeļu dārzs', 'Apple orchard', 'PERMANENT_CROP'],
];

const DECLARATIONS: [reference: string, farm: string, applicant: string, year: number, submittedAt: string][] = [
  ['LAD-VPM-2026-3310', '208115', BALTIJAS_KOKS, 2026, '2026-05-20T09:00:00Z'],
  ['LAD-VPM-2026-4100', '104477', JANIS, 2026, '2026-05-18T14:20:00Z'],
  ['LAD-VPM-2025-2871', '104477', JANIS, 2025, '2025-05-22T10:05:00Z'],
];

const FIELDS: [reference: string, block: string, field: number, hectares: string, crop: string, eligible: boolean][] = [
  ['LAD-VPM-2026-3310', '57643-37892', 1, '48.20', '111', true],
  ['LAD-VPM-2026-3310', '57643-37892', 2, '12.75', '171', true],
  ['LAD-VPM-2026-3310', '57651-37904', 1, '30.10', '710', true],
  ['LAD-VPM-2026-3310', '57651-37904', 2, '3.40', '640', false],
  ['LAD-VPM-2026-4100', '61234-40511', 1, '8.35', '140', true],
  ['LAD-VPM-2026-4100', '61234-40511', 2, '4.10', '720', true],
  ['LAD-VPM-2026-4100', '61240-40515', 1, '1.20', '830', true],
  ['LAD-VPM-2025-2871', '61234-40511', 1, '8.35', '113', true],
  ['LAD-VPM-2025-2871', '61234-40511', 2, '4.10', '720', true],
];

/** Column arrays for `unnest`, so each table is one statement whatever the row count. */
const columns = <T extends unknown[]>(rows: T[]): unknown[][] => rows[0].map((_, i) => rows.map((row) => row[i]));

export async function seedLadDemo(db: LadDb): Promise<void> {
  await db.query(
    `insert into lad.farms (registration_number, holder_code, name, registered_on)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::date[]) on conflict do nothing`,
    columns(FARMS),
  );
  await db.query(
    `insert into lad.crops (code, name_lv, name_en, crop_group)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[]) on conflict do nothing`,
    columns(CROPS),
  );
  await db.query(
    `insert into lad.declarations (reference, farm_registration_number, applicant_code, year, submitted_at)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::timestamptz[]) on conflict do nothing`,
    columns(DECLARATIONS),
  );
  await db.query(
    `insert into lad.declared_field_areas (declaration_reference, block_number, field_number, area_ha, crop_code, eligible)
     select * from unnest($1::text[], $2::text[], $3::int[], $4::numeric[], $5::text[], $6::boolean[]) on conflict do nothing`,
    columns(FIELDS),
  );
}
