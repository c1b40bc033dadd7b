/**
 * Run before `npm run build` where the host clones without the full history (see netlify.toml):
 * fetches what the history pages need. Never fails the build; without history the pages say so.
 */
import { deepenHistory } from '../src/lib/history/git.ts';
import { contentDir } from '../src/lib/paths.ts';

for (const line of deepenHistory(contentDir)) console.log(`Git history: ${line}`);
