/**
 * The parts of the feedback forms' behaviour that change the page as it loads: GOV.UK's
 * character count and conditional reveal, and moving focus. Kept apart from sending
 * (src/scripts/feedback-send.ts), so every page loads only this small part at once.
 */

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

/** GOV.UK's character count: a live count under the box, announced to screen readers after a pause in typing. */
function enhanceCharacterCount(group: HTMLElement): void {
  const textarea = group.querySelector('textarea');
  const hint = group.querySelector<HTMLElement>('.govuk-character-count__message');
  const maxLength = Number(group.dataset.maxlength);
  if (!textarea || !hint || !maxLength) return;
  hint.classList.add('govuk-visually-hidden');
  const visible = fromHtml('<div class="govuk-hint govuk-character-count__message" aria-hidden="true"></div>');
  const spoken = fromHtml(
    '<div class="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite"></div>',
  );
  hint.after(visible, spoken);
  let timer: number | undefined;
  const update = (announce: boolean) => {
    const remaining = maxLength - textarea.value.length;
    const count = Math.abs(remaining).toLocaleString('en-GB');
    const text =
      remaining < 0
        ? `You have ${count} character${remaining === -1 ? '' : 's'} too many`
        : `You have ${count} character${remaining === 1 ? '' : 's'} remaining`;
    visible.textContent = text;
    visible.classList.toggle('govuk-hint', remaining >= 0);
    visible.classList.toggle('govuk-error-message', remaining < 0);
    textarea.classList.toggle(
      'govuk-textarea--error',
      remaining < 0 || group.classList.contains('govuk-form-group--error'),
    );
    window.clearTimeout(timer);
    if (announce) timer = window.setTimeout(() => (spoken.textContent = text), 1000);
  };
  textarea.addEventListener('input', () => update(true));
  update(false);
}

/** GOV.UK's conditional reveal: the email field shows only while "Yes" is chosen. */
function enhanceConditionalRadios(group: HTMLElement): void {
  const inputs = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const sync = () => {
    for (const input of inputs) {
      const id = input.dataset.ariaControls;
      const panel = id ? document.getElementById(id) : null;
      if (!id || !panel) continue;
      input.setAttribute('aria-controls', id);
      panel.hidden = !input.checked;
    }
  };
  group.addEventListener('change', sync);
  sync();
}

/** Adds the character count and conditional reveal to the forms inside `root`. */
export function enhance(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-app-character-count]').forEach(enhanceCharacterCount);
  root.querySelectorAll<HTMLElement>('[data-app-radios]').forEach(enhanceConditionalRadios);
}
