/**
 * The components an editor can use in a .mdx progress update or impact report without importing
 * them: pages pass these to `<Content components={mdxComponents} />`.
 */
import Measure from './Measure.astro';

export const mdxComponents = { Measure };
