import { describe, expect, it } from 'vitest';
import { editorCollections } from '../../src/lib/cms/collections.ts';
import { decapCollections } from '../../src/lib/cms/config.ts';
import type { DecapField } from '../../src/lib/cms/decap-fields.ts';
import { checkEntry, labelForPath, withoutBlankOptionalFields } from '../../src/lib/cms/validate.ts';
import { progressSchema } from '../../src/schemas/progress.ts';

const context = { referenceOptions: () => [{ label: 'Right first time', value: 'right-first-time' }] };
const progressSpec = editorCollections.find((spec) => spec.collection === 'progress');
const fields = (progressSpec ? decapCollections(progressSpec, context)[0]?.fields : []) as DecapField[];

/** A progress update as Decap's form hands it over: blank optional fields are "" or null. */
const fromForm = {
  title: 'Inspectors come back',
  description: 'What inspectors found.',
  published: '2026-11-20',
  updated: '',
  date: '2026-11-19',
  dateLabel: '',
  draft: false,
  changes: [],
  areas: [{ area: 'right-first-time', status: null, note: '' }],
  sources: [{ name: 'Dorset Council', url: '', date: '' }],
};

describe('checking an entry in the editor before it is saved', () => {
  it('leaves out optional fields the editor left blank, at every depth', () => {
    expect(withoutBlankOptionalFields(fromForm, fields)).toEqual({
      title: 'Inspectors come back',
      description: 'What inspectors found.',
      published: '2026-11-20',
      date: '2026-11-19',
      draft: false,
      areas: [{ area: 'right-first-time' }],
      sources: [{ name: 'Dorset Council' }],
    });
  });

  it('accepts a complete update once blanks are left out', () => {
    expect(checkEntry(progressSchema, withoutBlankOptionalFields(fromForm, fields), fields)).toEqual([]);
  });

  it("gives the schema's own message, named by the form's labels", () => {
    const early = withoutBlankOptionalFields({ ...fromForm, updated: '2026-11-01' }, fields);
    expect(checkEntry(progressSchema, early, fields)).toMatchInlineSnapshot(`
      [
        {
          "label": "Updated",
          "message": "Expected "updated" to be on or after "published". Change "updated" to the date you last changed the page, for example: updated: 2026-11-25",
          "path": [
            "updated",
          ],
        },
      ]
    `);
  });

  it('names fields inside lists by their position, counting from 1', () => {
    expect(labelForPath(['sources', 1, 'url'], fields)).toBe('Sources, item 2, Url');
  });
});

describe('blank fields that are not simply optional', () => {
  const pointFields: DecapField[] = [
    { label: 'Value', name: 'value', widget: 'number', required: false, nullable: true },
    { label: 'Note', name: 'note', widget: 'string', required: false },
  ];
  const inspection: DecapField[] = [
    {
      label: 'Inspection',
      name: 'inspection',
      widget: 'object',
      required: false,
      fields: [
        { label: 'Published', name: 'published', widget: 'datetime' },
        {
          label: 'Source',
          name: 'source',
          widget: 'object',
          fields: [{ label: 'Name', name: 'name', widget: 'string' }],
        },
      ],
    },
  ];

  it('writes a blank figure as null, since the key must be there', () => {
    expect(withoutBlankOptionalFields({ value: '', note: '' }, pointFields)).toEqual({ value: null });
  });

  it('leaves out an optional group the editor did not fill in', () => {
    expect(withoutBlankOptionalFields({ inspection: { published: '', source: { name: '' } } }, inspection)).toEqual({});
  });
});
