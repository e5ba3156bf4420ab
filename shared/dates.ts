/** Dates as exports and screens word them ("Feb 2023", "Jul 2024 – present"). Pure. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-02" or "2023-02-17" → "Feb 2023"; "2023" stays "2023"; anything else as given. */
export function formatMonth(date: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  if (!m) return date;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${month} ${m[1]}` : m[1];
}

/**
 * A project's period, worded the same in every screen and export: "Feb 2023 – May 2023",
 * "Jul 2024 – present" (in progress, no end yet), "May 2023" (a start only), "Feb 2024" (an end only).
 */
export function projectPeriod(start: string | null, end: string | null, status: string): string {
  if (!start && !end) return '';
  const to = end ? formatMonth(end) : status === 'in-progress' ? 'present' : '';
  if (!start) return to;
  const from = formatMonth(start);
  return to && to !== from ? `${from} – ${to}` : from;
}

/** "Feb 2023 – May 2023", "Jul 2024 – present" (a start without an end is ongoing), "2019". */
export function resumePeriod(start: string | null, end: string | null, ongoingWithoutEnd = true): string {
  if (!start && !end) return '';
  if (!start) return formatMonth(end!);
  const from = formatMonth(start);
  if (!end) return ongoingWithoutEnd ? `${from} – present` : from;
  const to = formatMonth(end);
  return to === from ? from : `${from} – ${to}`;
}

/** The period of any resume entry: its start and end, or its single date. */
export function entryPeriod(entry: object): string {
  const e = entry as Record<string, unknown>;
  const s = (k: string) => (typeof e[k] === 'string' && e[k] ? (e[k] as string) : null);
  if ('startDate' in e || 'endDate' in e) return resumePeriod(s('startDate'), s('endDate'), !('institution' in e));
  const single = s('date') ?? s('releaseDate');
  return single ? formatMonth(single) : '';
}

/** What a list of entries shows under a title: the period, or for undated entries their key detail. */
export function entryDetail(entry: object): string {
  const e = entry as Record<string, unknown>;
  const period = entryPeriod(entry);
  if (period) return period;
  if (Array.isArray(e.keywords) && e.keywords.length) return (e.keywords as string[]).join(', ');
  for (const k of ['fluency', 'level', 'username', 'url', 'awarder', 'issuer']) if (typeof e[k] === 'string' && e[k]) return e[k] as string;
  return '';
}

/** A moment on the user's clock, e.g. "2 Dec 2026, 14:05" (in the user's locale): syncs, backups, ratings. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The time of day only, for moments earlier today ("14:05"). */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
