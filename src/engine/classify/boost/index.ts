/** Gradient-boosted trees for credit-default scoring (scikit-learn's HistGradientBoostingClassifier). */
export { fitBoostedTrees } from './boost';
export { binColumns, fitBinEdges, MISSING_BIN, type BinnedData } from './binning';
export { featureImportance } from './importance';
export type { BoostedModel, BoostOptions } from './model';
export { boostedLogOdds, predictBoosted } from './predict';
export type { Tree } from './tree';
