/**
 * The inline script, in `<head>`, that marks the page as having JavaScript before anything
 * is drawn, so the styles show the form to people with scripts and the template to people
 * without, with no flash of the wrong one. Its CSP hash is allowed in astro.config.mjs.
 */
export const JS_CLASS_SCRIPT = "document.documentElement.classList.add('js')";
