/**
 * Wraps every Markdown table in a box that scrolls sideways on its own, so a wide table never
 * makes the whole page scroll on a 360 px phone (issue #3). The box is focusable and named, so
 * keyboard users can scroll it too and screen readers announce what it holds.
 */
import type { Element, ElementContent, Root } from 'hast';

/** The text of a node, for the box's name. */
function text(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(text).join('') : '';
}

/** "Table: Code, Commitment, Lead", from the caption or else the header cells. */
function name(table: Element): string {
  const caption = table.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
  if (caption) return text(caption).trim();
  const headers: string[] = [];
  const collect = (node: ElementContent) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'th') headers.push(text(node).trim());
    else node.children.forEach(collect);
  };
  table.children.forEach(collect);
  return `Table: ${headers.filter(Boolean).join(', ')}`.replace(/: $/, '');
}

function wrap(parent: Root | Element): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'table') {
      // A named <section> is a region landmark, the native form of role="region".
      return { type: 'element', tagName: 'section', properties: { className: ['og-scroll'], tabIndex: 0, ariaLabel: name(child) }, children: [child] };
    }
    wrap(child);
    return child;
  }) as typeof parent.children;
}

/** The rehype plugin; run it after the sanitizer, which would strip the box's attributes. */
export default function rehypeTableScroll() {
  return (tree: Root) => wrap(tree);
}
