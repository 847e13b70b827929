import { describe, expect, it } from 'vitest';
import { guideStyles, palette, type SeriesStyle } from '../../../src/lib/charts/palette.ts';
import { contrastRatio } from '../../support/contrast.ts';

const white = '#ffffff';

describe('chart colours and patterns', () => {
  it.each(Object.entries(palette))('draws the %s series at 3:1 or more against white (WCAG 1.4.11)', (_, style) => {
    expect(contrastRatio(style.colour, white)).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['target', guideStyles.target.colour],
    ['break', guideStyles.break.colour],
    ['axis', guideStyles.axis.colour],
  ])('draws the %s line at 3:1 or more against white', (_, colour) =>
    expect(contrastRatio(colour, white)).toBeGreaterThanOrEqual(3),
  );

  it('writes chart text at 4.5:1 or more against white', () => {
    expect(contrastRatio(guideStyles.text.colour, white)).toBeGreaterThanOrEqual(4.5);
  });

  it('tells the local area and England apart without colour: line pattern, marker shape and fill all differ', () => {
    const local: SeriesStyle = palette.local;
    const comparison: SeriesStyle = palette.comparison;
    expect(local.dash).not.toBe(comparison.dash);
    expect(local.marker).not.toBe(comparison.marker);
    expect(local.hollow).not.toBe(comparison.hollow);
  });

  it('keeps the target, the break and England on different dash patterns', () => {
    expect(new Set([palette.comparison.dash, guideStyles.target.dash, guideStyles.break.dash]).size).toBe(3);
  });
});
