/**
 * Checks all of `content/` before Astro reads it, and stops the build with one report of every
 * problem, so bad content never becomes a half-built or broken site. In dev it only warns. Once
 * the settings are known to be valid, it gives Astro the site's address from them.
 */
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, formatReport } from '../lib/content/check.ts';
import { readSettings } from '../lib/settings.ts';

/** The integration; `root` is the content folder. */
export default function contentCheck(root: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        const { problems } = checkContent(root);
        if (problems.length > 0 && command === 'build') {
          console.error(`\n${formatReport(problems)}\n`);
          // Exit rather than throw: a thrown error prints a stack trace, which helps nobody here.
          process.exit(1);
        }
        if (problems.length > 0) logger.warn(formatReport(problems));
        // The public address, for feeds and data catalogues; Netlify's deploy URL wins for previews.
        const settingsFile = resolve(join(root, 'settings.yaml'));
        if (!problems.some((problem) => resolve(problem.file) === settingsFile)) updateConfig({ site: process.env.SITE_URL ?? readSettings(root).url });
      },
    },
  };
}
