/** The pixel size a PNG file declares in its IHDR chunk, read without decoding the image. */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Width and height of a PNG; throws when the bytes are not a PNG starting with its IHDR chunk.
 * The IHDR is the first chunk by the PNG spec: 8 signature bytes, then length (4), "IHDR" (4),
 * width (4, big-endian), height (4).
 * @example pngSize(readFileSync('assets/icon-16.png')) // → { width: 16, height: 16 }
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 24 || SIGNATURE.some((b, i) => bytes[i] !== b)) throw new Error('not a PNG file (signature missing)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') throw new Error(`not a PNG file (first chunk is "${type}", expected "IHDR")`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
