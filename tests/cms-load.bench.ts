/**
 * A benchmark run by `npm run bench`: how long the editor at /admin/ takes to show its sign-in
 * on the quality gates' slow network (400 kbit/s down and up, 400 ms round trip, cold cache), and
 * how many bytes it transfers (compressed, headers included), with the built configuration
 * (GitHub backend) as editors meet it in production. One cold load: the network, not the
 * machine, decides the figure. Printed as a table; see the README, "Administering the editor".
 * (That the editor loads nothing from elsewhere is checked by `npm test`, in tests/cms.e2e.ts.)
 */
import { expect, it } from 'vitest';
import { describeInBrowser, isLocal, launchBrowser, slowNetwork } from './support/browser.ts';
import { dist } from './support/dist.ts';
import { startServer } from './support/server.ts';

describeInBrowser('the CMS at /admin/ on a slow network (400 kbit/s, 400 ms round trip, cold cache)', () => {
  it('prints how long the sign-in takes to appear and how many bytes it costs', async () => {
    const [browser, server] = await Promise.all([launchBrowser(), startServer({ root: dist })]);
    try {
      // Compress the 5 MB bundle before the clock starts, as a CDN has it ready.
      await fetch(`${server.url}/admin/decap-cms.js`, { headers: { 'Accept-Encoding': 'br' } });
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', slowNetwork);
      const transfers = new Map<string, number>();
      const urls = new Map<string, string>();
      cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
      cdp.on('Network.loadingFinished', (event) => transfers.set(event.requestId, event.encodedDataLength));

      await page.goto(`${server.url}/admin/`, { waitUntil: 'load', timeout: 300_000 });
      await page.getByRole('button', { name: /login with github/i }).waitFor({ timeout: 300_000 });
      const timing = await page.evaluate(() => ({ load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart, ready: performance.now() }));
      await context.close();

      const bytes = [...transfers.values()].reduce((sum, size) => sum + size, 0);
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      console.log(
        [
          'The CMS on a slow network: 400 kbit/s down and up, 400 ms round trip, cold cache',
          row(['Page', 'Load event', 'Sign-in shown', 'Transferred', 'Requests']),
          row(['---', '---:', '---:', '---:', '---:']),
          row(['/admin/', `${(timing.load / 1000).toFixed(1)} s`, `${(timing.ready / 1000).toFixed(1)} s`, `${(bytes / 1024 / 1024).toFixed(2)} MB`, String(transfers.size)]),
        ].join('\n'),
      );
      // Everything came from this site: no CDN, no third party before sign-in.
      expect([...urls.values()].filter((url) => !isLocal(url))).toEqual([]);
      expect(bytes).toBeGreaterThan(1_000_000);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 600_000);
});
