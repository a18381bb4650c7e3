import { describe, expect, it } from 'vitest';
import { replySnippet } from './reply-snippet.ts';

describe('replySnippet', () => {
  it('greets, says what the step helps with, gives the link on its own line, and closes', () => {
    expect(
      replySnippet(
        { greeting: 'Hello,', linkIntro: 'This page takes you through it:', closing: 'Best regards,\nNexam technical support' },
        'You can reset your password yourself.',
        'https://help.example.org/en/invitation-code/reset-password/',
      ),
    ).toBe(
      'Hello,\n\nYou can reset your password yourself. This page takes you through it:\nhttps://help.example.org/en/invitation-code/reset-password/\n\nBest regards,\nNexam technical support',
    );
  });
  it('keeps the link alone on its line, so mail clients make it clickable', () => {
    const lines = replySnippet(
      { greeting: 'Bonjour,', linkIntro: 'Voici la page :', closing: 'Merci' },
      'Phrase.',
      'https://x.example/fr/a/',
    ).split('\n');
    expect(lines).toContain('https://x.example/fr/a/');
  });
});
