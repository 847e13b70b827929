/** A straight-line mapping from data values to positions on the chart. */
export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/** Maps `domain` onto `range` in proportion, so equal differences in value are equal distances. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  // A flat domain (every value zero) would divide by zero; put everything at the start of the range.
  const scale = (value: number) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
  return Object.assign(scale, { domain, range });
}

/** The steps people read easily on an axis: 1, 2 or 5 times a power of ten. */
const niceMultipliers = [1, 2, 5, 10] as const;

/** The smallest "nice" step (1, 2 or 5 × 10ⁿ) that splits `max` into at most `count` intervals. */
export function niceStep(max: number, count: number): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const multiplier = niceMultipliers.find((m) => m * power >= raw - power * 1e-9) ?? 10;
  return multiplier * power;
}

/**
 * Tick values from zero to the first nice step at or above `max`.
 * Axes always start at zero: a cut-off axis makes small changes look large.
 * `ceiling` stops a percentage axis passing 100.
 */
export function niceTicks(max: number, count = 5, ceiling = Number.POSITIVE_INFINITY): number[] {
  const step = niceStep(Math.min(max, ceiling), count);
  const top = Math.min(Math.ceil(max / step - 1e-9) * step, Math.max(ceiling, step));
  const ticks: number[] = [];
  // Rounding to the step's precision stops 0.1 + 0.2 style drift in the labels.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let i = 0; i * step <= top + step * 1e-9; i++) ticks.push(Number((i * step).toFixed(decimals)));
  return ticks.length > 1 ? ticks : [0, step];
}
