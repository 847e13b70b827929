import { z } from 'astro/zod';
import { isoDate, oneOf, shortText, webAddress } from './fields.ts';
import { sourceSchema } from './source.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The council areas a route to help can serve. */
export const contactAreas = ['dorset', 'bcp', 'both'] as const;

/** One route to help (content/contacts.yaml): pages show it with <Contact id="..." />, never by typing it in. */
export const contactSchema = z
  .object({
    /** A short id, lower case with hyphens, used in pages: <Contact id="dorset-sendiass" />. */
    id: z
      .string({
        error: (issue) =>
          `Expected an id in lower case with hyphens, but it is ${JSON.stringify(issue.input)}. For example: id: dorset-sendiass`,
      })
      .regex(slugPattern, {
        error: (issue) =>
          `Expected an id in lower case with hyphens, but it is ${JSON.stringify(issue.input)}. For example: id: dorset-sendiass`,
      }),
    /** The name families know it by, for example "Dorset SENDIASS". */
    name: shortText({ what: 'the name of the service', example: 'name: "Dorset SENDIASS"' }, 100),
    /** What it helps with, in one short plain sentence. */
    description: shortText(
      {
        what: 'one short sentence on what it helps with',
        example: 'description: "Free, impartial advice about SEND for families."',
      },
      250,
    ),
    /** Which council area it serves: dorset, bcp or both. Leave out if it does not depend on where you live. */
    area: oneOf(contactAreas, { what: 'the council area it serves', example: 'area: dorset' }).optional(),
    /** Its web page, exactly as printed in the source. */
    link: webAddress({
      what: 'a web address starting with https://',
      example: 'link: https://www.dorsetcouncil.gov.uk/',
    }).optional(),
    /** Its phone number as printed in the source, for example "01305 221122". */
    phone: z
      .string({
        error: (issue) =>
          `Expected a phone number as text, but it is ${JSON.stringify(issue.input)}. For example: phone: "01305 221122"`,
      })
      .regex(/^\+?[0-9][0-9 ]{6,}[0-9]$/, {
        error: (issue) =>
          `Expected a phone number of digits and spaces, but it is ${JSON.stringify(issue.input)}. For example: phone: "01305 221122"`,
      })
      .optional(),
    /** Its email address as printed in the source. */
    email: z
      .email({
        error: (issue) =>
          `Expected an email address, but it is ${JSON.stringify(issue.input)}. For example: email: name@example.org`,
      })
      .optional(),
    /** When it is open, in short text, for example "Monday to Friday, 9am to 5pm". */
    hours: shortText({ what: 'its opening hours', example: 'hours: "Monday to Friday, 9am to 5pm"' }, 120).optional(),
    /** How to find it when the source gives no address, for example "Search for SEND Tribunal on GOV.UK". */
    findIt: shortText(
      { what: 'how to find it', example: 'findIt: "Search GOV.UK for the SEND Tribunal."' },
      250,
    ).optional(),
    /** Where these details come from. */
    source: sourceSchema,
    /** The date someone last checked these details against the source, as YYYY-MM-DD. */
    checked: isoDate({ what: 'the date the details were checked, as YYYY-MM-DD', example: 'checked: 2026-11-25' }),
  })
  .refine((contact) => Boolean(contact.link || contact.phone || contact.email || contact.findIt), {
    message:
      'Expected at least one way to reach this service: add link, phone or email as printed in the source, or findIt saying how to find it, for example: findIt: "Search GOV.UK for the SEND Tribunal."',
    path: ['link'],
  });

export type ContactData = z.infer<typeof contactSchema>;
