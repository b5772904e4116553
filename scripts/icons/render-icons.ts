/**
 * Draws the registry's icons into public/: the SVG, and from the same shapes the PNGs and the
 * favicon (PNG-in-ICO), rasterised here so that no image tool is needed. Run it after changing the
 * design: `npx tsx scripts/icons/render-icons.ts`.
 *
 * The mark: an indigo tile with a white check — "approved" — over a ledger line (the registry).
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const INDIGO = [79, 70, 229] as const; // Tailwind indigo-600, the app's accent
const WHITE = [255, 255, 255] as const;
const VIEW = 64;
const CHECK: [number, number][] = [
  [17, 30],
  [27, 40],
  [47, 19],
];
const LINES: [[number, number], [number, number]][] = [
  [
    [17, 48],
    [47, 48],
  ],
];
const CHECK_WIDTH = 7;
const LINE_WIDTH = 4;

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW} ${VIEW}">
  <rect width="${VIEW}" height="${VIEW}" rx="14" fill="rgb(${INDIGO.join(",")})"/>
  <path d="M${CHECK.map(([x, y]) => `${x} ${y}`).join("L")}" fill="none" stroke="#fff" stroke-width="${CHECK_WIDTH}" stroke-linecap="round" stroke-linejoin="round"/>
  ${LINES.map(([[x1, y1], [x2, y2]]) => `<path d="M${x1} ${y1}L${x2} ${y2}" stroke="#fff" stroke-opacity="0.7" stroke-width="${LINE_WIDTH}" stroke-linecap="round"/>`).join("\n  ")}
</svg>
`;

function distanceToSegment(px: number, py: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  if (x < 0 || y < 0 || x > VIEW || y > VIEW) return false;
  const cx = Math.min(Math.max(x, radius), VIEW - radius);
  const cy = Math.min(Math.max(y, radius), VIEW - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** RGBA pixels of the mark at `size`, 4×4 supersampled. `fullBleed`: no rounded corners (iOS rounds them itself). */
function render(size: number, fullBleed: boolean): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = ((px + (sx + 0.5) / samples) / size) * VIEW;
          const y = ((py + (sy + 0.5) / samples) / size) * VIEW;
          if (!insideRoundedSquare(x, y, fullBleed ? 0 : 14)) continue;
          const onCheck = distanceToSegment(x, y, CHECK[0]!, CHECK[1]!) <= CHECK_WIDTH / 2 || distanceToSegment(x, y, CHECK[1]!, CHECK[2]!) <= CHECK_WIDTH / 2;
          const onLine = LINES.some(([from, to]) => distanceToSegment(x, y, from, to) <= LINE_WIDTH / 2);
          const mix = onCheck ? 1 : onLine ? 0.7 : 0;
          r += INDIGO[0] + (WHITE[0] - INDIGO[0]) * mix;
          g += INDIGO[1] + (WHITE[1] - INDIGO[1]) * mix;
          b += INDIGO[2] + (WHITE[2] - INDIGO[2]) * mix;
          a += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
      }
      pixels[offset + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, fullBleed = false): Buffer {
  const pixels = render(size, fullBleed);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  const rows = Buffer.concat(Array.from({ length: size }, (_, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An ICO whose images are PNGs (every browser since 2007 reads them). */
function ico(sizes: number[]): Buffer {
  const images = sizes.map((size) => png(size));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map((image, index) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(sizes[index]! % 256, 0);
    entry.writeUInt8(sizes[index]! % 256, 1);
    entry.writeUInt16LE(1, 4); // planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(image.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += image.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

const out = new URL("../../public/", import.meta.url);
writeFileSync(new URL("icon.svg", out), svg);
writeFileSync(new URL("favicon.ico", out), ico([16, 32, 48]));
writeFileSync(new URL("apple-touch-icon.png", out), png(180, true));
writeFileSync(new URL("icon-192.png", out), png(192));
writeFileSync(new URL("icon-512.png", out), png(512));
console.log("Wrote public/icon.svg, favicon.ico, apple-touch-icon.png, icon-192.png, icon-512.png");
