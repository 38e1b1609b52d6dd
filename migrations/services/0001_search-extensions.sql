-- Extensions the catalogue's search and "locations near a point" need. All four ship with PostgreSQL's contrib
-- and with PGlite (loaded in common/db.ts). Created before the tables whose indexes use them.
-- pg_trgm: trigram similarity for typo-tolerant search (GIN gin_trgm_ops).
-- cube + earthdistance: ll_to_earth / earth_box / earth_distance with a GiST index for distances in metres.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS cube;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;
