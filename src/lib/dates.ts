/** Dates as readers say them. Content dates are `YYYY-MM-DD` strings; all maths is in UTC. */
import { count } from './words.ts';

/** The day the site is built, `YYYY-MM-DD`; `BUILD_DATE` fixes it for reproducible tests. */
export const today: string = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2027-03-31` → `31 March 2027`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${months[month - 1]} ${year}`;
}

/** `2027-01-21` → `Thursday 21 January 2027`, for notices and posters. */
export function formatDay(iso: string): string {
  const weekday = new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  return `${weekday} ${formatDate(iso)}`;
}

/** `2027-03` part of a date → `March 2027`, for month-by-month charts. */
export function formatMonth(iso: string): string {
  const [year, month] = iso.split('-').map(Number);
  return `${months[month - 1]} ${year}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A duration in the largest unit that reads well: "12 days", "3 months", "1 year". */
export function formatDuration(days: number): string {
  if (days < 45) return count(days, 'day', 'days');
  if (days < 365) return count(Math.round(days / 30.44), 'month', 'months');
  return count(Math.floor(days / 365.25), 'year', 'years');
}

/** `2026-01-01`, `2028-06-30` → `1 January 2026 to 30 June 2028`. */
export function formatPeriod(start: string, end?: string): string {
  return end ? `${formatDate(start)} to ${formatDate(end)}` : `from ${formatDate(start)}`;
}

/** The same day `months` later (`2026-08-31` + 6 → `2027-02-28`: the last day when the month is shorter). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, last))).toISOString().slice(0, 10);
}
