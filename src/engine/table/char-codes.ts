/** Character tests shared by the cell-text scanners, by char code so a million cells cost no regex. */

/** Space, tab, line breaks and the no-break space Excel users paste from the web. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ASCII letters only: month names and AM/PM are English in the formats we read. */
export function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Index of the first non-space at or after `from`, skipping one leading apostrophe (Excel's "keep as text" mark). */
export function contentStart(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 39 /* ' */) {
    i++;
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Index just past the last non-space character. */
export function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** text.charCodeAt(k) before `end`, -1 from `end` on, so a scanner stops at the trimmed end. */
export function codeAt(text: string, k: number, end: number): number {
  return k < end ? text.charCodeAt(k) : -1;
}

/** Index of the first non-space at or after `from`, at most `end`. */
export function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
