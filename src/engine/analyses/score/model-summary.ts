import { featureImportance } from '../../classify/boost';
import type { FittedModel } from './model';
import type { CoefficientRow, ScorecardRow } from './result';

/** What the Model sheet shows of a fitted model: coefficients or the scorecard, and feature importance. */
export interface ModelSummary {
  readonly intercept: number;
  readonly coefficients: CoefficientRow[] | null;
  readonly scorecard: ScorecardRow[] | null;
  /** Boosted trees: how many were grown and whether early stopping ended the fit. */
  readonly boosting: { readonly trees: number; readonly stoppedEarly: boolean } | null;
  readonly importance: { name: string; value: number }[];
}

/**
 * Coefficients in both units (logistic: z = (v − center)/scale, so β per unit of v is β/scale and the odds
 * ratio exp(β/scale)) or the scorecard table; importance as |standardised coefficient|, information value, or the
 * trees' total split gain.
 * @example summariseModel(model).importance[0] // { name: 'PAY_0', value: 0.64 } on the UCI data
 */
export function summariseModel(model: FittedModel): ModelSummary {
  switch (model.kind) {
    case 'logistic': {
      const coefficients = model.design.features.map((f, j): CoefficientRow => {
        const coef = model.coef[j] as number, se = model.stdErr?.[j + 1] ?? null;
        return {
          name: f.name, column: f.column, coef, stdErr: se, pValue: model.pValue?.[j + 1] ?? null,
          coefPerUnit: coef / f.scale, oddsRatioPerUnit: Math.exp(coef / f.scale), stdErrPerUnit: se === null ? null : se / f.scale,
        };
      });
      return { intercept: model.intercept, coefficients, scorecard: null, boosting: null, importance: byValue(coefficients.map((c) => ({ name: c.name, value: Math.abs(c.coef) }))) };
    }
    case 'scorecard': {
      const scorecard = model.features.map((f, j): ScorecardRow => ({
        column: f.column, iv: f.iv, reading: f.reading, coef: model.coef[j] as number,
        bins: f.bins.map((b, k) => ({ label: b.label, count: b.count, bads: b.bads, goods: b.goods, badRate: b.badRate, woe: b.woe, points: model.points[j]?.[k] as number })),
      }));
      return { intercept: model.intercept, coefficients: null, scorecard, boosting: null, importance: byValue(scorecard.map((s) => ({ name: s.column, value: s.iv }))) };
    }
    case 'boosted': {
      const gain = featureImportance(model.trees);
      const importance = byValue(model.design.features.map((f, j) => ({ name: f.name, value: gain[j] as number })));
      return { intercept: model.trees.baseline, coefficients: null, scorecard: null, boosting: { trees: model.trees.trees.length, stoppedEarly: model.trees.stoppedEarly }, importance };
    }
    default: {
      const unknown: never = model;
      throw new Error(`unknown model ${String(unknown)}`);
    }
  }
}

function byValue(rows: { name: string; value: number }[]): { name: string; value: number }[] {
  return rows.sort((a, b) => b.value - a.value);
}
