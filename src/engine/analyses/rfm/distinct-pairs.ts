/** Above this many (customer, unit) cells a bit per cell costs more than 16 MB, and the owner scheme is used. */
const BITSET_CELLS = 2 ** 27;

/**
 * A test-and-set for distinct (customer, unit) pairs, 0 ≤ customer < customers, 0 ≤ unit < units:
 * returns true the first time a pair is seen. Frequency counts these pairs (a customer's distinct
 * invoices or purchase days) over a million rows, where a Set of pair numbers is the slow part.
 * Small grids (customers × days) get a bitset; large ones (customers × invoices) remember the first
 * customer of each unit, and only units shared by several customers — rare for invoices — go to a Set.
 * @example const seen = distinctPairs(2, 3); [seen(0, 1), seen(0, 1), seen(1, 1)] // [true, false, true]
 */
export function distinctPairs(customers: number, units: number): (customer: number, unit: number) => boolean {
  if (customers * units <= BITSET_CELLS) {
    const bits = new Uint32Array(Math.ceil((customers * units) / 32));
    return (customer, unit) => {
      const cell = customer * units + unit;
      const word = cell >>> 5, bit = 1 << (cell & 31);
      if (((bits[word] as number) & bit) !== 0) return false;
      bits[word] = (bits[word] as number) | bit;
      return true;
    };
  }
  const owner = new Int32Array(units).fill(-1);
  const shared = new Set<number>();
  return (customer, unit) => {
    const first = owner[unit] as number;
    if (first === -1) {
      owner[unit] = customer;
      return true;
    }
    if (first === customer) return false;
    const pair = customer * units + unit;
    if (shared.has(pair)) return false;
    shared.add(pair);
    return true;
  };
}
