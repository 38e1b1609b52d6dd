import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from './db.ts';

it('a throw-away embedded database starts from a template with what it held; an unreadable template is named', async () => {
  const source = await openDatabase('memory://');
  await source.query('create table kept (id int primary key)');
  await source.query('insert into kept values (7)');
  const file = join(mkdtempSync(join(tmpdir(), 'psg-db-')), 'template.tar');
  writeFileSync(file, await source.dump!());
  await source.close();

  const copy = await openDatabase('memory://', { template: file });
  expect(await copy.query<{ id: number }>('select id from kept')).toEqual([{ id: 7 }]);
  await copy.close();

  await expect(openDatabase('memory://', { template: join(tmpdir(), 'psg-no-such-template.tar') })).rejects.toThrow(/PGLITE_TEMPLATE: cannot read .* \(ENOENT\)/);
}, 120_000);
