/** `npm run check`: reports every problem in `content/` at once (with who last changed each file), and exits 1 if there is any. */
import { checkContent, formatReport } from '../src/lib/content/check.ts';
import { fileOf } from '../src/lib/content/problems.ts';
import { lastCommits } from '../src/lib/history/git.ts';
import { contentDir } from '../src/lib/paths.ts';

const { problems, records } = checkContent(contentDir);
if (problems.length > 0) {
  console.error(formatReport(problems, lastCommits(contentDir, problems.map(fileOf))));
  process.exit(1);
}
console.log(`Content is valid: ${records.length} records in ${contentDir}/.`);
