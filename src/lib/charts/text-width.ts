/**
 * Generous glyph widths for system sans-serif fonts, as shares of the font size. Measured in
 * DejaVu Sans (the widest common fallback), Segoe UI, Roboto and Arial: digits are 0.55 to 0.64 em,
 * "%" up to 0.95 em. Overestimating only costs a little space; underestimating lets labels clip or touch.
 */
const glyphWidths: ReadonlyArray<[RegExp, number]> = [
  [/[%MW@]/, 0.95],
  [/[A-Z]/, 0.72],
  [/[ ,.:;'il|]/, 0.34],
];
const otherGlyphWidth = 0.64;

/** Roughly how wide `text` is at `fontSize`, in the same units as the font size. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += glyphWidths.find(([pattern]) => pattern.test(char))?.[1] ?? otherGlyphWidth;
  return ems * fontSize;
}
