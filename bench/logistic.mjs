// Logistic regression (issue 7) on the UCI credit-default training part (24,000 rows × 23
// standardised features, rebuilt by test/engine/classify/reference-data.ts as the reference did):
// fit time of our Newton/IRLS fit beside scikit-learn's LogisticRegression(lbfgs, C = 1) with the
// reference's tol 1e-10 and with its default tol 1e-4, on one thread, with each fit's objective
// C·Σ logloss + ½‖coef‖² (computed here by one formula for all three) and test AUC. Each round runs
// ours and scikit-learn back to back (best of BENCH_FITS fits each); the median over
// BENCH_REPEATS rounds is printed, with our fit's passes over the rows (full and sampled Hessians,
// gradients, loss evaluations), the measure of its cost that does not depend on the machine.
// Target: ours ≤ 1× scikit-learn (tol 1e-10).
//   node bench/logistic.mjs            (the anchor needs python3-sklearn)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { bundleForBench } from './common/bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'bench/out');
const PYTHON = '/usr/bin/python3';
const C = 1;
const fits = Number(process.env.BENCH_FITS ?? 5);
const rounds = Number(process.env.BENCH_REPEATS ?? 3);

const bundle = await bundleForBench('logistic', [
  "export { loadCase, subset } from '../../test/engine/classify/reference-data';",
  "export { fitLogistic } from '../../src/engine/classify/logistic-fit';",
  "export { predictLogistic } from '../../src/engine/classify/logistic-predict';",
  "export { rocAuc } from '../../src/engine/classify/roc-auc';",
]);
// test/shared.ts finds the shared folder from its own location, which the bundle moves: pin it.
process.env.SEGMENTS_SHARED = resolve(root, process.env.SEGMENTS_SHARED ?? '../shared');
const { loadCase, subset, fitLogistic, predictLogistic, rocAuc } = await import(pathToFileURL(bundle).href);

const uci = loadCase('uci');
const train = subset(uci, uci.trainRows), test = subset(uci, uci.testRows);
// scikit-learn fits exactly these numbers: the design goes to it as raw doubles.
const files = { trainX: 'logistic-train-x.f64', trainY: 'logistic-train-y.u8', testX: 'logistic-test-x.f64', testY: 'logistic-test-y.u8' };
const part = { trainX: train.x.data, trainY: train.y, testX: test.x.data, testY: test.y };
for (const [key, name] of Object.entries(files)) writeFileSync(resolve(outDir, name), part[key]);

/** scikit-learn's objective C·Σ logloss + ½‖coef‖² (intercept not penalised), the same formula for every fit. */
function objective(intercept, coef) {
  const { data, rows, cols } = train.x;
  let loss = 0;
  for (let i = 0; i < rows; i++) {
    let eta = intercept;
    for (let j = 0; j < cols; j++) eta += coef[j] * data[i * cols + j];
    loss += Math.log1p(Math.exp(-Math.abs(eta))) + Math.max(eta, 0) - train.y[i] * eta;
  }
  return C * loss + 0.5 * coef.reduce((s, b) => s + b * b, 0);
}

function ours() {
  let model, best = Infinity;
  for (let r = 0; r < fits; r++) {
    const t0 = performance.now();
    model = fitLogistic(train.x, train.y, { C });
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { seconds: best, intercept: model.intercept, coef: Array.from(model.coef), iterations: model.iterations, work: model.work, auc: rocAuc(test.y, predictLogistic(test.x, model)) };
}

const python = `
import json, sys, time, numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
out, d, fits = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
Xtr = np.fromfile(out + '/${files.trainX}').reshape(-1, d); ytr = np.fromfile(out + '/${files.trainY}', dtype=np.uint8).astype(int)
Xte = np.fromfile(out + '/${files.testX}').reshape(-1, d); yte = np.fromfile(out + '/${files.testY}', dtype=np.uint8).astype(int)
res = {}
for name, kw in [('tol1e-10', dict(tol=1e-10, max_iter=10000)), ('default', {})]:
    best = float('inf')
    for _ in range(fits):
        t0 = time.perf_counter(); m = LogisticRegression(solver='lbfgs', C=${C}, **kw).fit(Xtr, ytr); best = min(best, time.perf_counter() - t0)
    res[name] = {'seconds': best, 'intercept': float(m.intercept_[0]), 'coef': m.coef_[0].tolist(), 'iterations': int(m.n_iter_[0]),
                 'auc': roc_auc_score(yte, m.predict_proba(Xte)[:, 1])}
print(json.dumps(res))
`;
const pythonEnv = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
delete pythonEnv.OPENBLAS_CORETYPE;
const hasSklearn = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import sklearn'], { env: pythonEnv }).status === 0;
if (!hasSklearn) console.log(`scikit-learn not available (${PYTHON} with sklearn; apt-get install python3-sklearn): its columns are skipped.`);
function sklearn() {
  if (!hasSklearn) return null;
  const r = spawnSync(PYTHON, ['-c', python, outDir, String(train.x.cols), String(fits)], { env: pythonEnv, encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`scikit-learn failed: ${r.stderr.trim().split('\n').pop()}`);
    return null;
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const results = [];
for (let r = 0; r < rounds; r++) results.push({ o: ours(), s: sklearn() });

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : undefined;
};
const f = (v, digits = 4) => (typeof v === 'number' ? v.toFixed(digits) : '—');
const ms = (s) => (typeof s === 'number' ? `${(1000 * s).toFixed(1)} ms` : '—');
console.log(`logistic regression, C = ${C}, UCI training part ${train.x.rows.toLocaleString('en')} × ${train.x.cols}, test ${test.x.rows.toLocaleString('en')} rows;` +
  ` best of ${fits} fits per round, ${rounds} rounds; load average ${loadAverage()}`);
console.log('  round   ours (Newton)   sklearn tol 1e-10   sklearn default tol   ours / tol 1e-10   ours / default');
results.forEach(({ o, s }, r) => console.log(`  ${String(r + 1).padStart(5)} ${ms(o.seconds).padStart(15)} ${ms(s?.['tol1e-10'].seconds).padStart(19)} ${ms(s?.default.seconds).padStart(21)}` +
  ` ${f(s && o.seconds / s['tol1e-10'].seconds, 2).padStart(17)}× ${f(s && o.seconds / s.default.seconds, 2).padStart(14)}×`));
const tight = median(results.map(({ o, s }) => s && o.seconds / s['tol1e-10'].seconds));
console.log(`  median ours / scikit-learn (tol 1e-10): ${f(tight, 2)}× (target ≤ 1×${typeof tight === 'number' ? (tight <= 1 ? ': met' : ': MISSED') : ''});` +
  ` ours / scikit-learn (default tol): ${f(median(results.map(({ o, s }) => s && o.seconds / s.default.seconds)), 2)}×`);
const { o, s } = results[0];
const ourObjective = objective(o.intercept, o.coef);
console.log('  fit                     iterations   objective C·Σlogloss + ½‖coef‖²   above ours      test AUC');
const line = (name, fit) => console.log(`  ${name.padEnd(23)} ${String(fit.iterations).padStart(10)} ${objective(fit.intercept, fit.coef).toFixed(9).padStart(33)}` +
  ` ${(objective(fit.intercept, fit.coef) - ourObjective).toExponential(2).padStart(12)} ${f(fit.auc, 6).padStart(13)}`);
line('ours (Newton/IRLS)', o);
console.log(`    ours' passes over the rows: ${o.work.hessians} full Hessians, ${o.work.sampledHessians} Hessians on sampled rows, ${o.work.gradients} gradients, ${o.work.lossEvaluations} loss evaluations`);
if (s) {
  line('scikit-learn tol 1e-10', s['tol1e-10']);
  line('scikit-learn default', s.default);
}
console.log(`  reference (split_uci, logistic_uci.json C1) test AUC ${f(uci.logistic.sklearn.C1.test_auc, 6)}, objective ${objective(uci.logistic.sklearn.C1.intercept, uci.logistic.sklearn.C1.coef).toFixed(9)}`);

function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}
