import { describe, expect, test } from '@jest/globals';
import { inertiaMisses } from './reference-inertia';

describe('k-means inertia within 0.1 % of scikit-learn 1.2 (reference/kmeans)', () => {
  test('telco3 (7,043 rows), k = 1 … 10', () => expect(inertiaMisses('telco3')).toEqual([]));
});
