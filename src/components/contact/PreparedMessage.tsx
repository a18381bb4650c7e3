/**
 * The prepared e-mail: a link that opens the person's mail app, and for web mail each part
 * (address, subject, message) with its own copy button. Takes focus when it appears, and
 * brings its top to the top of the screen: on a phone the form's button is near the bottom,
 * and focusing the heading alone scrolled it just into view, with the button to open the mail
 * app below the fold (UX review 2026-12-06, m1). Smoothly, unless the person asked for
 * reduced motion.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { BuiltMail } from '../../lib/mailto.ts';
import type { Words } from '../../lib/interpolate.ts';
import type { UiKey } from '../../lib/i18n/keys.ts';
import CopyButton from './CopyButton.tsx';

interface Props {
  mail: BuiltMail & { urgent?: boolean };
  /** The recipient, or undefined when the person chooses it (a message to their coordinator). */
  to: string | undefined;
  w: Words;
  /** What the web-mail line and the missing recipient say (interface word keys). */
  webmailKey?: UiKey;
  chooseRecipientKey?: UiKey;
  /** Shown first: a question about the address, when it looks mistyped. */
  children?: ComponentChildren;
}

export default function PreparedMessage({
  mail,
  to,
  w,
  webmailKey = 'contact.ready.webmail',
  chooseRecipientKey = 'coordinator.ready.chooseRecipient',
  children,
}: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    panel.current?.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  }, [mail]);
  const text = mail.text.replace(/\r\n/g, '\n');
  const copy = { copied: w('contact.copied'), failed: w('contact.copyFailed') };
  return (
    <div class="ready" ref={panel} aria-labelledby="ready-heading">
      <h2 id="ready-heading" ref={heading} tabIndex={-1}>
        {w('contact.ready.heading')}
      </h2>
      {children}
      {mail.urgent && <p class="soon">{w('contact.ready.urgent')}</p>}
      <a class="action" href={mail.href}>
        {w('contact.ready.open')}
      </a>
      {mail.shortened && <p class="notice">{w('contact.ready.shortened')}</p>}
      <p>{w(webmailKey)}</p>
      <dl class="mail-parts">
        <dt>{w('contact.ready.to')}</dt>
        <dd>
          {to ? (
            <>
              <span id="ready-to">{to}</span> <CopyButton text={to} label={w('contact.copyAddress')} {...copy} />
            </>
          ) : (
            <span id="ready-to">{w(chooseRecipientKey)}</span>
          )}
        </dd>
        <dt>{w('contact.ready.subject')}</dt>
        <dd>
          <span id="ready-subject">{mail.subject}</span> <CopyButton text={mail.subject} label={w('contact.copySubject')} {...copy} />
        </dd>
        <dt>
          <label for="ready-message">{w('contact.ready.message')}</label>
        </dt>
        <dd>
          <textarea id="ready-message" readOnly rows={12} value={text} />
          <CopyButton text={text} label={w('contact.copyMessage')} {...copy} />
        </dd>
      </dl>
    </div>
  );
}
