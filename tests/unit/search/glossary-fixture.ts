import type { GlossaryWords } from '../../../src/lib/search/glossary-words.ts';

/** A few glossary entries shaped like content/glossary.yaml's, for the search tests. */
export const glossary: GlossaryWords[] = [
  {
    id: 'ehc-plan',
    term: 'Education, health and care plan',
    abbreviation: 'EHCP',
    otherWords: ['EHC plan', 'education health and care plan'],
  },
  { id: '20-week-timescale', term: '20-week timescale', otherWords: ['20 weeks', 'twenty weeks', 'deadline'] },
  { id: 'sen', term: 'Special educational needs', abbreviation: 'SEN', otherWords: ['special needs'] },
  { id: 'sen-support', term: 'SEN support', otherWords: ['school support'] },
  {
    id: 'camhs',
    term: 'Child and adolescent mental health services',
    abbreviation: 'CAMHS',
    otherWords: ['mental health services', 'child mental health'],
  },
  { id: 'send-tribunal', term: 'SEND Tribunal', otherWords: ['tribunal', 'appeal'] },
  { id: 'annual-review', term: 'Annual review', otherWords: ['review meeting', 'EHCP review'] },
];
