// Stylelint for the Sass in src/styles: the standard SCSS rules, with one override.
/** @type {import('stylelint').Config} */
export default {
  extends: ['stylelint-config-standard-scss'],
  rules: {
    // GOV.UK Frontend names classes in BEM (`govuk-block__element--modifier`); ours follow it with `app-`.
    'selector-class-pattern': [
      '^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$',
      { message: 'Name classes in BEM, as GOV.UK Frontend does: app-block__element--modifier' },
    ],
  },
};
