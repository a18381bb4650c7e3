/**
 * Help with the e-mail address a person types: a precise message for the mistakes people
 * really make (an accent, a space), and a "did you mean" for a likely typo in a common
 * domain. The typo check never blocks: the address may be right. Pure, no DOM.
 */
import { run as suggestDomain } from '@zootools/email-spell-checker';

/** What is wrong with an address, when it is something more precise than its format. */
type AddressProblem = 'space' | 'accent';

/** A precise problem of an address (trimmed first), or undefined. The format check is the schema's. */
export function addressProblem(value: string): AddressProblem | undefined {
  const address = value.trim();
  if (/\s/.test(address)) return 'space';
  // Letters with accents (é, È, ç...) and any other non-ASCII character: Nexam's addresses are plain ASCII.
  if (/[^\x20-\x7e]/.test(address)) return 'accent';
  return undefined;
}

/** The first character of an address that is not plain ASCII (to show it in the message), if any. */
export function firstAccented(value: string): string | undefined {
  return [...value].find((c) => /[^\x20-\x7e]/.test(c) && !/\s/.test(c));
}

/**
 * Domains people in Quebec use, on top of the library's popular ones: a typo close to one
 * of these gets a suggestion. Institutions' own domains are not listed: a close miss of
 * `gmail.com` is likely a typo, a close miss of an unknown college is not.
 */
const COMMON_DOMAINS = [
  'gmail.com',
  'hotmail.com',
  'hotmail.ca',
  'hotmail.fr',
  'outlook.com',
  'outlook.fr',
  'live.com',
  'live.ca',
  'msn.com',
  'yahoo.com',
  'yahoo.ca',
  'yahoo.fr',
  'icloud.com',
  'me.com',
  'videotron.ca',
  'bell.net',
  'sympatico.ca',
  'cgocable.ca',
  'globetrotter.net',
  'protonmail.com',
  'proton.me',
  'aol.com',
] as const;

const SECOND_LEVEL = ['gmail', 'hotmail', 'outlook', 'live', 'yahoo', 'icloud', 'videotron', 'sympatico', 'protonmail'];
const TOP_LEVEL = ['com', 'ca', 'fr', 'net', 'org', 'me', 'qc.ca', 'gouv.qc.ca', 'edu', 'io'];

/** A likely correction of a typo in a common domain (`marie@gmial.com` -> `marie@gmail.com`), or undefined. */
export function suggestAddress(value: string): string | undefined {
  const address = value.trim();
  // An address with a precise problem gets that message first, not a suggestion.
  if (addressProblem(address) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) return undefined;
  const at = address.lastIndexOf('@');
  const domain = address.slice(at + 1).toLowerCase();
  if ((COMMON_DOMAINS as readonly string[]).includes(domain)) return undefined;
  const suggestion = suggestDomain({
    email: address,
    domains: [...COMMON_DOMAINS],
    secondLevelDomains: SECOND_LEVEL,
    topLevelDomains: TOP_LEVEL,
  });
  // The person's own part of the address is kept exactly as typed: only the domain is suggested.
  return suggestion && suggestion.domain.toLowerCase() !== domain ? `${address.slice(0, at)}@${suggestion.domain}` : undefined;
}
