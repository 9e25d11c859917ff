/**
 * The simulator has no formula engine. It computes the value of formulas made only of numbers, + - * / ^,
 * parentheses and unary signs ("=1+1", "=(2+3)*4"), so simple cases read back as Excel would show them;
 * any other formula keeps its text in `formulas` and reads as "" in `values`.
 */

/**
 * The value of a constant arithmetic formula, or undefined when the formula is anything else.
 * @example evaluateConstantFormula('=1+1') // 2
 * @example evaluateConstantFormula('=SUM(A1:A3)') // undefined
 */
export function evaluateConstantFormula(formula: string): number | undefined {
  const src = formula.replace(/^=/, '').replace(/\s+/g, '');
  let pos = 0;
  const peek = () => src[pos];
  // Precedence as Excel: unary minus binds tighter than ^, then * /, then + -.
  function primary(): number | undefined {
    const ch = peek();
    if (ch === '-' || ch === '+') {
      pos++;
      const v = primary();
      return v === undefined ? undefined : ch === '-' ? -v : v;
    }
    if (ch === '(') {
      pos++;
      const v = sum();
      if (peek() !== ')') return undefined;
      pos++;
      return v;
    }
    const m = /^(\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(pos));
    if (!m) return undefined;
    pos += m[0].length;
    return Number(m[0]);
  }
  function power(): number | undefined {
    let v = primary();
    while (v !== undefined && peek() === '^') {
      pos++;
      const r = primary();
      v = r === undefined ? undefined : v ** r;
    }
    return v;
  }
  function product(): number | undefined {
    let v = power();
    while (v !== undefined && (peek() === '*' || peek() === '/')) {
      const op = src[pos++];
      const r = power();
      v = r === undefined ? undefined : op === '*' ? v * r : v / r;
    }
    return v;
  }
  function sum(): number | undefined {
    let v = product();
    while (v !== undefined && (peek() === '+' || peek() === '-')) {
      const op = src[pos++];
      const r = product();
      v = r === undefined ? undefined : op === '+' ? v + r : v - r;
    }
    return v;
  }
  const value = sum();
  return value !== undefined && pos === src.length && Number.isFinite(value) ? value : undefined;
}
