import { z } from 'astro/zod';
import { isoDate, oneOf, shortText, webAddress } from './fields.ts';
import { sourceSchema } from './source.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The council areas a route to help can serve. */
export const contactAreas = ['dorset', 'bcp', 'both'] as const;

/** One route to help (content/contacts.yaml): pages show it with <Contact id="..." />, never by typing it in. */
export const contactSchema = z
  .object({
    id: z
      .string({
        error: (issue) =>
          `Expected an id in lower case with hyphens, but it is ${JSON.stringify(issue.input)}. For example: id: dorset-sendiass`,
      })
      .regex(slugPattern, {
        error: (issue) =>
          `Expected an id in lower case with hyphens, but it is ${JSON.stringify(issue.input)}. For example: id: dorset-sendiass`,
      })
      .describe('A short id, lower case with hyphens, used in pages: <Contact id="dorset-sendiass" />.'),
    name: shortText({ what: 'the name of the service', example: 'name: "Dorset SENDIASS"' }, 100).describe(
      'The name families know it by, for example "Dorset SENDIASS".',
    ),
    description: shortText(
      {
        what: 'one short sentence on what it helps with',
        example: 'description: "Free, impartial advice about SEND for families."',
      },
      250,
    ).describe('What it helps with, in one short plain sentence.'),
    area: oneOf(contactAreas, { what: 'the council area it serves', example: 'area: dorset' })
      .optional()
      .describe(
        'Which council area it serves: dorset, bcp or both. Leave out if it does not depend on where you live.',
      ),
    link: webAddress({
      what: 'a web address starting with https://',
      example: 'link: https://www.dorsetcouncil.gov.uk/',
    })
      .optional()
      .describe('Its web page, exactly as printed in the source.'),
    phone: z
      .string({
        error: (issue) =>
          `Expected a phone number as text, but it is ${JSON.stringify(issue.input)}. For example: phone: "01305 221122"`,
      })
      .regex(/^\+?[0-9][0-9 ]{6,}[0-9]$/, {
        error: (issue) =>
          `Expected a phone number of digits and spaces, but it is ${JSON.stringify(issue.input)}. For example: phone: "01305 221122"`,
      })
      .optional()
      .describe('Its phone number as printed in the source, for example "01305 221122".'),
    email: z
      .email({
        error: (issue) =>
          `Expected an email address, but it is ${JSON.stringify(issue.input)}. For example: email: name@example.org`,
      })
      .optional()
      .describe('Its email address as printed in the source.'),
    hours: shortText({ what: 'its opening hours', example: 'hours: "Monday to Friday, 9am to 5pm"' }, 120)
      .optional()
      .describe('When it is open, in short text, for example "Monday to Friday, 9am to 5pm".'),
    findIt: shortText({ what: 'how to find it', example: 'findIt: "Search GOV.UK for the SEND Tribunal."' }, 250)
      .optional()
      .describe('How to find it when the source gives no address, for example "Search for SEND Tribunal on GOV.UK".'),
    source: sourceSchema.describe('Where these details come from.'),
    checked: isoDate({
      what: 'the date the details were checked, as YYYY-MM-DD',
      example: 'checked: 2026-11-25',
    }).describe('The date someone last checked these details against the source, as YYYY-MM-DD.'),
  })
  .refine((contact) => Boolean(contact.link || contact.phone || contact.email || contact.findIt), {
    message:
      'Expected at least one way to reach this service: add link, phone or email as printed in the source, or findIt saying how to find it, for example: findIt: "Search GOV.UK for the SEND Tribunal."',
    path: ['link'],
  });
