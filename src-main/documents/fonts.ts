// The fonts printed documents embed, so a PDF never depends on the fonts of the machine that prints it.
// Noto Sans SC (SIL Open Font License 1.1) prints Latin, Cyrillic, Vietnamese and Simplified Chinese;
// Noto Sans JP (same licence) is the fallback for the CJK characters SC lacks, such as 𠮷 (U+20BB7) in
// names; Noto Sans (same licence) adds Greek, the one script of the EU's languages the others lack.
// They come from the npm packages @fontsource/noto-sans-sc, -jp and @fontsource/noto-sans, which ship
// each weight as slices with their unicode ranges. A document embeds, as data: URLs, only
// the slices that hold its characters, each cut down to those characters (font-subset.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { subsetFont, woffToSfnt } from './font-subset';

export interface BundledFontFamily {
  /** npm package that ships the font files and their licence (OFL-1.1). */
  packageName: string;
  /** File name stem of the package's slices: `<id>-<slice>-<weight>-normal.woff`. */
  id: string;
  /** The family name the documents use; private, so an installed font of the same name never interferes. */
  family: string;
}

export const BUNDLED_FONT_FAMILIES: readonly BundledFontFamily[] = [
  { packageName: '@fontsource/noto-sans-sc', id: 'noto-sans-sc', family: 'SVP Noto Sans SC' },
  { packageName: '@fontsource/noto-sans-jp', id: 'noto-sans-jp', family: 'SVP Noto Sans JP' },
  { packageName: '@fontsource/noto-sans', id: 'noto-sans', family: 'SVP Noto Sans' },
];
export const FONT_WEIGHTS = [400, 700] as const;

/** The CSS font-family list of printed documents: only embedded fonts, first match wins per character. */
export const DOCUMENT_FONT_STACK = BUNDLED_FONT_FAMILIES.map((f) => `'${f.family}'`).join(', ');

type Range = readonly [number, number];

interface Slice {
  family: BundledFontFamily;
  /** Files by weight. */
  files: Record<(typeof FONT_WEIGHTS)[number], string>;
  ranges: Range[];
  unicodeRange: string;
}

/** Parses a CSS unicode-range list ("U+0-ff,U+131,U+4??") into inclusive ranges. */
export function parseUnicodeRange(list: string): Range[] {
  return list
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter(Boolean)
    .map((part): Range => {
      if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)];
      const [lo, hi = lo] = part.split('-');
      return [parseInt(lo, 16), parseInt(hi, 16)];
    });
}

const inRanges = (ranges: readonly Range[], cp: number) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** Characters that draw nothing (controls, format characters, separators, variation selectors) need no glyph. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]$/u;
export const needsGlyph = (char: string): boolean => !INVISIBLE.test(char);

export interface BundledFonts {
  /** Whether an embedded font has a glyph for this character. */
  canPrint(char: string): boolean;
  /** @font-face rules for these characters: the slices that hold them, cut down to them, both weights, inlined. */
  fontFaces(text: string): string;
}

export function loadBundledFonts(): BundledFonts {
  const require = createRequire(import.meta.url);
  const slices: Slice[] = [];
  for (const family of BUNDLED_FONT_FAMILIES) {
    const unicodeJson = require.resolve(`${family.packageName}/unicode.json`);
    const dir = join(dirname(unicodeJson), 'files');
    const table = JSON.parse(readFileSync(unicodeJson, 'utf8')) as Record<string, string>;
    for (const [name, unicodeRange] of Object.entries(table)) {
      const stem = `${family.id}-${name.replace(/[[\]]/g, '')}`;
      slices.push({
        family,
        unicodeRange,
        ranges: parseUnicodeRange(unicodeRange),
        files: { 400: join(dir, `${stem}-400-normal.woff`), 700: join(dir, `${stem}-700-normal.woff`) },
      });
    }
  }
  const coverage = new Map<number, boolean>();
  const covered = (cp: number) => {
    let hit = coverage.get(cp);
    if (hit === undefined) coverage.set(cp, (hit = slices.some((s) => inRanges(s.ranges, cp))));
    return hit;
  };
  const sfnts = new Map<string, Uint8Array>();
  const sfnt = (file: string) => {
    let bytes = sfnts.get(file);
    if (!bytes) sfnts.set(file, (bytes = woffToSfnt(readFileSync(file))));
    return bytes;
  };
  return {
    canPrint: (char) => !needsGlyph(char) || covered(char.codePointAt(0) ?? 0),
    fontFaces: (text) => {
      const codePoints = [...new Set(Array.from(text, (c) => c.codePointAt(0) ?? 0))];
      // Each character goes to the first family that has it, as the CSS font stack would choose.
      const claimed = new Set<number>();
      const faces: string[] = [];
      for (const family of BUNDLED_FONT_FAMILIES) {
        for (const slice of slices.filter((s) => s.family === family)) {
          const mine = codePoints.filter((cp) => !claimed.has(cp) && inRanges(slice.ranges, cp));
          if (!mine.length) continue;
          mine.forEach((cp) => claimed.add(cp));
          const range = mine.map((cp) => `U+${cp.toString(16)}`).join(',');
          for (const weight of FONT_WEIGHTS) {
            const font = Buffer.from(subsetFont(sfnt(slice.files[weight]), mine)).toString('base64');
            faces.push(
              `@font-face{font-family:'${family.family}';font-style:normal;font-weight:${weight};` +
                `src:url(data:font/ttf;base64,${font}) format('truetype');unicode-range:${range};}`,
            );
          }
        }
      }
      return faces.join('\n');
    },
  };
}

let shared: BundledFonts | undefined;
/** The bundled fonts, read once per process. */
export const bundledFonts = (): BundledFonts => (shared ??= loadBundledFonts());
