/**
 * A binary min-heap over keys 0..size−1 whose values can be changed in place: SciPy's `Heap` from
 * `_structures.pxi`, kept operation for operation so the generic algorithm breaks ties as SciPy does.
 * Plain arrays inside a closure; it lives only for the duration of one linkage.
 */
export interface KeyedHeap {
  /** Key holding the smallest value (the first found in heap order on ties). */
  minKey(): number;
  minValue(): number;
  removeMin(): void;
  changeValue(key: number, value: number): void;
}

/**
 * A heap over keys 0..values.length−1 with the given starting values (copied).
 * @example const h = keyedHeap(Float64Array.of(3, 1, 2)); h.minKey() // 1; h.changeValue(0, 0); h.minKey() // 0
 */
export function keyedHeap(initial: Float64Array): KeyedHeap {
  let size = initial.length;
  const values = Float64Array.from(initial);
  const indexByKey = Int32Array.from({ length: size }, (_, i) => i);
  const keyByIndex = Int32Array.from({ length: size }, (_, i) => i);
  const swap = (i: number, j: number): void => {
    const v = values[i]!;
    values[i] = values[j]!;
    values[j] = v;
    const ki = keyByIndex[i]!, kj = keyByIndex[j]!;
    keyByIndex[i] = kj;
    keyByIndex[j] = ki;
    indexByKey[ki] = j;
    indexByKey[kj] = i;
  };
  const siftUp = (index: number): void => {
    let parent = (index - 1) >> 1;
    while (index > 0 && values[parent]! > values[index]!) {
      swap(index, parent);
      index = parent;
      parent = (index - 1) >> 1;
    }
  };
  const siftDown = (index: number): void => {
    let child = 2 * index + 1;
    while (child < size) {
      if (child + 1 < size && values[child + 1]! < values[child]!) child++;
      if (!(values[index]! > values[child]!)) break;
      swap(index, child);
      index = child;
      child = 2 * index + 1;
    }
  };
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(i);
  return {
    minKey: () => keyByIndex[0]!,
    minValue: () => values[0]!,
    removeMin: () => {
      swap(0, size - 1);
      size--;
      siftDown(0);
    },
    changeValue: (key, value) => {
      const index = indexByKey[key]!;
      const old = values[index]!;
      values[index] = value;
      if (value < old) siftUp(index);
      else siftDown(index);
    },
  };
}
