/** How one series is drawn. Colour is never the only difference: line pattern and marker shape differ too. */
export interface SeriesStyle {
  /** Stroke and fill colour, at least 3:1 against white (WCAG 1.4.11, non-text contrast). */
  colour: string;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  dash?: string | undefined;
  /** The shape at each data point. */
  marker: 'circle' | 'square';
  /** Solid markers for the local area, hollow for the comparison, so they differ in black and white print. */
  hollow: boolean;
  /** Words for the line in the legend, for people who cannot tell the lines apart by sight. */
  description: string;
}

/**
 * Colours from GOV.UK Frontend 6's palette (settings/_colours-palette--internal.scss), on white:
 * blue primary #1d70b8 is 5.2:1, black tint-25 #484949 (its secondary text) is 9.0:1, black #0b0c0c is 19.6:1.
 * tests/unit/charts/palette.test.ts checks every one (with tests/support/contrast.ts).
 */
export const palette = {
  /** The local area: solid blue line, filled circles. */
  local: { colour: '#1d70b8', marker: 'circle', hollow: false, description: 'solid line, filled circles' },
  /** England: dashed dark grey line, hollow squares. */
  comparison: {
    colour: '#484949',
    dash: '8 5',
    marker: 'square',
    hollow: true,
    description: 'dashed line, hollow squares',
  },
} as const satisfies Record<string, SeriesStyle>;

/** Lines that are not data: the target and a break in a series. */
export const guideStyles = {
  target: { colour: '#0b0c0c', dash: '2 4', description: 'dotted line' },
  break: { colour: '#0b0c0c', dash: '6 4', description: 'dashed upright line' },
  // Grid lines only help the eye along; the tick labels carry the values, so these need no 3:1 contrast.
  grid: { colour: '#cecece' },
  axis: { colour: '#0b0c0c' },
  text: { colour: '#0b0c0c' },
} as const;
