/**
 * One line of an access log, read into what the report may use: the method, the request
 * target, the status, the day, and the user agent (only to tell bots apart, then dropped).
 * The client's address, user and referrer are never read into it.
 *
 * Two formats, told apart line by line:
 * - the combined format of nginx (`combined`), Apache (`%h %l %u %t "%r" %>s %b
 *   "%{Referer}i" "%{User-agent}i"`) and Caddy (its `transform` encoder's `{combined_log}`),
 *   and the site's own nginx format (deploy/nginx/nexam-help.conf, the same with "-" for the
 *   address): the day is the one the log writes, in the server's time zone.
 * - Cloudflare Logpush, HTTP requests dataset, one JSON object a line (NDJSON): the fields
 *   `ClientRequestMethod`, `ClientRequestURI` (or `ClientRequestPath`, then without a query),
 *   `EdgeResponseStatus`, `ClientRequestUserAgent`, `EdgeStartTimestamp` (RFC 3339, Unix
 *   seconds or nanoseconds): the day is in UTC. Other fields (ClientIP…) are ignored.
 */

/** What the report reads of one request. */
export interface LogRecord {
  method: string;
  /** The request target as sent: path and query (or an absolute URL through a proxy). */
  target: string;
  status: number;
  /** YYYY-MM-DD */
  day: string;
  /** Only to tell bots apart; never kept in what the report writes. */
  userAgent: string;
}

const MONTHS: Record<string, string> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};

/** A quoted field of the combined format: anything but a quote, or an escape (Apache's `\"`, nginx's `\x22`). */
const QUOTED = String.raw`"((?:[^"\\]|\\.)*)"`;
/**
 * address, identity, user, [time], "request", status, bytes, then optionally "referrer" "user agent".
 * The time is `[10/Oct/2026:13:55:36 -0700]`.
 */
const COMBINED = new RegExp(
  String.raw`^\S+ \S+ (?:\S+|${QUOTED}) \[(\d{2})/(\w{3})/(\d{4}):\d{2}:\d{2}:\d{2} [+-]\d{4}\] ${QUOTED} (\d{3}) (?:\d+|-)(?: ${QUOTED} ${QUOTED})?`,
);

/** The escapes of a quoted field undone: `\xHH` (nginx), `\"` and `\\` (Apache). */
function unescape(text: string): string {
  return text.replace(/\\x([0-9a-fA-F]{2})|\\(.)/g, (_, hex: string | undefined, char: string | undefined) =>
    hex ? String.fromCharCode(parseInt(hex, 16)) : char!,
  );
}

/** One line of the combined (or common) format, or undefined when it is not one. */
export function parseCombinedLine(line: string): LogRecord | undefined {
  const match = COMBINED.exec(line);
  if (!match) return undefined;
  const [, , day, month, year, request, status, , agent] = match;
  const monthNumber = MONTHS[month!];
  if (!monthNumber) return undefined;
  // "GET /path HTTP/1.1"; a line a scanner sent ("\x16\x03…" or "-") has no method and target.
  const parts = unescape(request!).split(' ');
  if (parts.length < 2 || parts.length > 3 || !/^[A-Z]+$/.test(parts[0]!)) return undefined;
  return {
    method: parts[0]!,
    target: parts[1]!,
    status: Number(status),
    day: `${year}-${monthNumber}-${day}`,
    userAgent: unescape(agent ?? ''),
  };
}

/** Cloudflare's EdgeStartTimestamp as a UTC day: RFC 3339, or Unix seconds, milliseconds or nanoseconds. */
function utcDay(value: unknown): string | undefined {
  let ms: number;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) ms = Date.parse(value);
  else if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) {
    const n = Number(value);
    ms = n > 1e17 ? n / 1e6 : n > 1e14 ? n / 1e3 : n > 1e11 ? n : n * 1000;
  } else return undefined;
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : undefined;
}

/** One line of a Cloudflare Logpush HTTP requests export (NDJSON), or undefined when it is not one. */
export function parseCloudflareLine(line: string): LogRecord | undefined {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const fields = data as Record<string, unknown>;
  const method = fields.ClientRequestMethod;
  const target = fields.ClientRequestURI ?? fields.ClientRequestPath;
  const status = fields.EdgeResponseStatus;
  const day = utcDay(fields.EdgeStartTimestamp);
  if (typeof method !== 'string' || typeof target !== 'string' || typeof status !== 'number' || !day) return undefined;
  const agent = fields.ClientRequestUserAgent;
  return { method, target, status, day, userAgent: typeof agent === 'string' ? agent : '' };
}

/** A line of either format (a JSON object, or the combined format), or undefined. */
export function parseLogLine(line: string): LogRecord | undefined {
  const trimmed = line.trim();
  return trimmed.startsWith('{') ? parseCloudflareLine(trimmed) : parseCombinedLine(trimmed);
}
