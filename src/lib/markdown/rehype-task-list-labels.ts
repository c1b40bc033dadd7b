/**
 * Gives GFM task-list checkboxes an accessible name ("Done" or "Not done"). remark-gfm renders
 * `- [x] item` as a bare disabled `<input type="checkbox">`, which screen readers announce as an
 * unlabelled checkbox and axe reports as a critical `label` violation (issue #3).
 */
import type { Element, Root, RootContent } from 'hast';

function label(node: Root | RootContent): void {
  if (node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox' && !node.properties.ariaLabel) {
    node.properties.ariaLabel = node.properties.checked ? 'Done' : 'Not done';
  }
  if ('children' in node) (node.children as Array<Element | RootContent>).forEach(label);
}

/** The rehype plugin; run it after the sanitizer, which would strip `aria-label`. */
export default function rehypeTaskListLabels() {
  return (tree: Root) => label(tree);
}
