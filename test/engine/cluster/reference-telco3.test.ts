import { describe, test } from '@jest/globals';
import { expectInertiaAtMostReference } from './reference-inertia';

describe('k-means inertia within 0.1 % of scikit-learn 1.2 (reference/kmeans)', () => {
  test('telco3 (7,043 rows), k = 1 … 10', () => expectInertiaAtMostReference('telco3'));
});
