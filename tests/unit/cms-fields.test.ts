import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decapField, decapFields, labelFromName, UnsupportedSchemaError } from '../../src/lib/cms/decap-fields.ts';
import { reference } from '../../src/lib/cms/reference-shim.ts';
import { isoDate, oneOf, shortText, text } from '../../src/schemas/fields.ts';

const context = { referenceOptions: () => [{ label: 'Right first time', value: 'right-first-time' }] };
const help = { what: 'something', example: 'x: y' };

describe('editor fields from zod schemas', () => {
  it('turns a YYYY-MM-DD date into a date picker that stores YYYY-MM-DD', () => {
    expect(decapField('published', isoDate(help).describe('When it was published.'), context)).toEqual({
      label: 'Published',
      name: 'published',
      widget: 'datetime',
      hint: 'When it was published.',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
    });
  });

  it('marks optional fields and fields with defaults as not required, keeping the default', () => {
    expect(decapField('updated', isoDate(help).optional(), context).required).toBe(false);
    const draft = decapField('draft', z.boolean().default(false), context);
    expect(draft).toMatchObject({ widget: 'boolean', required: false, default: false });
  });

  it('gives long text a text area and short text one line', () => {
    expect(decapField('title', shortText(help, 90), context).widget).toBe('string');
    expect(decapField('summary', shortText(help, 400), context).widget).toBe('text');
    expect(decapField('name', text(help), context).widget).toBe('string');
  });

  it('offers the values of an enum as a drop-down list', () => {
    expect(decapField('status', oneOf(['done', 'delayed'], help), context).options).toEqual([
      { label: 'done', value: 'done' },
      { label: 'delayed', value: 'delayed' },
    ]);
  });

  it('offers the entries a reference may name, labelled by title', () => {
    const area = reference('statement').meta({ references: 'statement', title: 'Priority area' });
    expect(decapField('area', area, context)).toMatchObject({
      label: 'Priority area',
      widget: 'select',
      options: [{ label: 'Right first time', value: 'right-first-time' }],
    });
  });

  it('refuses a reference that does not say which collection it points to', () => {
    expect(() => decapField('area', reference('statement'), context)).toThrow(/\.meta\(\{ references/);
  });

  it('turns lists of objects and lists of text into list fields', () => {
    const [sources, words] = decapFields(
      { sources: z.array(z.object({ name: text(help) })), otherWords: z.array(text(help)) },
      context,
    );
    expect(sources).toMatchObject({ widget: 'list', fields: [{ name: 'name', widget: 'string' }] });
    expect(words).toMatchObject({ widget: 'list', field: { name: 'otherWord', label: 'Other word' } });
  });

  it('keeps a literal as a hidden field with its value', () => {
    expect(decapField('type', z.literal('overview'), context)).toMatchObject({ widget: 'hidden', default: 'overview' });
  });

  it('fails, naming the field, on a zod type it has no editor field for', () => {
    expect(() => decapFields({ lookup: z.map(z.string(), z.string()) }, context)).toThrow(UnsupportedSchemaError);
    expect(() => decapFields({ lookup: z.map(z.string(), z.string()) }, context)).toThrow(/"lookup".*"map"/);
  });

  it('labels fields from their names when the schema gives no title', () => {
    expect(labelFromName('inspectionStart')).toBe('Inspection start');
    expect(labelFromName('dateLabel')).toBe('Date label');
  });
});
