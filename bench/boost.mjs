// Gradient-boosted trees on the UCI credit-default training part (24,000 rows × 23 features):
// fit time of ours beside scikit-learn's HistGradientBoostingClassifier (OMP_NUM_THREADS=1) and
// XGBoost (one thread), as ratios in one run, with each model's test AUC.
//   node bench/boost.mjs            (needs python3-sklearn and python3-xgboost for the anchors)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { bundleForBench } from './common/bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.SEGMENTS_SHARED ?? '../shared');
const repeats = Number(process.env.BENCH_REPEATS ?? 5);

const outfile = await bundleForBench('boost', [
  "export { fitBoostedTrees, predictBoosted } from '../../src/engine/classify/boost';",
  "export { rocAuc } from '../../src/engine/classify/roc-auc';",
], 'neutral');
const { fitBoostedTrees, predictBoosted, rocAuc } = await import(pathToFileURL(outfile).href);

// The reference design: every column but ID and the target, in split_uci.json's order; its test rows.
const split = JSON.parse(readFileSync(resolve(shared, 'reference/classification/split_uci.json'), 'utf8'));
const lines = readFileSync(resolve(shared, 'datasets/uci_credit_card_default.csv'), 'utf8').trim().split('\n');
const header = lines[0].split(',').map((h) => h.replace(/"/g, ''));
const columns = split.feature_columns.map((name) => header.indexOf(name));
const target = header.indexOf('default.payment.next.month');
const cells = lines.slice(1).map((line) => line.split(',').map(Number));
const isTest = new Uint8Array(cells.length);
for (const i of split.test_index) isTest[i] = 1;
const part = (test) => {
  const rows = cells.filter((_, i) => (isTest[i] === 1) === test);
  const d = columns.length;
  const data = new Float64Array(rows.length * d);
  rows.forEach((r, i) => columns.forEach((c, j) => (data[i * d + j] = r[c])));
  return { x: { data, rows: rows.length, cols: d }, y: Uint8Array.from(rows, (r) => r[target]) };
};
const train = part(false), test = part(true);
const referenceAuc = JSON.parse(readFileSync(resolve(shared, 'reference/classification/models_uci.json'), 'utf8')).models.hist_gradient_boosting.test_auc;

let model, best = Infinity;
for (let r = 0; r < repeats; r++) {
  const t0 = performance.now();
  model = fitBoostedTrees(train.x, train.y, { seed: 0 });
  best = Math.min(best, (performance.now() - t0) / 1000);
}
const ours = { seconds: best, auc: rocAuc(test.y, predictBoosted(model, test.x)), iterations: model.iterations };

const python = `
import csv, json, sys, time, numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score
from xgboost import XGBClassifier
shared, repeats = sys.argv[1], int(sys.argv[2])
rows = list(csv.reader(open(shared + '/datasets/uci_credit_card_default.csv')))
header, cells = rows[0], np.array(rows[1:], dtype=float)
split = json.load(open(shared + '/reference/classification/split_uci.json'))
X = cells[:, [header.index(c) for c in split['feature_columns']]]; y = cells[:, header.index('default.payment.next.month')].astype(int)
test = np.zeros(len(y), bool); test[split['test_index']] = True
def timed(make):
    best = float('inf')
    for _ in range(repeats):
        t0 = time.perf_counter(); m = make().fit(X[~test], y[~test]); best = min(best, time.perf_counter() - t0)
    return m, best
out = {}
m, s = timed(lambda: HistGradientBoostingClassifier(random_state=0))
out['sklearn'] = {'seconds': s, 'auc': roc_auc_score(y[test], m.predict_proba(X[test])[:, 1]), 'iterations': int(m.n_iter_)}
m, s = timed(lambda: XGBClassifier(n_estimators=300, max_depth=4, learning_rate=0.05, subsample=0.8, colsample_bytree=0.8, random_state=0, n_jobs=1, tree_method='hist'))
out['xgboost'] = {'seconds': s, 'auc': roc_auc_score(y[test], m.predict_proba(X[test])[:, 1]), 'iterations': 300}
print(json.dumps(out))
`;
let anchors = {};
try {
  const env = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1' };
  anchors = JSON.parse(execFileSync('/usr/bin/python3', ['-c', python, shared, String(repeats)], { env, encoding: 'utf8' }));
} catch (error) {
  console.log(`anchors unavailable (${error.message.split('\n')[0]}); install python3-sklearn python3-xgboost`);
}

// Early stopping ends each model at its own iteration count, so time per iteration is shown too.
const row = (name, r) => `${name.padEnd(36)} ${r.seconds.toFixed(3).padStart(7)} s   ours/this ${(ours.seconds / r.seconds).toFixed(2).padStart(5)}   test AUC ${r.auc.toFixed(4)}   iterations ${String(r.iterations).padStart(3)}   ${((1000 * r.seconds) / r.iterations).toFixed(1)} ms/iteration`;
console.log(`reference HistGradientBoosting test AUC ${referenceAuc.toFixed(4)}; the bound for ours is ≥ ${(referenceAuc - 0.01).toFixed(4)}`);
console.log(`UCI training part ${train.x.rows} × ${train.x.cols}, test ${test.x.rows} rows; best of ${repeats} fits`);
console.log(row('ours (fitBoostedTrees)', ours));
if (anchors.sklearn) console.log(row('scikit-learn HistGradientBoosting', anchors.sklearn));
if (anchors.xgboost) console.log(row('XGBoost hist (300 trees, 1 thread)', anchors.xgboost));
if (anchors.sklearn) console.log(`ours / scikit-learn fit time: ${(ours.seconds / anchors.sklearn.seconds).toFixed(2)} (target ≤ 2)`);
