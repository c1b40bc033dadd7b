/** Loaded with `node --import` where GNU time is missing: writes the process's peak memory (KB) to PEAK_MEMORY_FILE at exit. */
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.PEAK_MEMORY_FILE) writeFileSync(process.env.PEAK_MEMORY_FILE, String(process.resourceUsage().maxRSS));
});
