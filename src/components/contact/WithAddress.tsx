/**
 * Interface words that name an e-mail address ("Did you mean {address}?"), the address in
 * a span of its own: kept whole on a line where it fits, broken anywhere only where it does
 * not, never at its own hyphens (src/styles/contact.css, `.address`; UX review 2026-12-06, m11).
 * What is written right after it ("?") stays with it, never alone on a line.
 */
import type { Words } from '../../lib/interpolate.ts';
import { aroundPlaceholder } from '../../lib/interpolate.ts';
import type { UiKey } from '../../lib/i18n/keys.ts';

interface Props {
  w: Words;
  /** The words, with an `{address}` placeholder. */
  wordKey: UiKey;
  address: string;
}

export default function WithAddress({ w, wordKey, address }: Props) {
  const around = aroundPlaceholder(w(wordKey), 'address');
  if (!around) return <>{w(wordKey, { address })}</>;
  const [, glued, rest] = /^(\S*)([\s\S]*)$/.exec(around[1])!;
  return (
    <>
      {around[0]}
      <span class="address">
        {address}
        {glued}
      </span>
      {rest}
    </>
  );
}
