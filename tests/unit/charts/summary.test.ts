import { describe, expect, it } from 'vitest';
import { summariseMeasure } from '../../../src/lib/charts/summary.ts';
import { points, sampleCount, sampleMeasure } from './sample-measures.ts';

describe('chart summaries are written from the data', () => {
  it('gives the latest figure, the change from the one before, and England', () => {
    const measure = sampleMeasure({
      points: points([
        [2018, 40.9, 60.1],
        [2019, 91.0, 60.4],
      ]),
      breaks: [],
      target: undefined,
      betterWhen: 'neither',
    });
    expect(summariseMeasure(measure, 'Dorset')).toBe(
      'In 2019, 91.0% of new plans were on time, up from 40.9% in 2018. England: 60.4%.',
    );
  });

  it('says "down from" and "the same as" when the figure fell or held', () => {
    const fell = sampleMeasure({
      points: points([
        [2022, 62.3],
        [2023, 60.2],
      ]),
      breaks: [],
      target: undefined,
      betterWhen: 'neither',
    });
    expect(summariseMeasure(fell, 'Dorset')).toBe('In 2023, 60.2% of new plans were on time, down from 62.3% in 2022.');
    const held = sampleMeasure({
      points: points([
        [2022, 2.6],
        [2023, 2.6],
      ]),
      breaks: [],
      target: undefined,
      betterWhen: 'neither',
    });
    expect(summariseMeasure(held, 'Dorset')).toContain('2.6% of new plans were on time, the same as in 2022.');
  });

  it('tells the whole story for the sample: gap, direction, target, range and break', () => {
    expect(summariseMeasure(sampleMeasure(), 'Dorset')).toMatchInlineSnapshot(
      `"In 2020, 79.9% of new plans were on time, down from 91.0% in 2019. England: 58.0%. There is no Dorset figure for 2021: the notes say why. Higher is better. The target is 100%: every plan on time. The highest was 91.0% in 2019, and the lowest was 8.5% in 2017. The Dorset figures have a break between 2018 and 2019. Up to 2018 the figures are for the old area."`,
    );
  });

  it('leaves out a break note the page has already said above its figures', () => {
    const said = new Set(['Up to 2018 the figures are for the old area.']);
    const summary = summariseMeasure(sampleMeasure(), 'Dorset', { breakNotesSaid: said });
    expect(summary).not.toContain('break');
    expect(summary).not.toContain('Up to 2018 the figures are for the old area.');
    expect(summary).toContain('The highest was 91.0% in 2019');
  });

  it('names every year with no figure', () => {
    const measure = sampleMeasure({
      points: points([
        [2021, 1],
        [2022, null, null, 'x'],
        [2023, 2],
        [2024, null, null, 'y'],
      ]),
      breaks: [],
      target: undefined,
    });
    expect(summariseMeasure(measure, 'Dorset')).toContain('There is no Dorset figure for 2022 or 2024');
  });

  it('says a count has gone up every year when it has, with January dates', () => {
    const measure = sampleCount([
      [2023, 3653, 517_048],
      [2024, 3916, 576_474],
      [2025, 4333, 638_745],
    ]);
    expect(summariseMeasure(measure, 'Dorset')).toBe(
      'In January 2025, 4,333 children had a plan, up from 3,916 in January 2024. England: 638,745. It has gone up every year since January 2023, when it was 3,653.',
    );
  });

  it('gives the highest and lowest when the figures went both ways, naming the earliest on a tie', () => {
    const measure = sampleCount([
      [2020, 5],
      [2021, 9],
      [2022, 5],
      [2023, 9],
    ]);
    expect(summariseMeasure(measure, 'Dorset')).toContain(
      'The highest was 9 in January 2021, and the lowest was 5 in January 2020.',
    );
  });

  it('compares with the latest year that has a figure, not the year before it', () => {
    const measure = sampleMeasure({
      points: points([
        [2021, 21.5],
        [2022, null, null, 'Not published.'],
        [2023, 22.6],
      ]),
      breaks: [],
      target: undefined,
    });
    expect(summariseMeasure(measure, 'Dorset')).toMatch(
      /^In 2023, 22\.6% of new plans were on time, up from 21\.5% in 2021\./,
    );
  });

  it('says so when there are no figures at all', () => {
    const measure = sampleMeasure({ points: points([[2024, null, 46.4, 'None.']]) });
    expect(summariseMeasure(measure, 'Dorset')).toBe('There are no Dorset figures for this measure yet.');
  });
});
