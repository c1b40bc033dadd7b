/**
 * Takes the screenshot of the sample plan's dashboard in docs/ (shown in the README), in
 * Chromium, from the built site: `npm run build && npm run dashboard:screenshot`. Pass a path
 * and a file name to photograph another page while working on it.
 */
import { statSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';
import { startServer } from '../tests/support/server.ts';

const [path = '/action-plans/2026-2028/dashboard/', file = 'docs/dashboard.png', width = '1000', height = '2400', top = '0'] = process.argv.slice(2);
const server = await startServer({ root: 'dist' });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await page.goto(`${server.url}${path}`);
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: Number(top), width: Number(width), height: Number(height) } });
  console.log(`${file}: ${(statSync(file).size / 1024).toFixed(0)} KB`);
} finally {
  await browser.close();
  await server.close();
}
