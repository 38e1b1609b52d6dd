/**
 * The portfolio view a ministry needs (RK2 importance, RK11 maturity): per institution, its published services by
 * importance level and maturity level, and the share of its key services at each maturity level.
 */
import type { Importance } from './model.ts';
import { importanceLevel } from './importance.ts';

export interface PortfolioService { isKeyService: boolean; importance: Importance | null; maturityLevel: number | null }
export interface MaturityShare { maturityLevel: number | null; count: number; share: number }
export interface Portfolio {
  serviceCount: number;
  keyServiceCount: number;
  keyServicesByMaturity: MaturityShare[];
  byImportance: { importanceLevel: number | null; count: number; byMaturity: MaturityShare[] }[];
}

/** Counts at each maturity level 0–5 (every level, so shares read the same for every institution), and not assessed when any. */
function byMaturity(list: PortfolioService[]): MaturityShare[] {
  const levels: (number | null)[] = [0, 1, 2, 3, 4, 5];
  if (list.some((s) => s.maturityLevel == null)) levels.push(null);
  return levels.map((maturityLevel) => {
    const count = list.filter((s) => s.maturityLevel === maturityLevel).length;
    return { maturityLevel, count, share: list.length ? count / list.length : 0 };
  });
}

export function portfolioOf(list: PortfolioService[]): Portfolio {
  const key = list.filter((s) => s.isKeyService);
  const levelOf = (s: PortfolioService) => (s.importance ? importanceLevel(s.importance) : null);
  const levels = [4, 3, 2, 1, null].filter((l) => list.some((s) => levelOf(s) === l));
  return {
    serviceCount: list.length,
    keyServiceCount: key.length,
    keyServicesByMaturity: byMaturity(key),
    byImportance: levels.map((importanceLevel) => {
      const at = list.filter((s) => levelOf(s) === importanceLevel);
      return { importanceLevel, count: at.length, byMaturity: byMaturity(at) };
    }),
  };
}
