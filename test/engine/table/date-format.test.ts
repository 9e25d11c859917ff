import { describe, expect, test } from '@jest/globals';
import { isDateFormat } from '../../../src/engine/table/date-format';

describe('isDateFormat(format) recognises Excel date and time format codes', () => {
  test.each([
    'yyyy-mm-dd',
    'm/d/yyyy',
    'mm/dd/yy',
    'd-mmm',
    'd-mmm-yy',
    'mmm-yy',
    'h:mm',
    'h:mm:ss AM/PM',
    'mm:ss', // minutes inside a time are still a time
    '[h]:mm:ss',
    '[mm]:ss',
    '[$-409]m/d/yy h:mm AM/PM;@',
    '[$-F800]dddd, mmmm dd, yyyy',
    '[Red]yyyy-mm-dd',
    'dd"th of "mmmm',
    'yyyy',
    'h:mm A/P',
  ])('%p is a date/time format', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  test.each([
    'General',
    '0',
    '0.00',
    '#,##0.00',
    '0.00E+00',
    '0%',
    '@',
    '"$"#,##0.00',
    '[$€-407] #,##0.00',
    '$#,##0_);[Red]($#,##0)',
    '0 "days"', // the d is inside a quoted literal
    '0\\d', // escaped character
    '[Red]0.00;[Blue]-0.00',
    '[>100]0;0.0',
    '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
    '# ?/?',
  ])('%p is not', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});
