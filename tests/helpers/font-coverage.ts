// Checks that the fonts a document embeds really have a glyph for each character it prints: reads the
// @font-face rules (data: URLs) of the document's CSS and each font's character map with fontkit.
import * as fontkit from 'fontkit';
import { needsGlyph, parseUnicodeRange } from '../../src-main/documents/fonts';

interface Face {
  family: string;
  weight: number;
  ranges: Array<readonly [number, number]>;
  font: fontkit.Font;
}

export function embeddedFaces(css: string): Face[] {
  const faces: Face[] = [];
  const rule =
    /@font-face\{font-family:'([^']+)';font-style:normal;font-weight:(\d+);src:url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\) format\('truetype'\);unicode-range:([^;]+);\}/g;
  for (const [, family, weight, base64, range] of css.matchAll(rule)) {
    faces.push({
      family,
      weight: Number(weight),
      ranges: parseUnicodeRange(range),
      font: fontkit.create(Buffer.from(base64, 'base64')),
    });
  }
  return faces;
}

/**
 * The characters of `text` that no embedded face (of each weight) maps to a glyph, as "char U+XXXX (weight)".
 * Chromium picks, per character, the first face whose unicode-range holds it; that face must have the glyph.
 */
export function uncoveredCharacters(css: string, text: string, weights = [400, 700]): string[] {
  const faces = embeddedFaces(css);
  const problems: string[] = [];
  for (const char of new Set(text)) {
    if (!needsGlyph(char) || char === ' ') continue;
    const cp = char.codePointAt(0)!;
    for (const weight of weights) {
      const face = faces.find((f) => f.weight === weight && f.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
      if (!face || !face.font.hasGlyphForCodePoint(cp)) {
        problems.push(`${char} U+${cp.toString(16).toUpperCase().padStart(4, '0')} (${weight})`);
      }
    }
  }
  return problems;
}
