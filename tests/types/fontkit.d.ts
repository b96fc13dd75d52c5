// The little of fontkit (a devDependency) the font-coverage tests use.
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    familyName: string;
    characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
  export function openSync(path: string): Font;
}
