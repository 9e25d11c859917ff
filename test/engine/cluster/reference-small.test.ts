import { describe, expect, test } from '@jest/globals';
import { inertiaMisses } from './reference-inertia';

describe('k-means inertia within 0.1 % of scikit-learn 1.2 (reference/kmeans)', () => {
  test.each(['lecture6', 'mall_raw', 'mall', 'mall3'])('%s, k = 1 … 10', (name) => expect(inertiaMisses(name)).toEqual([]));
});
