/** `npm run check`: reports every problem in `content/` at once, and exits 1 if there is any. */
import { checkContent, formatReport } from '../src/lib/content/check.ts';
import { contentDir } from '../src/lib/paths.ts';

const { problems, records } = checkContent(contentDir);
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`Content is valid: ${records.length} records in ${contentDir}/.`);
