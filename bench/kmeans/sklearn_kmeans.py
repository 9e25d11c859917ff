# Child process: scikit-learn's KMeans(algorithm="lloyd", n_init=1) and silhouette_score on a blob
# file; prints one JSON line. Run with OMP_NUM_THREADS=1 for the single-threaded anchor.
#   python3 sklearn_kmeans.py <data.f64> <labels.i32> <rows> <k> <kmeans|silhouette>
import json, resource, sys, time
import numpy as np
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.metrics import silhouette_score

path, label_path, rows, k, task = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
X = np.fromfile(path, dtype='<f8', count=rows * 8).reshape(rows, 8)
out = {}
if task == 'silhouette':
    labels = np.fromfile(label_path, dtype='<i4', count=rows)
    t0 = time.perf_counter()
    out['value'] = float(silhouette_score(X, labels))
    out['seconds'] = time.perf_counter() - t0
else:
    t0 = time.perf_counter()
    kmeans_plusplus(X, k, random_state=0)
    out['seeding'] = time.perf_counter() - t0
    t0 = time.perf_counter()
    model = KMeans(n_clusters=k, algorithm='lloyd', n_init=1, random_state=0).fit(X)
    total = time.perf_counter() - t0
    out['plain'] = {'seconds': total, 'iterations': int(model.n_iter_), 'inertia': float(model.inertia_)}
    out['perIteration'] = max(total - out['seeding'], 0) / max(model.n_iter_, 1)
out['peakRssMB'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
