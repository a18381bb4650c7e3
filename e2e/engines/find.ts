/**
 * How the engine tests find what a person sees, run inside the page (as source, so that no
 * build step can change it on its way): the visible element of a role whose accessible name,
 * white space collapsed, is the name given (or, not `exact`, contains it, case ignored, as
 * Playwright's `getByRole` does). The name is read as the accessible name is, for the markup
 * this site uses: `aria-label`, then `aria-labelledby`, then a field's `<label>`, then the
 * element's text, an element that is not inline (the visually hidden words) set apart by spaces
 * and what is `aria-hidden` left out.
 */
export type Role = 'link' | 'button' | 'textbox' | 'searchbox' | 'radio' | 'heading';

const SELECTORS: Record<Role, string> = {
  link: 'a[href]',
  button: 'button, input[type=submit], input[type=button]',
  textbox: 'input:not([type]), input[type=text], input[type=email], input[type=tel], textarea',
  searchbox: 'input[type=search]',
  radio: 'input[type=radio]',
  heading: 'h1, h2, h3, h4',
};

const FIND = `(role, name, exact) => {
  const selectors = ${JSON.stringify(SELECTORS)};
  const collapse = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const inline = (el) => {
    const style = getComputedStyle(el);
    return style.display === 'inline' && style.position !== 'absolute';
  };
  const textOf = (node) =>
    [...node.childNodes]
      .map((c) =>
        c.nodeType === 3 ? c.textContent : c.nodeType !== 1 || c.getAttribute('aria-hidden') === 'true' ? '' : inline(c) ? textOf(c) : ' ' + textOf(c) + ' ',
      )
      .join('');
  const byIds = (ids) => ids.split(/\\s+/).map((id) => (document.getElementById(id) ? textOf(document.getElementById(id)) : '')).join(' ');
  const nameOf = (el) => {
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    if (el.getAttribute('aria-labelledby')) return byIds(el.getAttribute('aria-labelledby'));
    if (el.labels && el.labels.length) return [...el.labels].map(textOf).join(' ');
    return textOf(el);
  };
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const wanted = collapse(name);
  const matches = (found) => (exact ? found === wanted : found.toLowerCase().includes(wanted.toLowerCase()));
  return [...document.querySelectorAll(selectors[role])].find((el) => visible(el) && matches(collapse(nameOf(el)))) || null;
}`;

/** `FIND` called with its arguments, as an expression a driver evaluates. */
export const findCall = (role: Role, name: string, exact = true) => `(${FIND})(${JSON.stringify(role)}, ${JSON.stringify(name)}, ${exact})`;
