import { describe, expect, it } from 'vitest';
import { readQuery } from '../../../src/lib/search/question.ts';

describe('reading a question', () => {
  it('drops the words that only make it a question', () => {
    expect(readQuery('what did the 2024 inspection find').keyWords).toEqual(['2024', 'inspection']);
  });

  it('drops "my child" and the like: who the family asks about, not what', () => {
    expect(readQuery('who do I contact about my child’s plan').keyWords).toEqual(['contact', 'plan']);
    expect(readQuery('my child was refused an assessment').keyWords).toEqual(['refused', 'assessment']);
    expect(readQuery('how many children have an EHC plan').keyWords).toEqual(['children', 'ehc', 'plan']);
    expect(readQuery('what did the 2024 inspection find').keyWords).toEqual(['2024', 'inspection']);
  });

  it('keeps "long" and "many" unless they follow "how"', () => {
    expect(readQuery('how long does an assessment take').keyWords).toEqual(['assessment']);
    expect(readQuery('long term support').keyWords).toEqual(['long', 'term', 'support']);
  });

  it('keeps every word when all of them are question words', () => {
    expect(readQuery('who are we').keyWords).toEqual(['who', 'are', 'we']);
  });

  it('keeps a short query whole as a phrase, and runs of key words inside a question', () => {
    expect(readQuery('Families First')).toMatchObject({ phrase: 'families first', runs: [] });
    expect(readQuery('how many children have an EHC plan in Dorset')).toMatchObject({
      phrase: undefined,
      runs: ['ehc plan'],
    });
  });

  it('knows a question about a number from one about help', () => {
    expect(readQuery('how many children have an EHC plan').intent).toBe('number');
    expect(readQuery('how often are annual reviews late').intent).toBe('number');
    expect(readQuery('complain about the council').intent).toBe('help');
    expect(readQuery('who do I contact about my child’s plan').intent).toBe('help');
    expect(readQuery('annual review').intent).toBeUndefined();
  });
});
