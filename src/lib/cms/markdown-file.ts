import { parse } from 'yaml';
import { yamlKeepingComments } from './yaml-keep-comments.ts';

/** A Markdown or MDX file as the editor reads it: front matter, body, and what it was written as. */
export interface MarkdownFile {
  frontMatter: Record<string, unknown>;
  body: string;
  /** The front matter's own text, to write changes over (quoting, comments and order kept). */
  frontMatterText: string;
}

const fence = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Splits a file into its front matter and body; a file with no front matter is all body. */
export function readMarkdownFile(text: string): MarkdownFile {
  const match = fence.exec(text);
  if (!match) return { frontMatter: {}, body: text.trim(), frontMatterText: '' };
  const frontMatterText = match[1] ?? '';
  const frontMatter = (parse(frontMatterText) ?? {}) as Record<string, unknown>;
  return { frontMatter, body: text.slice(match[0].length).trim(), frontMatterText };
}

/**
 * The file as the editor saves it, laid out as the site's files are (and as `npm run new` writes
 * them): front matter, a blank line, the body, a final newline. Front matter is written over what was
 * read, so only the fields that changed change, and a reviewer sees the sentence an editor changed
 * rather than every line Decap's own writer would requote or wrap.
 */
export function writeMarkdownFile(frontMatter: Record<string, unknown>, body: string, frontMatterText = ''): string {
  const yaml = yamlKeepingComments(frontMatter, frontMatterText || undefined);
  const text = body.trim();
  return `---\n${yaml.endsWith('\n') ? yaml : `${yaml}\n`}---\n${text ? `\n${text}\n` : ''}`;
}
