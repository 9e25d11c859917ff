// Draws the add-in's icons (assets/icon-<size>.png): three coloured clusters of dots on a
// transparent background, in the Fluent palette. Run `node scripts/make-icons.mjs` after changing
// the drawing; the PNGs are committed so the build and the manifest test need no image tools.
// Small sizes drop the satellite dots: at 16 px they would blur the three clusters into one smudge.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80];
const SAMPLES = 8; // per axis: 64 samples per pixel smooth the dot edges

/**
 * The clusters in unit coordinates (0..1, y down): colour, centre, and the directions (degrees,
 * clockwise from +x) of the satellite dots, each pointing away from the other two clusters.
 */
const CLUSTERS = [
  { rgb: [0x0f, 0x6c, 0xbd], centre: [0.28, 0.28], satellites: [180, 240, 300] },
  { rgb: [0x10, 0x7c, 0x41], centre: [0.74, 0.38], satellites: [-30, 30, 90] },
  { rgb: [0xca, 0x50, 0x10], centre: [0.44, 0.76], satellites: [60, 130, 190] },
];
const SATELLITE_DISTANCE = 0.2;

/** Dots to draw at one pixel size: a bold dot per cluster when small, a dot with satellites when large. */
function dotsFor(size) {
  if (size <= 20) return CLUSTERS.map(({ rgb, centre }) => ({ rgb, x: centre[0], y: centre[1], r: 0.19 }));
  return CLUSTERS.flatMap(({ rgb, centre, satellites }) => [
    { rgb, x: centre[0], y: centre[1], r: 0.105 },
    ...satellites.map((degrees) => ({
      rgb,
      x: centre[0] + SATELLITE_DISTANCE * Math.cos((degrees * Math.PI) / 180),
      y: centre[1] + SATELLITE_DISTANCE * Math.sin((degrees * Math.PI) / 180),
      r: 0.06,
    })),
  ]);
}

/** RGBA pixels (straight alpha), each pixel the average of SAMPLES² point samples. */
function render(size) {
  const dots = dotsFor(size);
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0; // premultiplied sums over the samples
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          const hit = dots.findLast((d) => (x - d.x) ** 2 + (y - d.y) ** 2 <= d.r ** 2);
          if (hit) { r += hit.rgb[0]; g += hit.rgb[1]; b += hit.rgb[2]; a += 1; }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) { rgba[o] = Math.round(r / a); rgba[o + 1] = Math.round(g / a); rgba[o + 2] = Math.round(b / a); }
      rgba[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file: 8-bit RGBA (colour type 6), every scanline with filter 0. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  writeFileSync(`assets/icon-${size}.png`, encodePng(size, render(size)));
}
