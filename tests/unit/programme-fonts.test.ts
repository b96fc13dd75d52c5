// The bundled fonts: which characters they print, WOFF decoding and subsetting (checked with fontkit).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { bundledFonts, needsGlyph, parseUnicodeRange } from '../../src-main/documents/fonts';
import { subsetFont, woffToSfnt } from '../../src-main/documents/font-subset';
import { uncoveredCharacters } from '../helpers/font-coverage';

const require = createRequire(import.meta.url);
const slice = (name: string) => require.resolve(`@fontsource/noto-sans-sc/files/noto-sans-sc-${name}-400-normal.woff`);

describe('bundled fonts', () => {
  const fonts = bundledFonts();

  it('reads unicode ranges', () => {
    expect(parseUnicodeRange('U+0-ff, U+131,U+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });

  it('prints Latin, Chinese, punctuation and the CJK characters outside the BMP that names use', () => {
    for (const char of ['A', 'é', 'ß', '中', '𠮷', '·', '–', '：', '（', '→', '€', '№']) {
      expect(fonts.canPrint(char), char).toBe(true);
    }
    expect(fonts.canPrint('\n')).toBe(true); // draws nothing, needs no glyph
    expect(needsGlyph('\u200d')).toBe(false);
    for (const char of ['λ', 'Ω', 'Ж', 'ő', 'ș']) expect(fonts.canPrint(char), char).toBe(true); // every EU script
    expect(fonts.canPrint('𐤀')).toBe(false); // Phoenician: no bundled font
  });

  it('decodes WOFF to an OpenType font with the same characters', () => {
    const file = slice('latin');
    const sfnt = woffToSfnt(readFileSync(file));
    const fromWoff = fontkit.openSync(file);
    const decoded = fontkit.create(sfnt);
    expect(decoded.postscriptName).toBe(fromWoff.postscriptName);
    expect(decoded.characterSet.length).toBe(fromWoff.characterSet.length);
  });

  it('cuts a font down to the characters asked for', () => {
    const sfnt = woffToSfnt(readFileSync(slice('latin')));
    const subset = subsetFont(
      sfnt,
      [...'Programme 2023'].map((c) => c.codePointAt(0)!),
    );
    const font = fontkit.create(subset);
    for (const char of 'Programme 2023') expect(font.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(true);
    expect(font.hasGlyphForCodePoint('Z'.codePointAt(0)!)).toBe(false);
    expect(subset.byteLength).toBeLessThan(sfnt.byteLength / 4);
  });

  it('embeds, for any text, fonts with a glyph for every character (both weights)', () => {
    const text =
      'Day 1 · Sunday, 2 July 2023 · Beijing 第一天 · 2023年7月2日 星期日 · 北京 张𠮷祥 Zürich ¿Qué? Ελλάδα Москва';
    const css = fonts.fontFaces(text);
    expect(uncoveredCharacters(css, text)).toEqual([]);
    // 𠮷 is not in Noto Sans SC: the Japanese fallback carries it.
    expect(css).toMatch(
      /font-family:'SVP Noto Sans JP';font-style:normal;font-weight:400;src:url\(data:font\/ttf;base64,[^)]+\) format\('truetype'\);unicode-range:U\+20bb7;/,
    );
  });

  it('the coverage check fails for a character without a glyph', () => {
    expect(uncoveredCharacters(fonts.fontFaces('A𐤀'), 'A𐤀')).toEqual(['𐤀 U+10900 (400)', '𐤀 U+10900 (700)']);
  });
});
