import { describe, expect, it } from 'vitest';
import { cursorOf, fromExternal, mergePage, positionAfter, type AccessEventView } from './access-log.ts';

const own = (id: string, at: string): AccessEventView => ({ at: new Date(at), actorKind: 'INSTITUTION', actor: 'VID', resource: 'profile: displayName', purpose: 'audit', key: `clients:${id}` });

describe('the merged access log', () => {
  const cases = fromExternal(
    [
      { at: '2026-11-20T10:00:00.000Z', actorKind: 'INSTITUTION', actor: 'PMLP', resource: 'case PMLP-2026/004211', purpose: null },
      { at: '2026-11-21T10:00:00.000Z', actorKind: 'APPLICATION', actor: 'startup-app', resource: 'case PMLP-2026/004211' },
      { at: '2026-11-21T10:00:00.000Z', actorKind: 'APPLICATION', actor: 'startup-app', resource: 'case PMLP-2026/004211' },
    ],
    'cases',
  );
  const mine = [own('b', '2026-11-22T09:00:00.000Z'), own('a', '2026-11-21T10:00:00.000Z'), own('c', '2026-11-19T08:00:00.000Z')];

  it('gives identical events distinct keys that do not depend on the order they came in', () => {
    expect(new Set(cases.map((e) => e.key)).size).toBe(3);
    const reversed = fromExternal([...cases].reverse().map((e) => ({ ...e })), 'cases');
    expect(reversed.map((e) => e.key).sort()).toEqual(cases.map((e) => e.key).sort());
  });

  it('pages through both sources newest first, each event once, ties included', () => {
    const seen: AccessEventView[] = [];
    let after = null;
    for (let page = 0; page < 10; page++) {
      // Whole lists here; the data layer cuts each source to its first size + 1 after the cursor.
      const position = positionAfter(after);
      const { rows, hasNextPage } = mergePage([mine, cases], position, 2);
      seen.push(...rows);
      if (!hasNextPage) break;
      after = cursorOf(rows.at(-1)!);
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen.map((e) => e.key)).size).toBe(6);
    const times = seen.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('refuses a cursor it did not give out', () => {
    expect(() => positionAfter('bm9wZQ')).toThrow(/cursor/);
    expect(() => positionAfter(Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url'))).toThrow(/cursor/);
  });
});
