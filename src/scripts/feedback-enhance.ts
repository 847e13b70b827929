/**
 * The parts of the feedback forms' behaviour that change the page: GOV.UK Frontend's own
 * components (src/scripts/govuk-form-components.ts), started when a form is shown, and moving
 * focus. Kept apart from sending (src/scripts/feedback-send.ts), so every page loads only this small part at once.
 */

let components: Promise<typeof import('./govuk-form-components.ts')> | undefined;

/** The first element of some trusted markup, built outside the page. */
export function fromHtml(markup: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.firstElementChild as HTMLElement;
}

/** Moves focus to an element that is not focusable by itself, such as an error summary. */
export function focus(element: HTMLElement): void {
  element.setAttribute('tabindex', '-1');
  element.focus();
}

/**
 * Starts GOV.UK's character count, conditional reveal, error summary and button on the forms
 * inside `root`, fetching their code the first time. Call it once for each new piece of markup.
 */
export function enhance(root: Element | Document): Promise<void> {
  components ??= import('./govuk-form-components.ts');
  return components.then(
    ({ startFormComponents }) => startFormComponents(root),
    () => {
      // Offline, say: the forms still work as plain forms; try again next time.
      components = undefined;
    },
  );
}
