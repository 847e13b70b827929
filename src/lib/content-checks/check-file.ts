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
}

function frontMatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) return {};
  const data: unknown = parseYaml(match[1] ?? '');
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

/** Runs every plain-English and accessibility check on one Markdown or MDX file. */
export async function checkFile(path: string, text: string, context: CheckContext): Promise<Finding[]> {
  const file = new VFile({ path, value: text });
  const prose = unified()
    .use(retextEnglish)
    .use(retextReadingAge)
    .use(retextSentenceLength)
    .use(retextWordsToAvoid)
    .use(retextAbbreviations, { known: context.knownAbbreviations })
    .use(retextUkDates);
  // MDX syntax only in .mdx files: in Markdown, "<" and "{" are plain text.
  const markdown = unified().use(remarkParse).use(remarkFrontmatter);
  const processor = (path.endsWith('.mdx') ? markdown.use(remarkMdx) : markdown)
    .use(remarkLinksAndImages)
    .use(remarkAbbreviationFirstUse)
    .use(remarkRetext, prose);
  await processor.run(processor.parse(file), file);
  checkReviewDate(file, frontMatterOf(text), context.today);
  return file.messages.map((message) => ({
    file: path,
    line: message.line ?? 1,
    column: message.column ?? 1,
    severity: message.fatal ? 'error' : 'warning',
    rule: (message.ruleId ?? 'reading-age') as CheckRule,
    message: message.reason,
  }));
}
