/**
 * `[en:Forgot password]`: a phrase in another language than the text around it, so that
 * screen readers pronounce it in its language (WCAG 3.1.2). The one pattern the content
 * checks (src/schemas/inline-text.ts) and the renderers (src/lib/lang-marks.ts) share; no
 * imports, so the browser islands can use it.
 */
export const LANG_MARK = /\[([a-z]{2}):([^[\]]+)\]/g;
