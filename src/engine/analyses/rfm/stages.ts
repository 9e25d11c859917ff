/** Lifecycle stages, in the order a customer passes through them. */
export const STAGES = ['New', 'Active', 'At risk', 'Lapsed'] as const;
export type Stage = (typeof STAGES)[number];

/** Day thresholds of the lifecycle (recipe fields newDays, activeDays, atRiskDays). */
export interface StageThresholds {
  readonly newDays: number;
  readonly activeDays: number;
  readonly atRiskDays: number;
}

/**
 * A customer's lifecycle stage from tenure (days since the first purchase) and recency (days since the last):
 * New when the first purchase is within newDays; else Active when the last is within activeDays, At risk
 * within atRiskDays, and Lapsed beyond. Tenure NaN (an aggregated table has none) never makes a customer New.
 * @example lifecycleStage(400, 120, { newDays: 90, activeDays: 90, atRiskDays: 180 }) // 'At risk'
 */
export function lifecycleStage(tenure: number, recency: number, t: StageThresholds): Stage {
  if (tenure <= t.newDays) return 'New';
  if (recency <= t.activeDays) return 'Active';
  if (recency <= t.atRiskDays) return 'At risk';
  return 'Lapsed';
}
