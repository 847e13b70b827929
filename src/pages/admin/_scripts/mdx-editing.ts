import {
  contactPreviewHtml,
  measurePreviewHtml,
  missingPreviewHtml,
  type ContactPreview,
  type MeasurePreview,
} from '../../../lib/cms/component-previews.ts';
import { editorComponentSpecs } from '../../../lib/cms/mdx-components.ts';
import type { DecapCms } from './decap.d.ts';

/** The entries MDX components may name, as the admin page lists them (index.astro). */
export interface MdxData {
  contacts: ContactPreview[];
  measures: MeasurePreview[];
}

/**
 * Makes `<Contact>`, `<Contacts>` and `<Measure>` editor components in Decap's Markdown editor: each
 * shows as a form with drop-down lists of the real ids, previews as the site shows it, and is
 * written back exactly as it was read.
 */
export function registerMdxComponents(cms: DecapCms, { contacts, measures }: MdxData): void {
  const contactById = new Map(contacts.map((contact) => [contact.id, contact]));
  const measureById = new Map(measures.map((measure) => [measure.id, measure]));
  const contactHtml = (id: unknown) => {
    const contact = contactById.get(String(id ?? ''));
    return contact ? contactPreviewHtml(contact) : missingPreviewHtml('a contact', String(id ?? ''));
  };
  const previews: Record<string, (data: Record<string, unknown>) => string> = {
    Contact: (data) => contactHtml(data.id),
    Contacts: (data) => (Array.isArray(data.ids) ? data.ids : []).map(contactHtml).join(''),
    Measure: (data) => {
      const measure = measureById.get(String(data.id ?? ''));
      return measure ? measurePreviewHtml(measure) : missingPreviewHtml('official figures', String(data.id ?? ''));
    },
  };
  const choices = {
    contacts: contacts.map((contact) => ({ value: contact.id, label: contact.name })),
    measures: measures.map((measure) => ({ value: measure.id, label: measure.title })),
  };
  for (const spec of editorComponentSpecs(choices)) {
    cms.registerEditorComponent({ ...spec, toPreview: previews[spec.id] ?? (() => '') });
  }
  // Decap writes lists with "*" unless told otherwise; the files use "-", so a save changes only
  // what the editor changed. unified merges these settings into remark-stringify's options.
  cms.registerRemarkPlugin({ settings: { bullet: '-' } });
}
