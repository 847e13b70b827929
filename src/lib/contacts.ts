/** Raised when a page asks for a contact that content/contacts.yaml does not have: the build stops. */
export class UnknownContactError extends Error {
  constructor(id: string, file: string, known: readonly string[]) {
    super(`Unknown contact id "${id}" in ${file}. Use one of: ${[...known].sort().join(', ')}.`);
    this.name = 'UnknownContactError';
  }
}

/** Raised when <Contact> or <Contacts> is written with the wrong props: the build stops. */
export class ContactPropsError extends Error {
  constructor(message: string, file: string) {
    super(
      `${message} in ${file}. For example: <Contact id="dorset-sendiass" /> or <Contacts ids={["dorset-sendiass", "bcp-sendiass"]} />`,
    );
    this.name = 'ContactPropsError';
  }
}

/** Finds the contacts a page asks for, in the order it asks, or throws naming the file and the ids it could use. */
export function pickContacts<T extends { id: string }>(ids: unknown, contacts: readonly T[], file: string): T[] {
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
    throw new ContactPropsError(`Expected a list of contact ids, but got ${JSON.stringify(ids)}`, file);
  }
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  return ids.map((id: string) => {
    const contact = byId.get(id);
    if (!contact) throw new UnknownContactError(id, file, [...byId.keys()]);
    return contact;
  });
}

/** The number to dial, for a tel: link: "01305 221122" becomes "01305221122". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\s+/g, '')}`;
}
