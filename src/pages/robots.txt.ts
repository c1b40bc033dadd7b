/** robots.txt: every crawler may read the site but the editors' interface, and is pointed to the sitemap. */
import type { APIRoute } from 'astro';
import { sitemapUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', 'Disallow: /admin/', '', `Sitemap: ${new URL(sitemapUrl, site).href}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
