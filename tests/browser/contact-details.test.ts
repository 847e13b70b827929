import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentDirectory } from '../../src/lib/content-directory.ts';
import { siteConfig } from '../../src/site.config.ts';
import { unknownContactDetails } from '../support/contact-details.ts';
import { distDir } from '../support/site-checks.ts';

const badSite = path.resolve(import.meta.dirname, '../fixtures/bad-contacts');

/** The phone numbers and email addresses content/contacts.yaml lists, plus the privacy contact once it is set. */
async function allowedDetails() {
  const contacts = (parseYaml(await readFile(path.join(contentDirectory(), 'contacts.yaml'), 'utf8')) ?? []) as Array<{
    phone?: string;
    email?: string;
  }>;
  return {
    phones: contacts.flatMap((contact) => (contact.phone ? [contact.phone] : [])),
    emails: [
      ...contacts.flatMap((contact) => (contact.email ? [contact.email] : [])),
      siteConfig.privacyContact,
    ].filter(Boolean),
  };
}

describe('contact details in the built site', () => {
  it('prints no phone number or email address that is not in content/contacts.yaml', async () => {
    expect(await unknownContactDetails(distDir, await allowedDetails())).toEqual([]);
  });
});

describe('the contact details check catches a page with made-up details', () => {
  it('reports numbers and addresses not in the list, and lets reserved example addresses through', async () => {
    expect(await unknownContactDetails(badSite, { phones: ['01305 221122'], emails: [] })).toEqual([
      'index.html: phone number "01234 567890" is not in content/contacts.yaml',
      'index.html: email address "help@madeup-council.gov.uk" is not in content/contacts.yaml',
    ]);
  });
});
