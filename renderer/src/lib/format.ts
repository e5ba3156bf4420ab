import type { Project } from '../../../shared/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-05" → "May 2023"; anything unexpected is shown as stored. */
export function formatMonth(date: string | null): string | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})/.exec(date);
  if (!m) return date;
  return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

export function formatPeriod(p: Pick<Project, 'startDate' | 'endDate' | 'status'>): string {
  const start = formatMonth(p.startDate);
  const end = formatMonth(p.endDate);
  if (start && end) return start === end ? start : `${start} – ${end}`;
  if (start) return p.status === 'in-progress' ? `${start} – now` : `Since ${start}`;
  if (end) return `Until ${end}`;
  return '';
}
