/**
 * GOV.UK Frontend's own snippet from its page template (govuk-frontend/dist/govuk/template.njk),
 * run at the top of <body> so the page is marked before its first paint: GOV.UK's JavaScript
 * starts only on a page with `govuk-frontend-supported`, and its CSS hides what that JavaScript
 * reveals only then, so nothing flashes into view. The Content-Security-Policy in netlify.toml
 * allows it by its SHA-256 hash: change a character and the hash there must change too (a unit test checks).
 */
export const govukFrontendSupportedScript =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";
