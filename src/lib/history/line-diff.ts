/**
 * A readable line diff of two texts, shown as hunks with a little context. The diff is jsdiff's
 * (`diff`: Myers' algorithm, whose cost grows with the size of the change rather than of the
 * texts, so one edited line in a long text is found exactly). The hunks are ours: jsdiff's own
 * (`structuredPatch`) are patches, with line numbers and "\ No newline" markers that readers of
 * a history page have no use for, and folding unchanged lines is a dozen lines here.
 */
import { diffArrays } from 'diff';

/** One line of a diff; a `gap` stands for `lines` unchanged lines left out (pages say how many in their language). */
export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string } | { kind: 'gap'; lines: number };

/**
 * Changed lines past which the diff stops looking for what the texts share and shows the old
 * text removed and the new one added: a text rewritten that much reads better that way, and
 * finding every shared line would cost seconds (1,000 lines all different: about 0.4 s).
 */
const maxChangedLines = 1000;

/** The lines that changed from `before` to `after`, with `context` unchanged lines around each change. */
export function diffLines(before: string, after: string, context = 2): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  // jsdiff lists removed lines before the added lines that replace them, as readers expect.
  const changes = diffArrays(a, b, { maxEditLength: maxChangedLines }) ?? [
    { removed: true, added: false, value: a },
    { removed: false, added: true, value: b },
  ];
  const ops = changes.flatMap((change) => {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    return change.value.map((text) => ({ kind, text }) as DiffLine);
  });
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
      if (skipped) out.push({ kind: 'gap', lines: skipped });
      skipped = 0;
      out.push(op);
    } else skipped++;
  });
  if (skipped && out.length) out.push({ kind: 'gap', lines: skipped });
  return out;
}
