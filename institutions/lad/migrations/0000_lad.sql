-- LAD's own tables in its own Postgres schema `lad`. The kit applies migrations in order, once, under an advisory
-- lock (packages/subgraph-kit/src/db.ts), so replicas starting together do not race.
create schema if not exists lad;
--> statement-breakpoint
create table if not exists lad.farms (
  -- The farm's number in LAD's client register (klienta reģistrācijas numurs).
  registration_number text primary key,
  -- The holder: a person's personal code (DDMMYY-CNNNN) or a company's registration number (11 digits).
  holder_code text not null unique,
  name text not null,
  registered_on date not null
);
--> statement-breakpoint
create table if not exists lad.crops (
  code text primary key,
  name_lv text not null,
  name_en text not null,
  crop_group text not null check (crop_group in ('ARABLE', 'GRASSLAND', 'PERMANENT_CROP', 'FALLOW'))
);
--> statement-breakpoint
create table if not exists lad.declarations (
  -- The area payment application's reference: the same as the case's reference in the graph.
  reference text primary key,
  farm_registration_number text not null references lad.farms (registration_number),
  -- Personal code or registration number of who applied: decides who may read the declaration.
  applicant_code text not null,
  year integer not null check (year between 2000 and 2100),
  submitted_at timestamptz not null,
  constraint declarations_farm_year_key unique (farm_registration_number, year)
);
--> statement-breakpoint
create table if not exists lad.declared_field_areas (
  declaration_reference text not null references lad.declarations (reference) on delete cascade,
  block_number text not null check (block_number ~ '^[0-9]{5}-[0-9]{5}$'),
  field_number integer not null check (field_number > 0),
  area_ha numeric(10, 2) not null check (area_ha > 0),
  crop_code text not null references lad.crops (code),
  eligible boolean not null default true,
  primary key (declaration_reference, block_number, field_number)
);
