/**
 * The editor's additions to Decap CMS, bundled to /admin/cms.js by src/integrations/cms.ts:
 * files written in the repository's own style, previews in the site's look (with the built
 * site's stylesheet), tidy saves, and the build's rules checked before Save, Ready and Publish.
 */
import { formatNames, readFrontMatter, readYaml, writeFrontMatter, writeYaml } from '../src/lib/cms/formats.ts';
import { Commitment, Dataset, Meeting, type PreviewProps } from './previews.ts';
import { guardRules, type DecapRules } from './rules.ts';
import { tidy } from './tidy.ts';

/** The built site's stylesheets (hashed names, found at build time). */
declare const PREVIEW_STYLES: string[];

interface Decap extends DecapRules {
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile: (text: string) => object; toFile: (data: Record<string, unknown>, sortedKeys?: string[]) => string }): void;
}

const { CMS } = window as unknown as { CMS: Decap };

CMS.registerCustomFormat(formatNames.markdown, 'md', { fromFile: readFrontMatter, toFile: writeFrontMatter });
CMS.registerCustomFormat(formatNames.yaml, 'yaml', { fromFile: readYaml, toFile: writeYaml });
for (const url of PREVIEW_STYLES) CMS.registerPreviewStyle(url);
CMS.registerPreviewTemplate('commitments', Commitment);
CMS.registerPreviewTemplate('meetings', Meeting);
CMS.registerPreviewTemplate('datasets', Dataset);
CMS.registerEventListener({ name: 'preSave', handler: ({ entry }) => tidy(entry.get('data')) });
guardRules(CMS);
