// The fonts printed documents embed, so a PDF never depends on the fonts of the machine that prints it.
// Noto Sans SC (SIL Open Font License 1.1) prints Latin, Cyrillic, Vietnamese and Simplified Chinese;
// Noto Sans JP (same licence) is the fallback for the CJK characters SC lacks, such as 𠮷 (U+20BB7) in
// names. Both come from the npm packages @fontsource/noto-sans-sc and @fontsource/noto-sans-jp, which
// ship each weight as ~100 WOFF2 slices with their unicode ranges: a document embeds, as data: URLs,
// only the slices that hold its characters, and Chromium then embeds glyph subsets in the PDF.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface BundledFontFamily {
  /** npm package that ships the font files and their licence (OFL-1.1). */
  packageName: string;
  /** File name stem of the package's slices: `<id>-<slice>-<weight>-normal.woff2`. */
  id: string;
  /** The family name the documents use; private, so an installed font of the same name never interferes. */
  family: string;
}

export const BUNDLED_FONT_FAMILIES: readonly BundledFontFamily[] = [
  { packageName: '@fontsource/noto-sans-sc', id: 'noto-sans-sc', family: 'SVP Noto Sans SC' },
  { packageName: '@fontsource/noto-sans-jp', id: 'noto-sans-jp', family: 'SVP Noto Sans JP' },
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
  /** @font-face rules (fonts inlined as data: URLs) for the slices that hold these characters, both weights. */
  fontFaces(text: string): string;
  /** Every font file the document embeds for this text (for tests that read their cmaps). */
  filesFor(text: string): string[];
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
        files: { 400: join(dir, `${stem}-400-normal.woff2`), 700: join(dir, `${stem}-700-normal.woff2`) },
      });
    }
  }
  const coverage = new Map<number, boolean>();
  const covered = (cp: number) => {
    let hit = coverage.get(cp);
    if (hit === undefined) coverage.set(cp, (hit = slices.some((s) => inRanges(s.ranges, cp))));
    return hit;
  };
  const dataUrls = new Map<string, string>();
  const dataUrl = (file: string) => {
    let url = dataUrls.get(file);
    if (!url) dataUrls.set(file, (url = `data:font/woff2;base64,${readFileSync(file).toString('base64')}`));
    return url;
  };
  const slicesFor = (text: string) => {
    const codePoints = [...new Set(Array.from(text, (c) => c.codePointAt(0) ?? 0))];
    return slices.filter((s) => codePoints.some((cp) => inRanges(s.ranges, cp)));
  };
  return {
    canPrint: (char) => !needsGlyph(char) || covered(char.codePointAt(0) ?? 0),
    fontFaces: (text) =>
      slicesFor(text)
        .flatMap((s) =>
          FONT_WEIGHTS.map(
            (weight) =>
              `@font-face{font-family:'${s.family.family}';font-style:normal;font-weight:${weight};` +
              `src:url(${dataUrl(s.files[weight])}) format('woff2');unicode-range:${s.unicodeRange};}`,
          ),
        )
        .join('\n'),
    filesFor: (text) => slicesFor(text).flatMap((s) => FONT_WEIGHTS.map((w) => s.files[w])),
  };
}

let shared: BundledFonts | undefined;
/** The bundled fonts, read once per process. */
export const bundledFonts = (): BundledFonts => (shared ??= loadBundledFonts());
