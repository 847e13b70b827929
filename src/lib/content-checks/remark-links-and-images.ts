import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { isVagueLinkText } from '../link-text.ts';
import { report } from './messages.ts';
import { eachOfType } from './walk.ts';

/** Fails vague link text and images without alt text. */
export default function remarkLinksAndImages() {
  return (tree: Root, file: VFile) => {
    eachOfType<Nodes, 'link'>(tree, 'link', (link) => {
      if (isVagueLinkText(toString(link))) {
        report(
          file,
          'error',
          'vague-link-text',
          `Link text "${toString(link).trim()}" does not say where it goes. Use words that describe the page, like "read the 2024 inspection report".`,
          link.position,
        );
      }
    });
    eachOfType<Nodes, 'image'>(tree, 'image', (image) => {
      if (!image.alt?.trim()) {
        report(
          file,
          'error',
          'image-alt-text',
          `This image has no alt text. Describe what it shows in the square brackets: ![Family hub in Dorchester](${image.url}). If it is only decoration, move it out of the content.`,
          image.position,
        );
      }
    });
  };
}
