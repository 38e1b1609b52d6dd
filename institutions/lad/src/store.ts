import type { Database } from '@public-service-graph/subgraph-kit/db';

/** What LAD's SQL needs of the kit's database: parameterized statements. */
export type LadDb = Pick<Database, 'query'>;

/** SQL only: each function answers a whole batch of keys with one statement. */

export interface FarmRow {
  registrationNumber: string;
  holderCode: string;
  name: string;
  latestDeclarationYear: number | null;
}

export interface FieldAreaRow {
  declarationReference: string;
  blockNumber: string;
  fieldNumber: number;
  areaHectares: number;
  cropCode: string;
  cropNameLv: string;
  cropNameEn: string;
  cropGroup: 'ARABLE' | 'GRASSLAND' | 'PERMANENT_CROP' | 'FALLOW';
  eligible: boolean;
}

export interface DeclarationRow {
  reference: string;
  applicantCode: string;
  fields: FieldAreaRow[];
}

/** A farm's registration number and a declaration year. */
export interface FarmYear {
  farm: string;
  year: number;
}

const FIELD_COLUMNS = `
  a.declaration_reference as "declarationReference", a.block_number as "blockNumber", a.field_number as "fieldNumber",
  a.area_ha::float8 as "areaHectares", a.crop_code as "cropCode", c.name_lv as "cropNameLv", c.name_en as "cropNameEn",
  c.crop_group as "cropGroup", a.eligible`;

/** The farms held by these personal codes / registration numbers; null where LAD has none. */
export async function farmsByHolder(db: LadDb, holderCodes: readonly string[]): Promise<(FarmRow | null)[]> {
  const rows = await db.query<FarmRow>(
    `select f.registration_number as "registrationNumber", f.holder_code as "holderCode", f.name,
            (select max(d.year) from lad.declarations d where d.farm_registration_number = f.registration_number) as "latestDeclarationYear"
       from lad.farms f
      where f.holder_code = any($1::text[])`,
    [holderCodes],
  );
  const byHolder = new Map(rows.map((row) => [row.holderCode, row]));
  return holderCodes.map((code) => byHolder.get(code) ?? null);
}

/** The field areas each farm declared for its year, ordered by block and field number. */
export async function fieldAreasByFarmYear(db: LadDb, keys: readonly FarmYear[]): Promise<FieldAreaRow[][]> {
  const rows = await db.query<FieldAreaRow & { i: string }>(
    `select k.i, ${FIELD_COLUMNS}
       from unnest($1::text[], $2::int[]) with ordinality as k(farm, year, i)
       join lad.declarations d
         on d.farm_registration_number = k.farm
        and d.year = k.year
       join lad.declared_field_areas a on a.declaration_reference = d.reference
       join lad.crops c on c.code = a.crop_code
      order by k.i, a.block_number, a.field_number`,
    [keys.map((k) => k.farm), keys.map((k) => k.year)],
  );
  const result: FieldAreaRow[][] = keys.map(() => []);
  for (const { i, ...row } of rows) result[Number(i) - 1].push(row);
  return result;
}

/** The declarations under these references, with their field areas; null where LAD holds none. */
export async function declarationsByReference(db: LadDb, references: readonly string[]): Promise<(DeclarationRow | null)[]> {
  const rows = await db.query<{ reference: string; applicantCode: string } & ({ [K in keyof FieldAreaRow]: FieldAreaRow[K] | null })>(
    `select d.reference, d.applicant_code as "applicantCode", ${FIELD_COLUMNS}
       from lad.declarations d
       left join lad.declared_field_areas a on a.declaration_reference = d.reference
       left join lad.crops c on c.code = a.crop_code
      where d.reference = any($1::text[])
      order by d.reference, a.block_number, a.field_number`,
    [references],
  );
  const byReference = new Map<string, DeclarationRow>();
  for (const { reference, applicantCode, ...field } of rows) {
    let declaration = byReference.get(reference);
    if (!declaration) byReference.set(reference, (declaration = { reference, applicantCode, fields: [] }));
    if (field.declarationReference !== null) declaration.fields.push(field as FieldAreaRow);
  }
  return references.map((reference) => byReference.get(reference) ?? null);
}
