/**
 * The reply a support agent pastes into a ticket: greeting, one sentence on what the step
 * helps with, the link, a closing. Words come from the flow version (plain text already);
 * the link is filled in where the page knows its real origin. Pure.
 */

/** The parts of a reply that are the same for every step of a version, in one language. */
interface ReplyWords {
  greeting: string;
  /** The line before the link ("This page of our help guide takes you through it:"). */
  linkIntro: string;
  closing: string;
}

/** The reply for one step: `sentence` says what the step helps with, `url` is its latest link. */
export function replySnippet(words: ReplyWords, sentence: string, url: string): string {
  return [words.greeting, '', `${sentence} ${words.linkIntro}`, url, '', words.closing].join('\n');
}
