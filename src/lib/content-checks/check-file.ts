import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { load as loadYaml } from 'js-yaml';
import remarkAbbreviationFirstUse from './remark-abbreviation-first-use.ts';
import remarkLinksAndImages from './remark-links-and-images.ts';
import retextAbbreviations from './retext-abbreviations.ts';
import retextReadingAge from './retext-reading-age.ts';
import retextSentenceLength from './retext-sentence-length.ts';
import retextUkDates from './retext-uk-dates.ts';
import retextWordsToAvoid from './retext-words-to-avoid.ts';
import { mayHoldWrongDate } from './may-hold-wrong-date.ts';
import { checkReviewDate } from './review-date.ts';
import { mdxComponentFindings } from './mdx-components.ts';
import { markdownTree } from './markdown-tree.ts';
import type { MdxIds } from '../cms/mdx-body.ts';
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
  /** The ids `.mdx` components may name (mdx-components.ts): without them, components are not checked. */
  mdx?: MdxIds | undefined;
}

const asRecord = (data: unknown) =>
  typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};

/** The front matter's fields, read with js-yaml as Astro reads them. YAML that cannot be read gives none: the schema check reports it. */
function fieldsOf(source: string): Record<string, unknown> {
  try {
    return asRecord(loadYaml(source));
  } catch {
    return {};
  }
}

/** The front matter's YAML source and its fields: read once per file. */
function frontMatterOf(text: string): { source: string; data: Record<string, unknown> } | undefined {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) return undefined;
  const source = match[1] ?? '';
  return { source, data: fieldsOf(source) };
}

type Processor = ReturnType<typeof unified>;

/**
 * The checks, built once and kept: building a processor per file cost as much as running the link
 * checks. Only the checks that fail the build (errors: dates, link text, alt text), or every check
 * with the advice (reading age, long sentences, words to avoid, abbreviations).
 */
interface Checks {
  /** Runs on every file's Markdown tree. */
  tree: Processor;
  /** The date check, on the sentences: run only when the text may hold a wrong date (errors only). */
  dates: Processor | undefined;
}

const checksByKnown = new WeakMap<ReadonlySet<string>, Map<string, Checks>>();

function checksFor(context: CheckContext): Checks {
  const byKind = checksByKnown.get(context.knownAbbreviations) ?? new Map<string, Checks>();
  checksByKnown.set(context.knownAbbreviations, byKind);
  const kind = String(Boolean(context.errorsOnly));
  let checks = byKind.get(kind);
  if (checks) return checks;
  // Checks that report errors, and so fail the build.
  const prose = unified().use(retextEnglish).use(retextUkDates);
  if (context.errorsOnly) {
    // Splitting a page into sentences is most of the cost, and only the date check needs it.
    checks = {
      tree: unified().use(remarkLinksAndImages) as unknown as Processor,
      dates: unified().use(remarkRetext, prose) as unknown as Processor,
    };
  } else {
    // Advice: warnings an editor can weigh.
    prose
      .use(retextReadingAge)
      .use(retextSentenceLength)
      .use(retextWordsToAvoid)
      .use(retextAbbreviations, { known: context.knownAbbreviations });
    const tree = unified().use(remarkLinksAndImages).use(remarkAbbreviationFirstUse).use(remarkRetext, prose);
    checks = { tree: tree as unknown as Processor, dates: undefined };
  }
  byKind.set(kind, checks);
  return checks;
}

/**
 * Runs the plain-English and accessibility checks on one Markdown or MDX file: all of them, or only those that
 * fail the build. In an .mdx file, first what would stop the build compiling it (errors).
 */
export async function checkFile(path: string, text: string, context: CheckContext): Promise<Finding[]> {
  const mdx = path.endsWith('.mdx');
  const mdxFindings = mdx && context.mdx ? mdxComponentFindings(path, text, context.mdx) : [];
  const frontMatter = context.errorsOnly ? undefined : frontMatterOf(text);
  const file = new VFile({ path, value: text, data: { frontMatter } });
  const checks = checksFor(context);
  try {
    const tree = markdownTree(text, mdx);
    await checks.tree.run(tree, file);
    if (checks.dates && mayHoldWrongDate(tree, text)) await checks.dates.run(tree, file);
  } catch (error) {
    // MDX that cannot be read (a stray "{" or "<"): the findings above say why, in an editor's words.
    if (mdxFindings.length > 0) return mdxFindings;
    throw error;
  }
  if (!context.errorsOnly) checkReviewDate(file, frontMatter?.data ?? {}, context.today);
  return [
    ...mdxFindings,
    ...file.messages.map((message) => ({
      file: path,
      line: message.line ?? 1,
      column: message.column ?? 1,
      severity: message.fatal ? ('error' as const) : ('warning' as const),
      rule: (message.ruleId ?? 'reading-age') as CheckRule,
      message: message.reason,
    })),
  ];
}
