import { mdxCollectionName } from '../../../lib/cms/config.ts';
import { formatUkDate, parseIsoDay } from '../../../lib/dates.ts';
import { statusDisplay } from '../../../lib/progress.ts';
import type { AreaStatus } from '../../../schemas/statement.ts';
import type { CreateElement, DecapCms, PreviewProps } from './decap.d.ts';

interface SourceData {
  name?: string;
  url?: string;
  date?: string;
}
interface AreaReportData {
  area?: string;
  status?: AreaStatus | '';
  note?: string;
}

/** "2019-02-13" → "13 February 2019"; anything else as typed, so a half-typed date still shows. */
function ukDate(value: unknown): string {
  const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : '';
  const date = parseIsoDay(text);
  return date ? formatUkDate(date) : text;
}

/**
 * Decap draws the preview in an iframe with no title and no language; screen readers need both
 * (axe: frame-title, html-has-lang), so the template gives them from inside the frame.
 */
function nameThePreview(element: HTMLElement | null): void {
  if (!element) return;
  const frameDocument = element.ownerDocument;
  frameDocument.documentElement.lang = 'en-GB';
  frameDocument.title = 'Preview';
  frameDocument.defaultView?.frameElement?.setAttribute('title', 'Preview of this page as families will see it');
}

/** Builds preview templates that use the site's GOV.UK markup and classes, with the site's stylesheet. */
export function registerPreviews(cms: DecapCms, h: CreateElement, areaTitles: Map<string, string>): void {
  const data = (props: PreviewProps) => (props.entry.get('data') as { toJS(): Record<string, unknown> }).toJS();

  const sources = (list: unknown) => {
    const items = (Array.isArray(list) ? list : []) as SourceData[];
    if (items.length === 0) return null;
    return h(
      'section',
      { className: 'app-sources', 'aria-labelledby': 'preview-sources' },
      h('h2', { className: 'govuk-heading-m', id: 'preview-sources' }, 'Sources'),
      h(
        'ul',
        { className: 'govuk-list govuk-list--bullet' },
        ...items.map((source, index) =>
          h(
            'li',
            { key: index },
            source.url ? h('a', { className: 'govuk-link', href: source.url }, source.name) : source.name,
            source.date ? `, published ${ukDate(source.date)}` : null,
          ),
        ),
      ),
    );
  };

  /** The page's frame: a landmark, a caption, the heading, the lead paragraph and its dates. */
  const article = (props: PreviewProps, caption: string, ...middle: unknown[]) => {
    const fields = data(props);
    return h(
      'main',
      { className: 'govuk-main-wrapper app-preview', ref: nameThePreview },
      h(
        'div',
        { className: 'govuk-width-container' },
        caption ? h('span', { className: 'govuk-caption-l' }, caption) : null,
        h('h1', { className: 'govuk-heading-xl' }, String(fields.title ?? '') || 'Untitled'),
        fields.description ? h('p', { className: 'govuk-body-l' }, String(fields.description)) : null,
        h(
          'p',
          { className: 'govuk-body-s' },
          `Published ${ukDate(fields.published)}`,
          fields.updated ? `. Last updated ${ukDate(fields.updated)}` : null,
        ),
        ...middle,
        h('div', { className: 'app-prose' }, props.widgetFor('body')),
        sources(fields.sources),
      ),
    );
  };

  const progress = (props: PreviewProps) => {
    const fields = data(props);
    const reports = (Array.isArray(fields.areas) ? fields.areas : []) as AreaReportData[];
    return article(
      props,
      'Progress update',
      h(
        'p',
        { className: 'govuk-body' },
        h('strong', null, 'Date of the events in this update:'),
        ` ${String(fields.dateLabel || '') || ukDate(fields.date)}`,
      ),
      h('h2', { className: 'govuk-heading-l' }, 'Priority areas in this update'),
      h(
        'dl',
        { className: 'govuk-summary-list' },
        ...reports.map((report, index) => {
          const status = report.status ? statusDisplay[report.status] : undefined;
          return h(
            'div',
            { className: 'govuk-summary-list__row', key: index },
            h('dt', { className: 'govuk-summary-list__key' }, areaTitles.get(report.area ?? '') ?? report.area ?? ''),
            h(
              'dd',
              { className: 'govuk-summary-list__value' },
              status ? h('strong', { className: `govuk-tag ${status.tagClass}` }, status.label) : 'No status given',
              report.note
                ? h('p', { className: 'govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0' }, report.note)
                : null,
            ),
          );
        }),
      ),
    );
  };
  const report = (props: PreviewProps) => article(props, 'Impact report');
  const page = (props: PreviewProps) => article(props, '');
  // A folder's .md and .mdx files are two editor collections with one page template.
  for (const [collection, template] of [
    ['progress', progress],
    ['impact-reports', report],
    ['pages', page],
  ] as const) {
    cms.registerPreviewTemplate(collection, template);
    cms.registerPreviewTemplate(mdxCollectionName(collection), template);
  }
  cms.registerPreviewTemplate('statement-overview', (props) => article(props, 'Written Statement of Action'));
  cms.registerPreviewTemplate('statement-priority-areas', (props) => article(props, 'Priority area'));
}

/**
 * Gives the preview the site's own stylesheets, read from the home page so they are whatever this
 * build produced (hashed file names in a build, Vite's modules under `npm run edit`).
 */
export async function registerSiteStyles(cms: DecapCms): Promise<void> {
  const html = await (await fetch('/')).text();
  const page = new DOMParser().parseFromString(html, 'text/html');
  for (const link of page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
    cms.registerPreviewStyle(new URL(link.getAttribute('href') ?? '', location.href).toString());
  for (const style of page.querySelectorAll('style')) cms.registerPreviewStyle(style.textContent ?? '', { raw: true });
}
