/**
 * Checks all of `content/` before Astro reads it, and stops the build with one report of every
 * problem, so bad content never becomes a half-built or broken site. In dev it only warns.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatReport } from '../lib/content/check.ts';

/** The integration; `root` is the content folder. */
export default function contentCheck(root: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = checkContent(root);
        if (problems.length === 0) return;
        if (command === 'build') {
          console.error(`\n${formatReport(problems)}\n`);
          // Exit rather than throw: a thrown error prints a stack trace, which helps nobody here.
          process.exit(1);
        }
        logger.warn(formatReport(problems));
      },
    },
  };
}
