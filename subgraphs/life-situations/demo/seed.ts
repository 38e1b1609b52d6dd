import { inArray } from 'drizzle-orm';
import type { Db } from '../../../common/db.ts';
import { lifeSituations, stepServices, steps } from '../db/tables.ts';
import { DEMO_SITUATIONS } from './situations.ts';

/** Loads the demo life situations; one that exists already (by code) is left as it is. */
export async function seedLifeSituations(db: Db): Promise<void> {
  const existing = await db.select({ code: lifeSituations.code }).from(lifeSituations).where(inArray(lifeSituations.code, DEMO_SITUATIONS.map((s) => s.code)));
  const known = new Set(existing.map((e) => e.code));
  for (const situation of DEMO_SITUATIONS.filter((s) => !known.has(s.code))) {
    await db.transaction(async (tx) => {
      const [row] = await tx.insert(lifeSituations).values({ code: situation.code, audience: situation.audience, title: situation.title, description: situation.description }).returning();
      const stepRows = await tx
        .insert(steps)
        .values(situation.steps.map((step, i) => ({ lifeSituationId: row.id, position: i + 1, title: step.title, required: step.required ?? true })))
        .returning();
      await tx.insert(stepServices).values(situation.steps.flatMap((step, i) => step.services.map((serviceCode, j) => ({ stepId: stepRows[i].id, serviceCode, position: j + 1 }))));
    });
  }
}
