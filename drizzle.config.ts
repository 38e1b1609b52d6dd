// drizzle-kit configuration, one subgraph at a time: `npm run db:generate -- <subgraph> <name>`
// (scripts/db-generate.ts sets SUBGRAPH). Each subgraph has its own folder and migrations table.
import { defineConfig } from 'drizzle-kit';

const subgraph = process.env.SUBGRAPH ?? 'services';
export default defineConfig({
  dialect: 'postgresql',
  schema: `./subgraphs/${subgraph}/db/tables.ts`,
  out: `./migrations/${subgraph}`,
});
