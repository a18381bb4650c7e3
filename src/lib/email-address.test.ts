import { describe, expect, it } from 'vitest';
import { addressProblem, firstAccented, suggestAddress } from './email-address.ts';

describe('addressProblem', () => {
  it('names an accent, wherever it is', () => {
    expect(addressProblem('Marie-Ève.Tremblay@gmail.com')).toBe('accent');
    expect(addressProblem('marie@cégep.qc.ca')).toBe('accent');
    expect(firstAccented('Marie-Ève.Tremblay@gmail.com')).toBe('È');
  });
  it('names a space inside the address, not around it', () => {
    expect(addressProblem('marie tremblay@gmail.com')).toBe('space');
    expect(addressProblem('marie@gmail.com\u00a0x')).toBe('space');
    expect(addressProblem('  marie@gmail.com  ')).toBeUndefined();
  });
  it('leaves plain addresses, even malformed ones, to the format check', () => {
    expect(addressProblem('marie@')).toBeUndefined();
    expect(addressProblem('marie.tremblay+exam@exemple.qc.ca')).toBeUndefined();
  });
});

describe('suggestAddress', () => {
  it('suggests the common domain for a likely typo', () => {
    expect(suggestAddress('marie-eve.tremblay@gmial.com')).toBe('marie-eve.tremblay@gmail.com');
    expect(suggestAddress('a@hotmial.com')).toBe('a@hotmail.com');
    expect(suggestAddress('a@outlok.com')).toBe('a@outlook.com');
    expect(suggestAddress('a@yahooo.ca')).toBe('a@yahoo.ca');
    expect(suggestAddress('a@iclod.com')).toBe('a@icloud.com');
    expect(suggestAddress('a@videotrn.ca')).toBe('a@videotron.ca');
    expect(suggestAddress('a@gmail.con')).toBe('a@gmail.com');
  });
  it('says nothing for a common domain spelled right, or for an institution it does not know', () => {
    for (const address of [
      'a@gmail.com',
      'a@hotmail.ca',
      'a@videotron.ca',
      'a@live.ca',
      'a@umontreal.ca',
      'a@ulaval.ca',
      'a@exemple.qc.ca',
      'a@GMAIL.COM',
    ]) {
      expect(suggestAddress(address), address).toBeUndefined();
    }
  });
  it('keeps the part before @ exactly as typed', () => {
    expect(suggestAddress('Marie-Eve.Tremblay+exam@gmial.com')).toBe('Marie-Eve.Tremblay+exam@gmail.com');
  });
  it('leaves an address with an accent or a space to its own message', () => {
    expect(suggestAddress('Marie-Ève@gmial.com')).toBeUndefined();
    expect(suggestAddress('marie eve@gmial.com')).toBeUndefined();
  });
  it('says nothing about something that is not an address yet', () => {
    expect(suggestAddress('marie@gmial')).toBeUndefined();
    expect(suggestAddress('marie')).toBeUndefined();
    expect(suggestAddress('')).toBeUndefined();
  });
});

describe('suggestAddress, with the domain parts people in Quebec use', () => {
  it.each([
    // A slip in the provider's name, whatever comes after it.
    ['mgail.ca', 'gmail.ca'],
    ['hotmial.ca', 'hotmail.ca'],
    ['outloom.com', 'outlook.com'],
    ['liva.ca', 'live.ca'],
    ['yahor.fr', 'yahoo.fr'],
    ['icluod.com', 'icloud.com'],
    ['ivdeotron.com', 'videotron.com'],
    ['ysmpatico.com', 'sympatico.com'],
    ['rpotonmail.ca', 'protonmail.ca'],
    // A slip in what comes after it.
    ['mgail.fr', 'gmail.fr'],
    ['mgail.net', 'gmail.net'],
    ['gmail.or', 'gmail.org'],
    ['gmail.met', 'gmail.me'],
    ['gmail.c.ca', 'gmail.qc.ca'],
    ['gmail.ouv.qc.ca', 'gmail.gouv.qc.ca'],
    ['gmail.du', 'gmail.edu'],
    ['mgail.io', 'gmail.io'],
    // A whole common domain is a closer match than its parts.
    ['gmail.cm', 'gmail.com'],
    ['videotron.qc', 'videotron.ca'],
  ])('a@%s: a@%s', (typed, domain) => {
    expect(suggestAddress(`a@${typed}`)).toBe(`a@${domain}`);
  });
  it('reads the address without the spaces around it', () => {
    expect(suggestAddress('  a@gmial.com ')).toBe('a@gmail.com');
  });
  it('says nothing for an address with two @, whichever part looks like an address', () => {
    expect(suggestAddress('a@b.c@gmial.com')).toBeUndefined();
  });
});
