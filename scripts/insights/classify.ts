/**
 * What the report counts of a request: a view signal that a person's browser fetched, and
 * nothing else (ADR 008). Pages, prefetches and assets are not signals; a signal fetched by
 * a bot, with another method than GET, or not served (any status but 200 and 304) is not
 * counted. The user agent is read here to tell bots apart, with the `isbot` package's list
 * (kept up to date by its maintainers), and dropped: what leaves this module is the day and
 * the signal.
 */
import { isbot } from 'isbot';
import { parseSignal, type Signal } from '../../src/lib/view-signal.ts';
import type { LogRecord } from './log-formats.ts';

/** Why a line is not counted. */
export type SkipReason = 'unreadable' | 'not-signal' | 'method' | 'status' | 'bot';

/** The statuses of a signal served: 200, or 304 where a cache in between revalidated it. */
const SERVED = new Set([200, 304]);

/** A counted view signal: its day and what it says, nothing of who sent it. */
export interface DatedSignal {
  day: string;
  signal: Signal;
}

/**
 * The signal a log record stands for, or why it is not counted. A request without a user
 * agent is a bot's: every browser sends one.
 */
export function classify(record: LogRecord | undefined): DatedSignal | { skip: SkipReason } {
  if (!record) return { skip: 'unreadable' };
  const signal = parseSignal(record.target);
  if (!signal) return { skip: 'not-signal' };
  if (record.method !== 'GET') return { skip: 'method' };
  if (!SERVED.has(record.status)) return { skip: 'status' };
  const agent = record.userAgent.trim();
  // nginx and Apache write "-" for a request without a user agent.
  if (!agent || agent === '-' || isbot(agent)) return { skip: 'bot' };
  return { day: record.day, signal };
}
