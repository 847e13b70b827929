/**
 * Searches families make on this site, each with the page that must come first (`within: 1`)
 * or in the top three. Checked against the built index by search-ranking.test.ts; when content
 * changes which page is best, change the expectation here and say why in the pull request.
 */
export const familyQueries: ReadonlyArray<{ query: string; expected: string; within: 1 | 3 }> = [
  { query: 'EHCP', expected: '/glossary/#ehc-plan', within: 1 },
  // The update never says "EHCP", only "EHC plans": found through the glossary's other words.
  { query: 'EHCP', expected: '/progress/2018-03-31-statement-transfer-deadline/', within: 3 },
  { query: 'education, health and care plan', expected: '/glossary/#ehc-plan', within: 1 },
  { query: '20 weeks', expected: '/measures/ehc-plans-within-20-weeks/', within: 3 },
  { query: '20 weeks', expected: '/statement/right-first-time/', within: 3 },
  { query: 'annual review', expected: '/glossary/#annual-review', within: 1 },
  { query: 'annual review', expected: '/impact-reports/2023-to-2024/', within: 3 },
  { query: 'tribunal', expected: '/measures/tribunal-appeal-rate/', within: 1 },
  { query: 'tribunal', expected: '/glossary/#send-tribunal', within: 3 },
  { query: 'speech and language', expected: '/progress/2024-05-15-area-send-inspection/', within: 1 },
  { query: 'family hubs', expected: '/glossary/#family-hubs', within: 1 },
  { query: 'family hubs', expected: '/statement/work-better-together/', within: 3 },
  { query: 'SENCO', expected: '/glossary/#senco', within: 1 },
  { query: 'special educational needs co-ordinator', expected: '/glossary/#senco', within: 1 },
  { query: 'SENDIASS', expected: '/contact/', within: 1 },
  { query: 'information advice and support', expected: '/contact/', within: 3 },
  { query: 'CAMHS', expected: '/progress/2024-05-15-area-send-inspection/', within: 3 },
  { query: 'mental health', expected: '/progress/2024-05-15-area-send-inspection/', within: 3 },
  { query: 'DPCC', expected: '/contact/', within: 3 },
  { query: 'Dorset Parent Carer Council', expected: '/glossary/#dpcc', within: 3 },
  { query: 'respite', expected: '/glossary/#short-breaks', within: 1 },
  { query: 'written statement of action', expected: '/statement/', within: 1 },
  { query: 'WSOA', expected: '/statement/', within: 1 },
  { query: 'revisit', expected: '/progress/2019-02-13-ofsted-cqc-revisit/', within: 3 },
  { query: 'accelerated progress plan', expected: '/progress/2020-01-01-accelerated-progress-plan/', within: 1 },
  { query: 'area SEND inspection', expected: '/progress/2024-05-15-area-send-inspection/', within: 1 },
  { query: 'impact report', expected: '/impact-reports/2023-to-2024/', within: 1 },
  { query: 'new councils', expected: '/progress/2019-04-01-new-councils/', within: 1 },
  { query: 'cabinet', expected: '/progress/2024-06-11-post-inspection-action-plan/', within: 1 },
  { query: 'quality checks', expected: '/statement/strong-checks/', within: 1 },
  { query: 'joint commissioning', expected: '/statement/work-better-together/', within: 1 },
  { query: 'cookies', expected: '/cookies/', within: 1 },
  { query: 'privacy', expected: '/privacy/', within: 1 },
  { query: 'accessibility', expected: '/accessibility/', within: 1 },
];
