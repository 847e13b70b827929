import { z } from 'astro/zod';
import { isoDate, shortText } from './fields.ts';

/** Fields every page of the site has: a title, a short description and its dates. */
export const datedPageFields = {
  title: shortText({ what: 'a page title', example: 'title: "Progress update: February 2019 revisit"' }, 90).describe(
    'The page heading and browser title. Keep it under 65 characters.',
  ),
  description: shortText(
    {
      what: 'a one or two sentence description of the page',
      example: 'description: "What inspectors found when they came back in 2019."',
    },
    300,
  ).describe('One or two sentences shown in search results and lists.'),
  published: isoDate({
    what: 'the date the page was first published, as YYYY-MM-DD',
    example: 'published: 2026-11-25',
  }).describe('When the page was first published, as YYYY-MM-DD.'),
  updated: isoDate({
    what: 'the date the page was last updated, as YYYY-MM-DD',
    example: 'updated: 2026-11-25',
  })
    .optional()
    .describe('When the page was last changed in a way readers would notice, as YYYY-MM-DD. Leave out if never.'),
  changes: z
    .array(
      z.object({
        date: isoDate({ what: 'the date of the change, as YYYY-MM-DD', example: '- date: 2027-01-15' }).describe(
          'When the change was made, as YYYY-MM-DD.',
        ),
        summary: shortText(
          { what: 'what changed, in one sentence', example: 'summary: "Added the figures for 2026."' },
          200,
        ).describe('What changed, in one sentence.'),
      }),
      {
        error: (issue) =>
          `Expected a list of changes, but it is ${JSON.stringify(issue.input)}. For example:\nchanges:\n  - date: 2027-01-15\n    summary: "Added the figures for 2026."`,
      },
    )
    .default([])
    .describe('What changed and when, newest first, shown under "See all updates". Leave out for a new page.'),
  draft: z
    .boolean({
      error: (issue) =>
        `Expected draft: true or draft: false, but it is ${JSON.stringify(issue.input)}. For example: draft: true`,
    })
    .default(false)
    .describe('true while the page is being written: it shows in `npm run dev` but is left out of the published site.'),
};

/** Checks that a page was not updated before it was published. */
export function updatedNotBeforePublished(page: { published: Date; updated?: Date | undefined }): boolean {
  return page.updated === undefined || page.updated >= page.published;
}

/** The message shown when `updated` comes before `published`. */
export const updatedBeforePublishedMessage = {
  message:
    'Expected "updated" to be on or after "published". Change "updated" to the date you last changed the page, for example: updated: 2026-11-25',
  path: ['updated'],
};

/** A dated page's common fields as pages receive them: the one source of this shape (src/layouts/ArticleLayout.astro, src/lib/dates.ts). */
export type DatedPage = z.output<z.ZodObject<typeof datedPageFields>>;
