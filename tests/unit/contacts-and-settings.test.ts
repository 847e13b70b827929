import { describe, expect, it } from 'vitest';
import { pickContacts, telHref } from '../../src/lib/contacts.ts';
import { asOfText, byOrder } from '../../src/lib/improvements.ts';
import { settingText } from '../../src/lib/site-settings.ts';

const contacts = [{ id: 'dorset-sendiass' }, { id: 'bcp-sendiass' }];

describe('contacts in a page', () => {
  it('come in the order the page asks for them', () => {
    expect(pickContacts(['bcp-sendiass', 'dorset-sendiass'], contacts, 'content/pages/contact.mdx')).toEqual([
      { id: 'bcp-sendiass' },
      { id: 'dorset-sendiass' },
    ]);
  });

  it('stop the build on an unknown id, naming the file and the ids to use', () => {
    expect(() =>
      pickContacts(['dorset-sendias'], contacts, 'content/pages/contact.mdx'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[UnknownContactError: Unknown contact id "dorset-sendias" in content/pages/contact.mdx. Use one of: bcp-sendiass, dorset-sendiass.]`,
    );
  });

  it('stop the build when the ids are not a list', () => {
    expect(() => pickContacts('dorset-sendiass', contacts, 'content/pages/contact.mdx')).toThrow(
      /Expected a list of contact ids, but got "dorset-sendiass" in content\/pages\/contact.mdx/,
    );
  });

  it('dial the number without its spaces', () => {
    expect(telHref('01305 221122')).toBe('tel:01305221122');
  });
});

describe('site settings on the privacy and accessibility pages', () => {
  const settings = {
    dataController: '',
    lawfulBasis: ' ',
    privacyContact: 'privacy@example.org',
    feedbackRetentionDays: 365,
  };

  it('print "to be confirmed" while a setting is empty', () => {
    expect(settingText('dataController', settings, 'privacy.mdx')).toBe('to be confirmed');
    expect(settingText('lawfulBasis', settings, 'privacy.mdx')).toBe('to be confirmed');
  });

  it('print the value once set, and the retention period in days from the one number the purge uses', () => {
    expect(settingText('privacyContact', settings, 'privacy.mdx')).toBe('privacy@example.org');
    expect(settingText('feedbackRetentionDays', settings, 'privacy.mdx')).toBe('365 days');
  });

  it('stop the build on a setting that does not exist', () => {
    expect(() => settingText('dataProtectionOfficer', settings, 'content/pages/privacy.mdx')).toThrow(
      'Unknown site setting "dataProtectionOfficer" in content/pages/privacy.mdx. Use one of: dataController, lawfulBasis, privacyContact, feedbackRetentionDays.',
    );
  });
});

describe('the 2024 inspection list', () => {
  it('keeps the report order', () => {
    const items = [
      { id: 'b', data: { order: 2 } },
      { id: 'a', data: { order: 1 } },
    ];
    expect(byOrder(items).map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('gives a status the date it was true, in words', () => {
    expect(asOfText({ asOf: new Date('2025-09-01T00:00:00Z') })).toBe('September 2025');
    expect(asOfText({ asOfLabel: 'Summer 2025', asOf: new Date('2025-09-01T00:00:00Z') })).toBe('Summer 2025');
  });
});
