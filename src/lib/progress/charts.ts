/**
 * The geometry of the dashboard's static SVG charts, worked out at build time: stacked bars of
 * milestones by stage, and the plan's timeline (a Gantt chart of commitments and milestones with
 * a line for the build date). Components turn these numbers into markup; the tables beside the
 * charts say the same in words. Whole pixels keep the markup small (each chart ≤ 15 KB).
 */
import type { Stage } from './status.ts';
import { daysBetween } from '../dates.ts';
import type { Words } from '../i18n/words.ts';

/** One bar of a stacked bar chart: its label and its counts in stack order. */
export interface BarInput {
  label: string;
  parts: { stage: Stage; count: number }[];
}

/** A drawn segment. */
export interface Segment {
  stage: Stage;
  x: number;
  width: number;
}

/** A drawn bar, its label above it. */
export interface Bar {
  label: string;
  labelY: number;
  barY: number;
  segments: Segment[];
}

/** A stacked bar chart's drawing. */
export interface BarChart {
  width: number;
  height: number;
  barHeight: number;
  bars: Bar[];
}

/** Cuts a label to `max` characters with an ellipsis, at a word when one is near. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Bars scaled to the largest total, so longer bars mean more milestones; each label sits above its bar. */
export function barChart(rows: BarInput[], { width = 400, barHeight = 14, labelChars = 62 } = {}): BarChart {
  const max = Math.max(1, ...rows.map((row) => row.parts.reduce((sum, part) => sum + part.count, 0)));
  const rowHeight = barHeight + 26;
  const bars = rows.map((row, index) => {
    const top = index * rowHeight;
    let x = 0;
    let used = 0;
    const segments = row.parts.flatMap((part) => {
      if (!part.count) return [];
      // Round the running end, not each width, so segments meet without gaps and the bar's length is exact.
      used += part.count;
      const end = Math.round((used / max) * width);
      const segment = { stage: part.stage, x, width: end - x };
      x = end;
      return [segment];
    });
    return { label: clip(row.label, labelChars), labelY: top + 14, barY: top + 20, segments };
  });
  return { width, height: rows.length * rowHeight, barHeight, bars };
}

/** One row of the timeline: a commitment or one of its milestones. */
export interface TimelineInput {
  kind: 'commitment' | 'milestone';
  label: string;
  start: string;
  end: string;
  /** The bar's style: a milestone's stage, or `commitment`. */
  tone: Stage | 'commitment';
  /** When it was completed: a mark on the bar. */
  completed?: string;
}

/** A drawn row of the timeline. */
export interface TimelineRow {
  kind: 'commitment' | 'milestone';
  tone: Stage | 'commitment';
  label: string;
  labelY: number;
  barY: number;
  barHeight: number;
  x: number;
  width: number;
  /** The x of the completion mark. */
  mark?: number;
}

/** A drawn timeline. */
export interface Timeline {
  width: number;
  height: number;
  /** The top of the rows, below the axis. */
  top: number;
  ticks: { x: number; label: string }[];
  rows: TimelineRow[];
  /** The build date's line, when it falls within the plan. */
  today?: { x: number; label: string };
}

/** An axis label: `Jan 2026` (short month names from the dictionary, the same width in every browser). */
const monthLabel = (t: Words, month: number, year: string) => `${t.words.progress.shortMonths[month]} ${year}`;

/**
 * A Gantt chart of a plan from its start to its end: a bar per commitment and per milestone, a
 * mark where a milestone was completed, a tick every six months (every quarter when the plan is
 * short), and the build date's line.
 */
export function timelineChart(
  rows: TimelineInput[],
  { start, end, today, todayLabel, t }: { start: string; end: string; today: string; todayLabel: string; t: Words },
  { width = 760, labelChars = 100, margin = 8 } = {},
): Timeline {
  const span = Math.max(1, daysBetween(start, end));
  const x = (date: string) => Math.round(margin + (Math.min(span, Math.max(0, daysBetween(start, date))) / span) * (width - 2 * margin));
  const top = 40;
  const drawn: TimelineRow[] = [];
  let y = top;
  for (const row of rows) {
    const commitment = row.kind === 'commitment';
    if (commitment && drawn.length) y += 8;
    const barHeight = commitment ? 12 : 8;
    const x1 = x(row.start);
    drawn.push({
      kind: row.kind,
      tone: row.tone,
      label: clip(row.label, labelChars),
      labelY: y + 13,
      barY: y + 18,
      barHeight,
      x: x1,
      width: Math.max(3, x(row.end) - x1),
      ...(row.completed && { mark: x(row.completed) }),
    });
    y += 18 + barHeight + 6;
  }
  const step = monthsApart(start, end) > 18 ? 6 : 3;
  const ticks: Timeline['ticks'] = [];
  const [startYear, startMonth] = start.split('-').map(Number);
  for (let month = Math.ceil((startMonth - 1) / step) * step, year = startYear; ; month += step) {
    const iso = `${year + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
    if (iso > end) break;
    if (iso >= start) ticks.push({ x: x(iso), label: monthLabel(t, month % 12, iso.slice(0, 4)) });
  }
  const inside = today >= start && today <= end;
  return { width, height: y + 4, top, ticks, rows: drawn, ...(inside && { today: { x: x(today), label: todayLabel } }) };
}

function monthsApart(from: string, to: string): number {
  const [a, b] = [from, to].map((date) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)));
  return b - a;
}

/** One month of the progress-over-time chart. */
export interface ColumnInput {
  /** `YYYY-MM`. */
  month: string;
  recorded: boolean;
  milestones: number;
  complete: number;
  overdue: number;
}

/** A drawn month: complete from the bottom, overdue above it, the rest of the milestones as an outline. */
export interface Column {
  x: number;
  /** Each part's top and height; absent when empty or the month is not recorded. */
  complete?: { y: number; height: number };
  overdue?: { y: number; height: number };
  total?: { y: number; height: number };
}

/** A column chart of milestones month by month, with a scale and a label every six months. */
export interface ColumnChart {
  width: number;
  height: number;
  /** The baseline's y. */
  base: number;
  columnWidth: number;
  columns: Column[];
  labels: { x: number; text: string }[];
  /** Scale lines with their values. */
  scale: { y: number; value: number }[];
}

/** Months as columns scaled to the most milestones any month had. */
export function columnChart(points: ColumnInput[], t: Words, { columnWidth = 16, gap = 8, plot = 140, left = 32 } = {}): ColumnChart {
  const max = Math.max(1, ...points.map((p) => p.milestones));
  const top = 10;
  const base = top + plot;
  const h = (n: number) => Math.round((n / max) * plot);
  const columns = points.map((point, index): Column => {
    const x = left + index * (columnWidth + gap);
    if (!point.recorded || !point.milestones) return { x };
    const complete = h(point.complete);
    const overdue = h(point.complete + point.overdue) - complete;
    const total = h(point.milestones);
    return {
      x,
      total: { y: base - total, height: total },
      ...(complete && { complete: { y: base - complete, height: complete } }),
      ...(overdue && { overdue: { y: base - complete - overdue, height: overdue } }),
    };
  });
  const labels = points.flatMap((point, index) => {
    const month = Number(point.month.slice(5, 7));
    return month === 1 || month === 7 || index === 0 ? [{ x: left + index * (columnWidth + gap), text: monthLabel(t, month - 1, point.month.slice(0, 4)) }] : [];
  });
  // Labels closer than a label's width to the one before are dropped (the first month may be June).
  const spaced = labels.filter((label, index) => index === 0 || label.x - labels[index - 1].x >= 64);
  const scale = [0, Math.round(max / 2), max].filter((value, index, all) => all.indexOf(value) === index).map((value) => ({ y: base - h(value), value }));
  return { width: left + points.length * (columnWidth + gap) + 40, height: base + 24, base, columnWidth, columns, labels: spaced, scale };
}
