/**
 * A built page's inline stylesheets and its own Content-Security-Policy (issue #15), read the same
 * way by every test. The hash is worked out here with Node's own crypto, not with the build's
 * code (src/lib/security/), so that a test compares the build with something else than itself.
 */
import { createHash } from 'node:crypto';

/** The contents of a page's `<style>` elements. */
export const inlineStyles = (html: string): string[] => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);

/** An inline stylesheet named as a CSP source: `'sha256-…'`. */
export const styleSource = (css: string): string => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

/** A page's own policies, in its `<meta http-equiv>` elements. */
export const ownPolicies = (html: string): string[] => [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)].map((match) => match[1]);
