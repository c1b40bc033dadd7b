/**
 * Content cannot attack readers (issue #3). The site is built from a copy of content/ in which a
 * commitment's body and its Markdown `problem` field, a milestone title, a meeting's minutes,
 * a dataset's title, a consultation's purpose, title and questions, and a piece of public input
 * (its text, summary, organization and the reason of its response: text from the public, issue
 * #12) carry script-injection payloads; nothing executable may reach the built HTML,
 * while ordinary Markdown (GFM tables, footnotes, task lists, headings with anchors) still renders.
 * A browser then opens those pages with the Content-Security-Policy switched off, so that only the
 * HTML itself is on trial: no dialog may open and no request may leave the machine.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, testBuildDate } from './support/astro.ts';
import { describeInBrowser, isLocal, launchBrowser } from './support/browser.ts';
import { dist, distFiles } from './support/dist.ts';
import { startTags } from './support/html.ts';
import { startServer, type RunningServer } from './support/server.ts';

/** Raw HTML and Markdown a careless or hostile editor might type. Each would call alert() if it ran. */
const payloads = [
  `<script>alert('xss-script')</script>`,
  `<img src="x" onerror="alert('xss-onerror')">`,
  `<a href="javascript:alert('xss-js-link')">javascript link</a>`,
  `[markdown javascript link](javascript:alert('xss-md-link'))`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzJyk8L3NjcmlwdD4=">data link</a>`,
  `[markdown data link](data:text/html,%3Cscript%3Ealert('xss-md-data')%3C/script%3E)`,
  `<a href="&#106;avascript:alert('xss-entity')">entity-encoded link</a>`,
  `<a href="jav&#x09;ascript:alert('xss-tab')">tab-split link</a>`,
  `<a href="vbscript:msgbox('xss-vb')">vbscript link</a>`,
  `<iframe src="https://evil.example/frame"></iframe>`,
  `<iframe srcdoc="<script>alert('xss-srcdoc')</script>"></iframe>`,
  `<svg onload="alert('xss-svg')"><circle r="10"></circle></svg>`,
  `<svg><script>alert('xss-svg-script')</script></svg>`,
  `<p style="background:url(javascript:alert('xss-style'))">styled paragraph</p>`,
  `<div onclick="alert('xss-onclick')" onmouseover="alert('xss-hover')">hover me</div>`,
  `<object data="javascript:alert('xss-object')"></object>`,
  `<embed src="javascript:alert('xss-embed')">`,
  `<form action="javascript:alert('xss-form')"><button formaction="javascript:alert('xss-formaction')">go</button></form>`,
  `<details open ontoggle="alert('xss-toggle')"><summary>toggle</summary>x</details>`,
  `<input autofocus onfocus="alert('xss-focus')">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="alert('xss-mxss')"></style></mglyph></table></mtext></math>`,
  `<base href="https://evil.example/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert('xss-meta')">`,
  `<link rel="stylesheet" href="https://evil.example/steal.css">`,
  `<img src="https://evil.example/track.png" alt="tracker">`,
  `<style>body { background: url("https://evil.example/bg.png") }</style>`,
];

/** Ordinary Markdown that must keep working beside the payloads. */
const ordinaryMarkdown = `
## Plain Markdown still works

| Quarter | Contracts published |
| --- | ---: |
| Q1 | 120 |
| Q2 | 164 |

A claim with a source.[^source]

- [x] Circular drafted
- [ ] Circular signed

[^source]: Ministry of Finance, procurement report, October 2026.
`;

const root = mkdtempSync(join(tmpdir(), 'og-xss-'));
const content = join(root, 'content');
const outDir = join(root, 'dist');
const inlineTitle = `<script>alert('xss-title')</script><img src=x onerror=alert('xss-title-img')>`;
const pages = {
  commitment: '/commitments/open-contracting/',
  meeting: '/meetings/2026-10-22-corozal-ordinary/',
  dataset: '/datasets/public-wifi-hotspots/',
  consultation: '/consultations/2026-mid-term-review/',
  'public input': '/consultations/2025-co-creation/',
};

/** Rewrites a Markdown record's front matter and body (dates stay strings under the JSON schema). */
function editRecord(file: string, edit: (data: Record<string, unknown>, body: string) => string) {
  const [, front, body] = readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/)!;
  const data = yaml.load(front, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>;
  const newBody = edit(data, body);
  writeFileSync(file, `---\n${yaml.dump(data, { schema: yaml.JSON_SCHEMA, lineWidth: -1 })}---\n${newBody}`);
}

let build: ReturnType<typeof runAstro>;
beforeAll(() => {
  cpSync('content', content, { recursive: true });
  const hostile = `\n\n${payloads.join('\n\n')}\n`;
  editRecord(join(content, 'commitments/open-contracting.md'), (data, body) => {
    (data.milestones as Array<{ title: string }>)[0].title = inlineTitle;
    data.problem = `${data.problem}\n${payloads.slice(0, 6).join('\n\n')}`;
    return body + hostile + ordinaryMarkdown;
  });
  editRecord(join(content, 'meetings/2026-10-22-corozal-ordinary.md'), (_data, body) => body + hostile);
  editRecord(join(content, 'datasets/public-wifi-hotspots.md'), (data, body) => {
    data.title = `Hotspots </script><script>alert('xss-json-ld')</script>`;
    return body;
  });
  editRecord(join(content, 'consultations/2026-mid-term-review.md'), (data, body) => {
    data.title = `Mid-term review ${inlineTitle}`;
    (data.questions as string[])[0] = inlineTitle;
    return body + hostile;
  });
  const input = join(content, 'public-input/2025-co-creation-3.yaml');
  const data = yaml.load(readFileSync(input, 'utf8'), { schema: yaml.JSON_SCHEMA }) as Record<string, any>;
  Object.assign(data, { summary: `Wi-Fi data ${inlineTitle}`, text: payloads.join('\n\n'), organization: `<img src=x onerror=alert('xss-organization')>` });
  data.response.reason = `${payloads[0]} ${payloads[1]} ${payloads[14]}`;
  writeFileSync(input, yaml.dump(data, { schema: yaml.JSON_SCHEMA, lineWidth: -1 }));
  build = runAstro(['build', '--outDir', outDir], { CONTENT_DIR: content, BUILD_DATE: testBuildDate, ASTRO_CACHE_DIR: join(root, 'cache'), DIST_DIR: outDir });
}, 240_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

/** Everything executable or foreign in a page's markup, as readable findings. */
function dangers(page: string): string[] {
  const found: string[] = [];
  const bodyStart = page.search(/<body[\s>]/);
  for (const { name, attributes, source } of startTags(page)) {
    const value = (attribute: string) => attributes.find(([key]) => key === attribute)?.[1];
    // The site's own script files (Astro bundles, Pagefind, the CMS) are fine; anything else is not.
    if (name === 'script' && value('type') !== 'application/ld+json' && !/^\/[^/]/.test(value('src') ?? '')) found.push(`script element: ${source}`);
    if (['iframe', 'frame', 'object', 'embed', 'base', 'applet'].includes(name)) found.push(`${name} element: ${source}`);
    if (bodyStart >= 0 && ['style', 'meta', 'link'].includes(name) && page.indexOf(source, bodyStart) >= 0) found.push(`${name} element in the body: ${source}`);
    for (const [attribute, raw] of attributes) {
      if (/^on/.test(attribute)) found.push(`event handler attribute: ${source}`);
      if (['style', 'srcdoc'].includes(attribute)) found.push(`${attribute} attribute: ${source}`);
      // Browsers ignore whitespace and control characters inside a URL scheme: so does this check.
      const url = raw.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href'].includes(attribute) && /^(javascript|vbscript|data):/.test(url)) found.push(`${url.split(':')[0]}: URL in ${attribute}: ${source}`);
      if (['src', 'srcset', 'poster', 'data'].includes(attribute) && /^([a-z]+:)?\/\//.test(url)) found.push(`loads from another origin: ${source}`);
    }
  }
  for (const [, json] of page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
    if (/<\/?script/i.test(json)) found.push('"</script>" inside JSON-LD');
  }
  return found;
}

describe('a site built from content carrying XSS payloads', () => {
  it('builds (the payloads are content, not errors)', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
  });

  it.each(Object.entries(pages))('the %s page contains nothing executable', (type, path) => {
    const page = html(path);
    // The payloads' harmless text is there: they were sanitised, not lost.
    if (type !== 'dataset') expect(page).toContain('hover me');
    expect(dangers(page)).toEqual([]);
  });

  it('no built page anywhere contains anything executable', () => {
    const built = distFiles(outDir).filter((file) => file.endsWith('.html')).map((file) => relative(outDir, join(dist, file)));
    expect(built.length).toBeGreaterThan(50);
    expect(built.flatMap((file) => dangers(readFileSync(join(outDir, file), 'utf8')).map((danger) => `${file}: ${danger}`))).toEqual([]);
  });

  it('shows a milestone title with markup as text', () => {
    expect(html(pages.commitment)).toContain('&lt;script&gt;alert(&#39;xss-title&#39;)&lt;/script&gt;');
  });

  it('shows text from the public as text: the input, its summary and organization, and the reason', () => {
    const page = html(pages['public input']);
    expect(page).toContain('Wi-Fi data &lt;script&gt;alert(&#39;xss-title&#39;)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(&#39;xss-organization&#39;)&gt;');
    expect(page).toContain('&lt;div onclick=&quot;alert(&#39;xss-onclick&#39;)&quot; onmouseover=&quot;alert(&#39;xss-hover&#39;)&quot;&gt;hover me&lt;/div&gt;');
  });

  it('keeps JSON-LD data from closing its script element', () => {
    expect(html(pages.dataset)).toContain('\\u003c/script>\\u003cscript>alert');
  });

  it('still renders GFM tables, footnotes, task lists and headings with anchors', () => {
    const page = html(pages.commitment);
    expect(page).toMatch(/<h2 id="plain-markdown-still-works">Plain Markdown still works<\/h2>/);
    expect(page).toMatch(/<th>Quarter<\/th>\s*<th align="right">Contracts published<\/th>/);
    expect(page).toMatch(/<td>Q2<\/td>\s*<td align="right">164<\/td>/);
    expect(page).toMatch(/<a href="#user-content-fn-source" id="user-content-fnref-source" data-footnote-ref[^>]*>1<\/a>/);
    expect(page).toMatch(/<li id="user-content-fn-source">[\s\S]*?procurement report[\s\S]*?href="#user-content-fnref-source"/);
    expect(page).toMatch(/<input type="checkbox" checked disabled aria-label="Done">\s*Circular drafted/);
    expect(page).toMatch(/<input type="checkbox" disabled aria-label="Not done">\s*Circular signed/);
  });

  it('the check itself finds each kind of danger (so a blind check cannot pass)', () => {
    const samples = [
      '<script>alert(1)</script>',
      '<script src="//evil.example/x.js"></script>',
      '<img src=x onerror="alert(1)">',
      '<a href="jav&#x09;ascript:alert(1)">x</a>',
      '<a href="DATA:text/html,x">x</a>',
      '<iframe src="/x"></iframe>',
      '<p style="color:red">x</p>',
      '<script type="application/ld+json">{"a":"</script><script>"}</script>',
      '<body><link rel="stylesheet" href="/x.css"></body>',
      '<img src="https://tracker.example/p.png" alt="">',
    ];
    for (const sample of samples) expect(dangers(`<html><body>${sample}</body></html>`), sample).not.toEqual([]);
  });
});

describeInBrowser('the payload pages in a browser, with the Content-Security-Policy off', () => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    const config = join(root, 'no-csp.toml');
    writeFileSync(config, ''); // no headers at all: only the HTML is on trial
    [browser, server] = await Promise.all([launchBrowser(), startServer({ root: outDir, config })]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(Object.entries(pages))('the %s page opens no dialog and sends nothing elsewhere', async (_type, path) => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const external: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!isLocal(request.url())) external.push(request.url());
    });
    await page.goto(server.url + path, { waitUntil: 'load' });
    // Give handlers that fire on interaction their chance.
    await page.mouse.move(100, 300);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
