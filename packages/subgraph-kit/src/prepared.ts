import type { Db } from './db.ts';

export interface PreparedStatement<T> {
  execute(values?: Record<string, unknown>): Promise<T>;
}

const statements = new WeakMap<Db, Map<string, PreparedStatement<unknown>>>();
let named = 0;

/**
 * A statement whose SQL drizzle builds once per database and `key`, not on every execution: building a select costs
 * about as much CPU as reading its rows (a seventh of a person overview's subgraph CPU). Values go in as placeholders
 * (`sql.placeholder`), a list as one array (`= any(…)`), so the text is the same for any number of keys; on
 * PostgreSQL it is a named prepared statement, parsed once per connection. `key` names what `build` makes: one key,
 * one statement text.
 */
export function prepared<T>(db: Db, key: string, build: () => { prepare(name: string): PreparedStatement<T> }): PreparedStatement<T> {
  let perDb = statements.get(db);
  if (!perDb) statements.set(db, (perDb = new Map()));
  let statement = perDb.get(key);
  if (!statement) perDb.set(key, (statement = build().prepare(`psg_${++named}`)));
  return statement as PreparedStatement<T>;
}
