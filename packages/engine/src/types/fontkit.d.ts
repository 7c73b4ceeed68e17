/** The part of fontkit 2 the chart text metrics use (the package ships no types). */
declare module 'fontkit' {
  export interface Font {
    unitsPerEm: number;
    familyName: string;
    layout(text: string): { advanceWidth: number };
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}
