/**
 * Searches families make on this site, in their words, each with the pages that must be in the
 * top three results (or first, with `within: 1`). search-family.test.ts types each one into the
 * real search page in Chromium. When content changes which page is best, change the expectation
 * here and say why in the pull request. Expectations name pages, never scores or counts.
 */
export interface FamilyQuery {
  query: string;
  /** Addresses that must all be among the first `within` results. */
  expected: readonly string[];
  within: 1 | 3;
  /** True for a question in a family's own words, as opposed to a keyword search. */
  question?: true;
}

export const familyQueries: readonly FamilyQuery[] = [
  // Questions, as families type them (issue 17's table first).
  {
    query: 'my child was refused an assessment',
    expected: ['/measures/requests-refused/'],
    within: 3,
    question: true,
  },
  { query: 'who do I contact about my child’s plan', expected: ['/contact/'], within: 3, question: true },
  { query: 'complain about the council', expected: ['/if-you-disagree/'], within: 3, question: true },
  {
    query: 'what did the 2024 inspection find',
    expected: ['/progress/2024-05-15-area-send-inspection/'],
    within: 3,
    question: true,
  },
  {
    query: 'how many children have an EHC plan in Dorset',
    expected: ['/measures/ehc-plans-in-place/'],
    within: 3,
    question: true,
  },
  {
    query: 'how many EHC plans are finished within 20 weeks',
    // Both figures pages answer it: new plans, and all plans including those changed from statements.
    expected: ['/measures/ehc-plans-within-20-weeks-all-plans/'],
    within: 3,
    question: true,
  },
  {
    query: 'how many families go to the SEND Tribunal',
    expected: ['/measures/tribunal-appeal-rate/'],
    within: 3,
    question: true,
  },
  {
    query: 'how many requests for an assessment are there',
    expected: ['/measures/requests-for-assessment/'],
    within: 3,
    question: true,
  },
  { query: 'what is an EHCP', expected: ['/glossary/#ehc-plan'], within: 3, question: true },
  { query: 'what is a SENCO', expected: ['/glossary/#senco'], within: 3, question: true },
  {
    query: 'what happened when the inspectors came back in 2019',
    expected: ['/progress/2019-02-13-ofsted-cqc-revisit/'],
    within: 3,
    question: true,
  },
  {
    query: 'why are there new councils',
    expected: ['/progress/2019-04-01-new-councils/'],
    within: 3,
    question: true,
  },
  { query: 'how do I get involved', expected: ['/get-involved/'], within: 3, question: true },
  { query: 'where can I get advice', expected: ['/contact/'], within: 3, question: true },
  {
    query: 'what is the council doing about mental health waiting times',
    expected: ['/progress/2024-05-15-area-send-inspection/'],
    within: 3,
    question: true,
  },
  {
    query: 'what was in the written statement of action',
    expected: ['/statement/'],
    within: 3,
    question: true,
  },
  {
    query: 'how can I appeal a decision about my child',
    expected: ['/if-you-disagree/'],
    within: 3,
    question: true,
  },
  // Keywords and phrases.
  { query: 'Families First', expected: ['/impact-reports/2023-to-2024/'], within: 1 },
  { query: 'EHCP', expected: ['/glossary/#ehc-plan'], within: 1 },
  { query: 'EHCP', expected: ['/glossary/#ehc-plan', '/impact-reports/2023-to-2024/'], within: 3 },
  { query: 'education, health and care plan', expected: ['/glossary/#ehc-plan'], within: 3 },
  { query: '20 weeks', expected: ['/measures/ehc-plans-within-20-weeks/', '/glossary/#20-week-timescale'], within: 3 },
  { query: 'annual review', expected: ['/glossary/#annual-review'], within: 3 },
  // New updates (case workers, Let's Talk SEND) now talk about annual reviews too: the impact report's own figure is on time.
  { query: 'annual reviews on time', expected: ['/impact-reports/2023-to-2024/'], within: 3 },
  { query: 'tribunal', expected: ['/measures/tribunal-appeal-rate/', '/glossary/#send-tribunal'], within: 3 },
  { query: 'speech and language', expected: ['/progress/2024-05-15-area-send-inspection/'], within: 3 },
  { query: 'family hubs', expected: ['/glossary/#family-hubs'], within: 1 },
  { query: 'family hubs', expected: ['/statement/work-better-together/'], within: 3 },
  { query: 'SENCO', expected: ['/glossary/#senco'], within: 1 },
  { query: 'special educational needs co-ordinator', expected: ['/glossary/#senco'], within: 1 },
  { query: 'SENDIASS', expected: ['/glossary/#sendiass', '/contact/'], within: 3 },
  { query: 'information advice and support', expected: ['/contact/'], within: 3 },
  { query: 'CAMHS', expected: ['/progress/2024-05-15-area-send-inspection/'], within: 3 },
  { query: 'mental health', expected: ['/progress/2024-05-15-area-send-inspection/'], within: 3 },
  { query: 'DPCC', expected: ['/glossary/#dpcc', '/get-involved/'], within: 3 },
  { query: 'Dorset Parent Carer Council', expected: ['/glossary/#dpcc'], within: 3 },
  { query: 'respite', expected: ['/glossary/#short-breaks'], within: 1 },
  { query: 'written statement of action', expected: ['/statement/'], within: 1 },
  { query: 'WSOA', expected: ['/glossary/#wsoa'], within: 1 },
  { query: 'Ofsted revisit', expected: ['/progress/2019-02-13-ofsted-cqc-revisit/'], within: 3 },
  { query: 'accelerated progress plan', expected: ['/progress/2020-01-01-accelerated-progress-plan/'], within: 1 },
  {
    query: 'area SEND inspection',
    expected: ['/glossary/#area-send-inspection', '/progress/2024-05-15-area-send-inspection/'],
    within: 3,
  },
  { query: 'impact report', expected: ['/impact-reports/2023-to-2024/'], within: 1 },
  { query: 'new councils', expected: ['/progress/2019-04-01-new-councils/'], within: 1 },
  { query: 'cabinet', expected: ['/progress/2024-06-11-post-inspection-action-plan/'], within: 1 },
  { query: 'quality checks', expected: ['/statement/strong-checks/'], within: 3 },
  // The page now says "planned and bought services together" instead of the jargon "joint commissioning".
  { query: 'joint working', expected: ['/statement/work-better-together/'], within: 3 },
  { query: 'cookies', expected: ['/cookies/'], within: 1 },
  { query: 'privacy', expected: ['/privacy/'], within: 1 },
  { query: 'accessibility', expected: ['/accessibility/'], within: 1 },
];

/** Searches that find nothing, and what the no-results page must still offer. */
export const noResultQueries = ['transport', 'xylophone'] as const;
