import BulletList from './BulletList.astro';
import HeadingThree from './HeadingThree.astro';
import HeadingTwo from './HeadingTwo.astro';
import Link from './Link.astro';
import NumberedList from './NumberedList.astro';
import Paragraph from './Paragraph.astro';
import Table from './Table.astro';

/** Plain Markdown elements, rendered with GOV.UK Frontend classes so editors never write HTML. */
export const proseComponents = {
  p: Paragraph,
  h2: HeadingTwo,
  h3: HeadingThree,
  ul: BulletList,
  ol: NumberedList,
  a: Link,
  table: Table,
};
