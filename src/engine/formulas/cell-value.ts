import type { ColumnType } from '../table/types';

/**
 * A test that a source cell holds a value of its column's type, as the engine reads it: text that is not empty,
 * TRUE/FALSE (Excel's ISNUMBER is FALSE for them), or a number (dates are serial numbers). Anything else the
 * engine reads as blank.
 * @example isPresent('boolean', 'C9') // 'ISLOGICAL(C9)'
 */
export function isPresent(type: ColumnType, cell: string): string {
  switch (type) {
    case 'text':
      return `LEN(${cell})>0`;
    case 'boolean':
      return `ISLOGICAL(${cell})`;
    case 'number':
    case 'date':
      return `ISNUMBER(${cell})`;
    default: {
      const unknown: never = type;
      throw new Error(`unknown column type ${String(unknown)}`);
    }
  }
}

/**
 * A present source cell as the number the engine computes with: TRUE/FALSE as 1/0, anything else as it is.
 * @example numberOf('boolean', 'C9') // 'IF(C9,1,0)'
 */
export function numberOf(type: ColumnType, cell: string): string {
  return type === 'boolean' ? `IF(${cell},1,0)` : cell;
}
