/**
 * Link text that means nothing out of context: screen reader users often hear a page's links as a
 * list, so "click here" says nothing. One list for the editors' check (npm run check:content) and
 * the test on the built site. After GOV.UK's guidance on links and withastro/docs' good-link-label check.
 */
const vagueLinkTexts = new Set([
  'click here',
  'here',
  'read more',
  'more',
  'link',
  'this link',
  'this page',
  'find out more',
  'more information',
  'learn more',
]);

/** Whether a link's text (or accessible name) says nothing about where it goes, ignoring case, spaces and a final "." or ":". */
export function isVagueLinkText(text: string): boolean {
  return vagueLinkTexts.has(text.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[.:]$/, ''));
}
