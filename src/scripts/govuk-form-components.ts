/**
 * GOV.UK Frontend's own JavaScript for the components of the feedback forms: character count,
 * conditional reveal in radios, error summary and button. Each is imported on its own (the
 * package is free of side effects, so the bundle holds only these four) and fetched only when a
 * form is shown, by src/scripts/feedback-enhance.ts.
 */
import { Button, CharacterCount, createAll, ErrorSummary, Radios } from 'govuk-frontend';

/** Starts the four components on the forms inside `scope`, once each (a second start would throw). */
export function startFormComponents(scope: Element | Document): void {
  for (const Component of [CharacterCount, Radios, ErrorSummary, Button]) createAll(Component, undefined, scope);
}
