/**
 * A readable line diff of two texts: the longest common subsequence of their lines, shown as
 * hunks with a little context. Written here rather than taken from a library because the whole
 * job is forty lines and the site needs only lines, not patches or word-level diffs.
 */
import { count } from '../words.ts';

/** One line of a diff; a `gap` stands for unchanged lines left out. */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed' | 'gap';
  text: string;
}

/** Above this many line pairs (after trimming what both texts share), the diff shows a plain replacement. */
const maxCells = 4_000_000;

/** The lines that changed from `before` to `after`, with `context` unchanged lines around each change. */
export function diffLines(before: string, after: string, context = 2): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: DiffLine[] = [
    ...a.slice(0, start).map((text) => ({ kind: 'same' as const, text })),
    ...middle(a.slice(start, endA), b.slice(start, endB)),
    ...a.slice(endA).map((text) => ({ kind: 'same' as const, text })),
  ];
  return withContext(ops, context);
}

/** How many lines were added and removed. */
export function diffCounts(diff: DiffLine[]): { added: number; removed: number } {
  return {
    added: diff.filter((line) => line.kind === 'added').length,
    removed: diff.filter((line) => line.kind === 'removed').length,
  };
}

function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The classic LCS table, walked forwards: removed lines come before the added lines that replace them. */
function middle(a: string[], b: string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if (n * m > maxCells) {
    return [...a.map((text) => ({ kind: 'removed' as const, text })), ...b.map((text) => ({ kind: 'added' as const, text }))];
  }
  // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = a[i] === b[j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i++] });
      j++;
    } else if (j >= m || (i < n && lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1])) {
      out.push({ kind: 'removed', text: a[i++] });
    } else {
      out.push({ kind: 'added', text: b[j++] });
    }
  }
  return out;
}

/** Keeps `context` unchanged lines around each change and folds the rest into gaps. */
function withContext(ops: DiffLine[], context: number): DiffLine[] {
  const near = ops.map(() => false);
  ops.forEach((op, index) => {
    if (op.kind === 'same') return;
    for (let k = Math.max(0, index - context); k <= Math.min(ops.length - 1, index + context); k++) near[k] = true;
  });
  const out: DiffLine[] = [];
  let skipped = 0;
  ops.forEach((op, index) => {
    if (near[index]) {
      if (skipped) out.push({ kind: 'gap', text: count(skipped, 'unchanged line', 'unchanged lines') });
      skipped = 0;
      out.push(op);
    } else skipped++;
  });
  if (skipped && out.length) out.push({ kind: 'gap', text: count(skipped, 'unchanged line', 'unchanged lines') });
  return out;
}
