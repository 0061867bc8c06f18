// Draws build/icon.png (512×512, what electron-builder needs for every target): a
// padlock on a dark rounded square. Generated rather than drawn so the repository
// holds no opaque binary without its source. Run: node build/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const size = 512;
const background = [26, 27, 30, 255];
const accent = [34, 139, 230, 255];
const clear = [0, 0, 0, 0];

const insideRoundedRect = (x, y, left, top, right, bottom, radius) => {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (
    x >= left &&
    x <= right &&
    y >= top &&
    y <= bottom &&
    (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
  );
};

function pixel(x, y) {
  if (!insideRoundedRect(x, y, 16, 16, 496, 496, 96)) return clear;
  // Shackle: a ring cut off below its centre line.
  const ring = Math.hypot(x - 256, y - 220);
  if (y <= 240 && ring >= 80 && ring <= 112) return accent;
  if (y > 220 && y <= 250 && ((x >= 144 && x <= 176) || (x >= 336 && x <= 368))) return accent;
  // Body, with a keyhole left in the background colour.
  if (insideRoundedRect(x, y, 120, 240, 392, 432, 28)) {
    const hole =
      Math.hypot(x - 256, y - 310) <= 26 || (x >= 244 && x <= 268 && y >= 310 && y <= 380);
    return hole ? background : accent;
  }
  return background;
}

const raw = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) {
  const row = y * (size * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
}

const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(fileURLToPath(new URL('./icon.png', import.meta.url)), png);
