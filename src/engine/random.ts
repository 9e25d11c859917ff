/**
 * Seeded pseudo-random numbers for the engine (xoshiro128**, seeded through splitmix32).
 * Nothing in the engine may use an unseeded generator: the same recipe must give the same numbers everywhere.
 */
export interface Random {
  /** Uniform double in [0, 1) with 53 bits of randomness. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A generator fully determined by `seed` (any finite number; its integer part modulo 2^32 is used).
 * @example const rng = createRandom(42); rng.next(); // same value on every host
 */
export function createRandom(seed: number): Random {
  const init = splitmix32(Math.trunc(seed) >>> 0);
  let a = init(), b = init(), c = init(), d = init();
  if ((a | b | c | d) === 0) a = 1;
  const next32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  return {
    next: () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992,
    int: (n: number) => Math.floor(((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992 * n),
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** A derived seed for the i-th independent stream (restart i of k-means, sample i, …). */
export function deriveSeed(seed: number, stream: number): number {
  return splitmix32((Math.trunc(seed) >>> 0) ^ Math.imul(stream + 1, 0x9e3779b9))();
}
