#!/usr/bin/env node
// Draws the app icon and writes every file the installers need, into resources/icons/:
//   icon.svg, icon-macos.svg   the drawing (the macOS one keeps Apple's margin around the tile)
//   png/<n>x<n>.png            16 … 1024 (Linux, the window icon, electron-builder)
//   icon.png                   1024 × 1024
//   icon.ico                   Windows: 16, 24, 32, 48 (bitmaps), 64, 128, 256 (PNG)
//   icon.icns                  macOS: 16 … 1024, 1x and 2x (PNG)
// The character 访 (from 考察访问, "study visit") is the outline of the glyph in the bundled Noto
// Sans SC Bold, so the drawing needs no font at all. Chromium (playwright-core; SVP_CHROMIUM or
// /usr/bin/chromium) rasterises the SVG at each size. Run: node scripts/make-icons.mjs
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'resources', 'icons');
const BLUE = '#1f4e8c';
const CHARACTER = 0x8bbf; // 访

export const PNG_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS entry types and the pixel size each holds (the @2x ones are the next size up). */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

function glyphOutline() {
  const dir = join(root, 'node_modules', '@fontsource', 'noto-sans-sc', 'files');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('-700-normal.woff'))) {
    const font = fontkit.openSync(join(dir, file));
    let has = false;
    try {
      has = font.hasGlyphForCodePoint(CHARACTER);
    } catch {
      continue; // some subsets carry no usable cmap
    }
    if (!has) continue;
    const glyph = font.glyphForCodePoint(CHARACTER);
    return { path: glyph.path.toSVG(), bbox: glyph.bbox };
  }
  throw new Error('访 not found in @fontsource/noto-sans-sc (Bold)');
}

/**
 * A rounded tile in the app's blue, the character in white, and (from 48 px up) a gold route
 * between two cities under it (64 px and up). `inset`: the empty margin around the tile, in 1024ths.
 */
function iconSvg({ inset, detailed }) {
  const { path, bbox } = glyphOutline();
  const tile = 1024 - 2 * inset;
  const radius = Math.round(tile * 0.225);
  const glyphSize = tile * (detailed ? 0.6 : 0.72);
  const scale = glyphSize / 1000;
  const cx = (bbox.minX + bbox.maxX) / 2;
  const cy = (bbox.minY + bbox.maxY) / 2;
  const glyphY = detailed ? 512 - tile * 0.07 : 512;
  const routeY = inset + tile * 0.82;
  const left = inset + tile * 0.2;
  const right = inset + tile * 0.8;
  const dot = tile * 0.045;
  const route = detailed
    ? `
  <path d="M ${left} ${routeY} C ${left + tile * 0.2} ${routeY - tile * 0.1}, ${right - tile * 0.2} ${routeY - tile * 0.1}, ${right} ${routeY}"
        fill="none" stroke="#f4b942" stroke-width="${tile * 0.028}" stroke-linecap="round" stroke-dasharray="${tile * 0.001} ${tile * 0.06}"/>
  <circle cx="${left}" cy="${routeY}" r="${dot}" fill="#f4b942"/>
  <circle cx="${right}" cy="${routeY}" r="${dot}" fill="#f4b942"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <title>Study Visit Planner · 考察访问规划</title>
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2c64ab"/>
      <stop offset="1" stop-color="${BLUE}"/>
    </linearGradient>
  </defs>
  <rect x="${inset}" y="${inset}" width="${tile}" height="${tile}" rx="${radius}" fill="url(#tile)"/>
  <path fill="#ffffff" transform="translate(512 ${glyphY}) scale(${scale} ${-scale}) translate(${-cx} ${-cy})" d="${path}"/>${route}
</svg>
`;
}

/* global Image, document -- the function passed to page.evaluate runs in the page */
/** Renders an SVG at each size: PNG bytes, and straight RGBA pixels for the ICO bitmaps (up to 48 px). */
async function render(browser, svg, sizes) {
  const page = await browser.newPage();
  try {
    const results = await page.evaluate(
      async ({ svg, sizes }) => {
        const image = new Image();
        image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svg)))}`;
        await image.decode();
        const out = {};
        for (const size of sizes) {
          const canvas = document.createElement('canvas');
          canvas.width = size;
          canvas.height = size;
          const context = canvas.getContext('2d');
          context.imageSmoothingQuality = 'high';
          context.drawImage(image, 0, 0, size, size);
          const rgba = size <= 48 ? Array.from(context.getImageData(0, 0, size, size).data) : [];
          out[size] = { png: canvas.toDataURL('image/png').split(',')[1], rgba };
        }
        return out;
      },
      { svg, sizes },
    );
    return Object.fromEntries(
      Object.entries(results).map(([size, { png, rgba }]) => [
        Number(size),
        { png: Buffer.from(png, 'base64'), rgba: Uint8Array.from(rgba) },
      ]),
    );
  } finally {
    await page.close();
  }
}

/** A 32-bit BMP icon image (bottom-up BGRA, then the 1-bit AND mask), as ICO files hold them. */
function bmpEntry(size, rgba) {
  const maskRow = Math.ceil(size / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour and mask, stacked
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  const pixels = Buffer.alloc(size * size * 4);
  const mask = Buffer.alloc(maskRow * size);
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y;
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = (row * size + x) * 4;
      pixels[to] = rgba[from + 2];
      pixels[to + 1] = rgba[from + 1];
      pixels[to + 2] = rgba[from];
      pixels[to + 3] = rgba[from + 3];
      if (rgba[from + 3] === 0) mask[row * maskRow + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([header, pixels, mask]);
}

function ico(images) {
  const entries = ICO_SIZES.map((size) => ({
    size,
    data: size <= 48 ? bmpEntry(size, images[size].rgba) : images[size].png,
  }));
  const head = Buffer.alloc(6 + 16 * entries.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(entries.length, 4);
  let offset = head.length;
  entries.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    head.writeUInt8(size >= 256 ? 0 : size, at);
    head.writeUInt8(size >= 256 ? 0 : size, at + 1);
    head.writeUInt16LE(1, at + 4);
    head.writeUInt16LE(32, at + 6);
    head.writeUInt32LE(data.length, at + 8);
    head.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([head, ...entries.map((e) => e.data)]);
}

function icns(images) {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const header = Buffer.alloc(8);
    header.write(type, 0, 'ascii');
    header.writeUInt32BE(8 + images[size].png.length, 4);
    return Buffer.concat([header, images[size].png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([header, ...chunks]);
}

function chromiumPath() {
  const candidates = [process.env.SVP_CHROMIUM, process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
  return candidates.find((path) => existsSync(path));
}

async function main() {
  mkdirSync(join(outDir, 'png'), { recursive: true });
  const detailedSvg = iconSvg({ inset: 40, detailed: true });
  const simpleSvg = iconSvg({ inset: 20, detailed: false });
  const macSvg = iconSvg({ inset: 100, detailed: true });
  writeFileSync(join(outDir, 'icon.svg'), detailedSvg);
  writeFileSync(join(outDir, 'icon-macos.svg'), macSvg);

  const executablePath = chromiumPath();
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  try {
    const all = [...new Set([...PNG_SIZES, ...ICO_SIZES])];
    // Below 64 px the route would be a smudge: the small sizes show the character alone, larger.
    const small = await render(
      browser,
      simpleSvg,
      all.filter((s) => s < 64),
    );
    const large = await render(
      browser,
      detailedSvg,
      all.filter((s) => s >= 64),
    );
    const images = { ...small, ...large };
    const mac = await render(browser, macSvg, [16, 32, 64, 128, 256, 512, 1024]);
    for (const size of PNG_SIZES) writeFileSync(join(outDir, 'png', `${size}x${size}.png`), images[size].png);
    writeFileSync(join(outDir, 'icon.png'), images[1024].png);
    writeFileSync(join(outDir, 'icon.ico'), ico(images));
    writeFileSync(join(outDir, 'icon.icns'), icns(mac));
  } finally {
    await browser.close();
  }
  console.log(`icons written to ${outDir}`);
}

await main();
