import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';

/**
 * A content file's Markdown tree (mdast, with front matter and every node's position), as the checks read it.
 * Read by satteri, the parser the build renders with: its native reader is about twenty times faster than
 * remark-parse, whose JavaScript reader was the largest part of the checks' time, and gives the same tree
 * (node for node, positions too, on every content file and 1,000 generated ones). MDX syntax only in .mdx
 * files: in Markdown, "<" and "{" are plain text. GitHub's extensions (tables, bare links) stay off, as the
 * checks have always read the text. Throws where MDX cannot be read (a stray "{" or "<"), with the line and column.
 */
export function markdownTree(text: string, mdx: boolean): Root {
  return (mdx ? mdxToMdast : markdownToMdast)(text, { features: { gfm: false } }) as Root;
}
