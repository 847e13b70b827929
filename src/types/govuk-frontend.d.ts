/**
 * The parts of GOV.UK Frontend's JavaScript this site uses: the package ships no type declarations.
 * Signatures from govuk-frontend/dist/govuk/init.mjs (createAll) and each component's .mjs.
 */
declare module 'govuk-frontend' {
  /** A GOV.UK Frontend component class: found on the page by its `data-module` name. */
  interface ComponentClass {
    new (element: Element, config?: unknown): unknown;
    readonly moduleName: string;
  }
  export const Button: ComponentClass;
  export const CharacterCount: ComponentClass;
  export const ErrorSummary: ComponentClass;
  export const Radios: ComponentClass;
  /** Creates the component on every element with its `data-module` inside `scope` (the whole page by default). */
  export function createAll(Component: ComponentClass, config?: unknown, scope?: Element | Document): unknown[];
}
