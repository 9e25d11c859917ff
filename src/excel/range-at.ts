/**
 * The range at an address as Excel reports it ("Sheet1!A1:E201", "'Q1 data'!B2:C9") or, without a sheet, on
 * the active sheet.
 */
export function rangeAt(context: Excel.RequestContext, address: string): Excel.Range {
  // A sheet name may itself contain "!", so the cells start after the last one.
  const bang = address.lastIndexOf('!');
  if (bang < 0) return context.workbook.worksheets.getActiveWorksheet().getRange(address);
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return context.workbook.worksheets.getItem(sheet).getRange(address.slice(bang + 1));
}
