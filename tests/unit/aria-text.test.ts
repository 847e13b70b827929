import { describe, expect, it } from 'vitest';
import { repeatedSentences, sentences, snapshotTexts } from '../support/aria-text.ts';

const snapshot = `- main:
  - heading "Plans on time: a summary" [level=2]
  - paragraph: "In 2023, 60.2% of new plans were issued within 20 weeks. England: 50.3%."
  - 'img "New plans: Dorset, 2015 to 2024. In 2023, 60.2% of new plans were issued within 20 weeks."': 0% 20%
  - link "Read about the plans":
    - /url: /plans/
  - text: In 2023, 60.2% of new plans were issued within 20 weeks. It's ''quoted''.
  - 'heading "It''s the end: really" [level=3]'`;

describe('reading an accessibility-tree snapshot', () => {
  it('gives each name and text once, unquoted, without link addresses', () => {
    expect(snapshotTexts(snapshot)).toEqual([
      'Plans on time: a summary',
      'In 2023, 60.2% of new plans were issued within 20 weeks. England: 50.3%.',
      'New plans: Dorset, 2015 to 2024. In 2023, 60.2% of new plans were issued within 20 weeks.',
      '0% 20%',
      'Read about the plans',
      "In 2023, 60.2% of new plans were issued within 20 weeks. It's ''quoted''.",
      "It's the end: really",
    ]);
  });

  it('counts only pieces ending in a full stop, question or exclamation mark as sentences', () => {
    expect(sentences('Read about the plans')).toEqual([]);
    expect(sentences('One. Two? (Three!) Four')).toEqual(['One.', 'Two?', '(Three!)']);
  });

  it('reports a sentence of eight words or more heard more than twice', () => {
    expect(repeatedSentences(snapshot)).toEqual([
      { sentence: 'In 2023, 60.2% of new plans were issued within 20 weeks.', times: 3 },
    ]);
    expect(repeatedSentences(snapshot, { maxTimes: 3 })).toEqual([]);
  });
});
