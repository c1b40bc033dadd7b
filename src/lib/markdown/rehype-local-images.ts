/**
 * Keeps only images from this site (`/files/…`, relative paths): an image from another origin
 * becomes its alt text. The CSP would block it anyway (img-src 'self'), and loading it would tell
 * a third party who reads which page (issue #3).
 */
import type { Element, ElementContent, Root } from 'hast';

/** True for `https://…`, `//host/…` and any other URL with a scheme. */
const foreign = (src: unknown) => typeof src === 'string' && /^([a-z][a-z\d+.-]*:|\/\/)/i.test(src.trim());

function keepLocal(parent: Root | Element): void {
  parent.children = parent.children.map((child): ElementContent => {
    if (child.type !== 'element') return child as ElementContent;
    if (child.tagName === 'img' && foreign(child.properties.src)) return { type: 'text', value: String(child.properties.alt ?? '') };
    keepLocal(child);
    return child;
  }) as typeof parent.children;
}

/** The rehype plugin; it runs after the sanitizer. */
export default function rehypeLocalImages() {
  return (tree: Root) => keepLocal(tree);
}
