import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { firstUsesNotWrittenOut, notWrittenOutMessage, type GlossaryEntryLike } from '../abbreviation-rule.ts';
import { contentDirectory } from '../content-directory.ts';
import { report } from './messages.ts';

/** The front matter as check-file.ts read it: its YAML source and data. */
type FrontMatter = { source: string; data: Record<string, unknown> };

/** A piece of the page's text and where it starts in the file. */
interface Piece {
  text: string;
  line: number;
  column: number;
}

/** Node types whose words are not running text: headings, code, raw HTML and MDX expressions. */
const skipped = new Set([
  'heading',
  'code',
  'inlineCode',
  'html',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
  'yaml',
]);

function collect(node: Root | RootContent, pieces: Piece[]): void {
  if (skipped.has(node.type)) return;
  if (node.type === 'text' && node.position) {
    pieces.push({ text: node.value, line: node.position.start.line, column: node.position.start.column });
    return;
  }
  if ('children' in node) for (const child of node.children) collect(child, pieces);
  if (node.type === 'paragraph' || node.type === 'listItem' || node.type === 'tableCell') {
    pieces.push({ text: '\n', line: 0, column: 0 });
  }
}

/** The text shown above the body: a priority area shows its summary, other pages their description. */
function leadPiece(tree: Root, file: string, frontMatter: FrontMatter | undefined): Piece | undefined {
  const yaml = tree.children.find((node) => node.type === 'yaml');
  if (!yaml || yaml.type !== 'yaml') return undefined;
  // check-file.ts has parsed the same front matter already (YAML parsing was a tenth of the checks' time).
  const parsed = frontMatter?.source === yaml.value ? frontMatter.data : parseYaml(yaml.value);
  const data = parsed as Record<string, unknown> | null;
  const key = typeof data?.['summary'] === 'string' ? 'summary' : 'description';
  const lead = data?.[key];
  if (typeof lead !== 'string') return undefined;
  const lines = file.split('\n');
  const index = lines.findIndex((text) => text.startsWith(`${key}:`));
  // The value's column on its line, so the editor's cursor lands on the word (a quoted value starts one later).
  const column = index >= 0 ? Math.max(lines[index]?.indexOf(lead.slice(0, 12)) ?? 0, 0) + 1 : 1;
  return { text: `${lead}\n`, line: index + 1 || 1, column };
}

/** Where in the file an index into the joined text falls. */
function placeOf(pieces: readonly Piece[], index: number) {
  let offset = 0;
  for (const piece of pieces) {
    if (index < offset + piece.text.length) {
      const before = piece.text.slice(0, index - offset).split('\n');
      const line = piece.line + before.length - 1;
      const column = before.length > 1 ? (before.at(-1)?.length ?? 0) + 1 : piece.column + index - offset;
      return { start: { line, column } };
    }
    offset += piece.text.length;
  }
  return undefined;
}

let glossaryCache: GlossaryEntryLike[] | undefined;
/** The content folder's glossary, read once per run. */
function contentGlossary(): GlossaryEntryLike[] {
  glossaryCache ??= (parseYaml(readFileSync(path.join(contentDirectory(), 'glossary.yaml'), 'utf8')) ??
    []) as GlossaryEntryLike[];
  return glossaryCache;
}

/**
 * Warns where the first use of a glossary abbreviation in a page is not written out as "full words (SHORT)".
 * The rule itself is src/lib/abbreviation-rule.ts; the built-site test applies the same rule to each page.
 */
export default function remarkAbbreviationFirstUse(options: { glossary?: readonly GlossaryEntryLike[] } = {}) {
  return (tree: Root, file: VFile) => {
    const lead = leadPiece(tree, String(file.value), file.data['frontMatter'] as FrontMatter | undefined);
    const pieces: Piece[] = lead ? [lead] : [];
    collect(tree, pieces);
    const text = pieces.map((piece) => piece.text).join('');
    for (const use of firstUsesNotWrittenOut(text, options.glossary ?? contentGlossary())) {
      report(file, 'warning', 'abbreviation-not-written-out', notWrittenOutMessage(use), placeOf(pieces, use.index));
    }
  };
}
