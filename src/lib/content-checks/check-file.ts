import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import remarkAbbreviationFirstUse from './remark-abbreviation-first-use.ts';
import remarkLinksAndImages from './remark-links-and-images.ts';
import retextAbbreviations from './retext-abbreviations.ts';
import retextReadingAge from './retext-reading-age.ts';
import retextSentenceLength from './retext-sentence-length.ts';
import retextUkDates from './retext-uk-dates.ts';
import retextWordsToAvoid from './retext-words-to-avoid.ts';
import { checkReviewDate } from './review-date.ts';
import type { CheckRule, Severity } from './messages.ts';

/** One thing a check found, with where it is. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: CheckRule;
  message: string;
}

/** What the checks need besides the file itself. */
export interface CheckContext {
  /** Every abbreviation the glossary defines. */
  knownAbbreviations: ReadonlySet<string>;
  today: Date;
  /**
   * Only the checks that fail the build (errors: dates, link text, alt text), as `npm run build`
   * runs them; the advice (reading age, long sentences, words to avoid, abbreviations, review
   * dates) runs in `npm run check:content` and CI, off the build's critical path.
   */
  errorsOnly?: boolean | undefined;
}

function frontMatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) return {};
  const data: unknown = parseYaml(match[1] ?? '');
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

/** Runs the plain-English and accessibility checks on one Markdown or MDX file: all of them, or only those that fail the build. */
export async function checkFile(path: string, text: string, context: CheckContext): Promise<Finding[]> {
  const file = new VFile({ path, value: text });
  // Checks that report errors, and so fail the build.
  const prose = unified().use(retextEnglish).use(retextUkDates);
  // Advice: warnings an editor can weigh.
  if (!context.errorsOnly)
    prose
      .use(retextReadingAge)
      .use(retextSentenceLength)
      .use(retextWordsToAvoid)
      .use(retextAbbreviations, { known: context.knownAbbreviations });
  // MDX syntax only in .mdx files: in Markdown, "<" and "{" are plain text.
  const markdown = unified().use(remarkParse).use(remarkFrontmatter);
  const processor = (path.endsWith('.mdx') ? markdown.use(remarkMdx) : markdown).use(remarkLinksAndImages);
  // Advice, like the prose checks above.
  if (!context.errorsOnly) processor.use(remarkAbbreviationFirstUse);
  processor.use(remarkRetext, prose);
  await processor.run(processor.parse(file), file);
  if (!context.errorsOnly) checkReviewDate(file, frontMatterOf(text), context.today);
  return file.messages.map((message) => ({
    file: path,
    line: message.line ?? 1,
    column: message.column ?? 1,
    severity: message.fatal ? 'error' : 'warning',
    rule: (message.ruleId ?? 'reading-age') as CheckRule,
    message: message.reason,
  }));
}
