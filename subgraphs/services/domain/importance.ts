/**
 * Service importance (RK2 of the 2012 recommendations): three factors, each 1–4, assessed by the holder.
 * - target group size: 4 the whole society, 3 broad (all businesses), 2 narrow (traders), 1 very narrow;
 * - importance of the need: 4 critical (state security, human life), 3 important (health, fundamental rights,
 *   education), 2 medium, 1 minor;
 * - contribution of the service to the function: 4 critical … 1 minor.
 * The recommendations set no formula ("no absolute criteria"). This catalogue derives a level 1–4 as the rounded
 * mean of the three, raised to at least 3 when the need is critical: a service that protects life is never
 * treated as a low-importance one. Minimum quality requirements are then set per level.
 */
import type { Importance } from './model.ts';

export const IMPORTANCE_FACTORS = ['targetGroupSize', 'needImportance', 'contribution'] as const;

export function importanceLevel(i: Importance): number {
  const mean = Math.round((i.targetGroupSize + i.needImportance + i.contribution) / 3);
  return i.needImportance === 4 ? Math.max(mean, 3) : mean;
}
