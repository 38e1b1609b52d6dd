import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { openDatabase } from './db.ts';
import { prepared } from './prepared.ts';

it('builds a statement once per database and key, and answers for lists of any length', async () => {
  const database = await openDatabase('memory://');
  try {
    let built = 0;
    const statement = () =>
      prepared(database.db, 'codes', () => {
        built++;
        return database.db.select({ code: sql<string>`code` }).from(sql`(values ('a'), ('b'), ('c')) v(code)`).where(sql`code = any(${sql.placeholder('codes')})`).orderBy(sql`code`);
      });
    expect(await statement().execute({ codes: ['c', 'a'] })).toEqual([{ code: 'a' }, { code: 'c' }]);
    expect(await statement().execute({ codes: ['b'] })).toEqual([{ code: 'b' }]);
    expect(await statement().execute({ codes: [] })).toEqual([]);
    expect(built).toBe(1);
    expect(database.statementCount).toBe(3);
  } finally {
    await database.close();
  }
});
