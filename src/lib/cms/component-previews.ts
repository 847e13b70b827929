import { parseIsoDay, formatUkDate } from '../dates.ts';
import { telHref } from '../contacts.ts';

/** A contact as the editor's preview needs it: content/contacts.yaml's fields, dates as YYYY-MM-DD. */
export interface ContactPreview {
  id: string;
  name: string;
  description: string;
  link?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  hours?: string | undefined;
  findIt?: string | undefined;
  source: { name: string; url?: string | undefined };
  checked: string;
}

/** A measure as the editor's preview shows it. */
export interface MeasurePreview {
  id: string;
  title: string;
  description: string;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe to place in HTML: the preview is written as an HTML string (Decap's toPreview). */
const html = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
const link = (href: string, text: string) => `<a class="govuk-link" href="${html(href)}">${html(text)}</a>`;
const ukDate = (value: string) => {
  const day = parseIsoDay(value);
  return day ? `<time datetime="${html(value)}">${formatUkDate(day)}</time>` : html(value);
};

/** One route to help in the site's markup (src/components/mdx/ContactRoute.astro), for the preview. */
export function contactPreviewHtml(contact: ContactPreview): string {
  const items = [
    contact.phone && `<li>Phone: ${link(telHref(contact.phone), contact.phone)}</li>`,
    contact.email && `<li>Email: ${link(`mailto:${contact.email}`, contact.email)}</li>`,
    contact.hours && `<li>Opening times: ${html(contact.hours)}</li>`,
    contact.findIt && `<li>How to find it: ${html(contact.findIt)}</li>`,
  ].filter(Boolean);
  const source = contact.source.url ? link(contact.source.url, contact.source.name) : html(contact.source.name);
  return [
    '<div class="app-contact">',
    `<p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">${contact.link ? link(contact.link, contact.name) : html(contact.name)}</p>`,
    `<p class="govuk-body govuk-!-margin-bottom-1">${html(contact.description)}</p>`,
    items.length ? `<ul class="govuk-list">${items.join('')}</ul>` : '',
    `<p class="govuk-body-s app-contact__checked">Checked ${ukDate(contact.checked)}. Source: ${source}</p>`,
    '</div>',
  ].join('');
}

/** What the preview shows where a chosen id names nothing: the build would stop there too. */
export function missingPreviewHtml(what: string, id: string): string {
  return `<p class="govuk-body"><strong>Choose ${html(what)}: “${html(id)}” is not in the list.</strong></p>`;
}

/**
 * A measure's place in the preview: its title and what it means. The site draws the chart, table
 * and sources there from content/measures; the preview says so rather than drawing a second chart.
 */
export function measurePreviewHtml(measure: MeasurePreview): string {
  return [
    '<div class="app-measure-preview">',
    `<h3 class="govuk-heading-m">${html(measure.title)}</h3>`,
    `<p class="govuk-body">${html(measure.description)}</p>`,
    '<p class="govuk-inset-text">The chart, the table of figures and their sources appear here on the site.</p>',
    '</div>',
  ].join('');
}
