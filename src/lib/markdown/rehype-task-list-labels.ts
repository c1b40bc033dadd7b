/**
 * Gives GFM task-list checkboxes an accessible name ("Done" or "Not done"). remark-gfm renders
 * `- [x] item` as a bare disabled `<input type="checkbox">`, which screen readers announce as an
 * unlabelled checkbox and axe reports as a critical `label` violation (issue #3).
 */
import type { Element, Root, RootContent } from 'hast';

/** The names a checkbox gets, in the text's language (English unless told). */
export interface TaskLabels { done: string; notDone: string }

function label(node: Root | RootContent, labels: TaskLabels): void {
  if (node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox' && !node.properties.ariaLabel) {
    node.properties.ariaLabel = node.properties.checked ? labels.done : labels.notDone;
  }
  if ('children' in node) (node.children as Array<Element | RootContent>).forEach((child) => label(child, labels));
}

/** The rehype plugin; run it after the sanitizer, which would strip `aria-label`. */
export default function rehypeTaskListLabels(labels: TaskLabels = { done: 'Done', notDone: 'Not done' }) {
  return (tree: Root) => label(tree, labels);
}
