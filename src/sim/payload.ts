/** How big a request or a response is, measured as office-js would send it: UTF-8 JSON. */

/**
 * UTF-8 byte length of `value` serialised as JSON (0 for undefined).
 * @example jsonBytes([['é', 1]]) // 10: [["é",1]] is 9 characters and é takes two bytes
 */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  if (text === undefined) return 0;
  let bytes = text.length;
  // Most payloads are ASCII; the native regex check spares a character loop over megabytes.
  if (!/[\u0080-\uffff]/.test(text)) return bytes;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Characters above U+007F take 2 or 3 bytes; a surrogate pair (4 bytes) counts 2 + 2 here.
    if (code > 0x7f) bytes += code > 0x7ff ? 2 : 1;
  }
  return bytes;
}
