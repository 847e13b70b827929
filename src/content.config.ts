import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDirectory } from './lib/content-directory.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { impactReportSchema } from './schemas/impact-report.ts';
import { measureSchema } from './schemas/measure.ts';
import { pageSchema } from './schemas/page.ts';
import { progressSchema } from './schemas/progress.ts';
import { statementSchema } from './schemas/statement.ts';

const root = contentDirectory();
// Files starting with "_" are notes and templates for editors, not pages. Only the rendered HTML is
// kept, not the Markdown it came from: nothing reads it, and it would double the data store (issue 8).
const markdown = (folder: string) =>
  glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: `${root}/${folder}`, retainBody: false });

export const collections = {
  statement: defineCollection({ loader: markdown('statement'), schema: statementSchema }),
  progress: defineCollection({ loader: markdown('progress'), schema: progressSchema }),
  'impact-reports': defineCollection({ loader: markdown('impact-reports'), schema: impactReportSchema }),
  pages: defineCollection({ loader: markdown('pages'), schema: pageSchema }),
  glossary: defineCollection({ loader: file(`${root}/glossary.yaml`), schema: glossaryTermSchema }),
  measures: defineCollection({
    loader: glob({ pattern: ['**/*.yaml', '!**/_*'], base: `${root}/measures` }),
    schema: measureSchema,
  }),
};
