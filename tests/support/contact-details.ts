import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rehype } from 'rehype';
import type { Element, Root, RootContent } from 'hast';
import { htmlFiles } from './site-checks.ts';

/** UK phone numbers as pages print them: "01305 221122", "0300 123 4567", "+44 1305 221122". */
const phonePattern = /(?<![\d])(?:\+44\s?(?:\(0\)\s?)?|0)\d{2,4}[\s-]?\d{3,4}(?:[\s-]?\d{3,4})?(?![\d])/g;
const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** Reserved for examples (RFC 2606), so a form hint like name@example.com is not a contact detail. */
const reservedDomain = /(^|\.)(example\.(com|org|net)|example|invalid|test|localhost)$/i;

/** A phone number reduced to its digits, with +44 written as 0, so "01305 221122" and "+44 1305 221122" match. */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\(0\)/, '').replace(/\D/g, '');
  return digits.startsWith('44') && phone.trim().startsWith('+') ? `0${digits.slice(2)}` : digits;
}

/** Phone numbers and email addresses in some text (a page's words, or a tel: or mailto: address). */
export function contactDetailsIn(text: string): { phones: string[]; emails: string[] } {
  return {
    phones: [...text.matchAll(phonePattern)].map((match) => match[0]),
    emails: [...text.matchAll(emailPattern)]
      .map((match) => match[0])
      .filter((email) => !reservedDomain.test(email.split('@')[1] ?? '')),
  };
}

/** What a tel: or mailto: link dials or writes to, decoded ("%20" is a space); other addresses as they are. */
function addressPart(href: string): string {
  const address = href.replace(/^(tel|mailto):/, '');
  try {
    return decodeURIComponent(address);
  } catch {
    return address;
  }
}

function pageText(node: Root | RootContent, out: string[]): void {
  if (node.type === 'text') out.push(node.value);
  if (node.type === 'element') {
    const element = node as Element;
    for (const name of ['href', 'content', 'value', 'placeholder']) {
      const value = element.properties[name];
      if (typeof value === 'string') out.push(` ${name === 'href' ? addressPart(value) : value} `);
    }
    if (element.tagName === 'script' || element.tagName === 'style') return;
  }
  if ('children' in node) for (const child of node.children) pageText(child, out);
  out.push(' ');
}

/** Every phone number and email address on the built pages that is not one of the allowed ones. */
export async function unknownContactDetails(
  root: string,
  allowed: { phones: readonly string[]; emails: readonly string[] },
): Promise<string[]> {
  const phones = new Set(allowed.phones.map(phoneDigits));
  const emails = new Set(allowed.emails.map((email) => email.toLowerCase()));
  const problems = new Set<string>();
  for (const name of await htmlFiles(root)) {
    const out: string[] = [];
    pageText(rehype().parse(await readFile(path.join(root, name), 'utf8')), out);
    const found = contactDetailsIn(out.join(''));
    for (const phone of found.phones) {
      if (!phones.has(phoneDigits(phone)))
        problems.add(`${name}: phone number "${phone}" is not in content/contacts.yaml`);
    }
    for (const email of found.emails) {
      if (!emails.has(email.toLowerCase()))
        problems.add(`${name}: email address "${email}" is not in content/contacts.yaml`);
    }
  }
  return [...problems];
}
