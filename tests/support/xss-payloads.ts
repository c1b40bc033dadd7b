/**
 * Script-injection payloads a careless or hostile editor might type, and the three records of
 * the sample content that carry them in the variant site (tests/support/variant-site.ts), read
 * by tests/xss.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { recordFile } from '../../src/lib/content/record-files.ts';

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

/** A milestone title with markup, shown as text. */
const inlineTitle = `<script>alert('xss-title')</script><img src=x onerror=alert('xss-title-img')>`;

/** The pages of the records that carry the payloads. */
export const payloadPages = {
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

/**
 * Writes the payloads into a copy of the sample content: a commitment's body, its Markdown
 * `problem` field and a milestone title; a meeting's minutes; a dataset's title (in JSON-LD); a
 * consultation and a piece of public input.
 * The commitment also carries ordinary Markdown that must still render.
 */
export function addPayloads(content: string): void {
  const hostile = `\n\n${payloads.join('\n\n')}\n`;
  editRecord(recordFile('commitments', 'open-contracting', 'en', content), (data, body) => {
    (data.milestones as Array<{ title: string }>)[0].title = inlineTitle;
    data.problem = `${data.problem}\n${payloads.slice(0, 6).join('\n\n')}`;
    return body + hostile + ordinaryMarkdown;
  });
  editRecord(recordFile('meetings', '2026-10-22-corozal-ordinary', 'en', content), (_data, body) => body + hostile);
  editRecord(recordFile('datasets', 'public-wifi-hotspots', 'en', content), (data, body) => {
    data.title = `Hotspots </script><script>alert('xss-json-ld')</script>`;
    return body;
  });
  // Text from the public (issue #12): a consultation's title, questions and purpose, and a piece
  // of input's summary, text, organization and the reason of its response.
  editRecord(recordFile('consultations', '2026-mid-term-review', 'en', content), (data, body) => {
    data.title = `Mid-term review ${inlineTitle}`;
    (data.questions as string[])[0] = inlineTitle;
    return body + hostile;
  });
  const input = join(content, 'public-input/2025-co-creation-3.yaml');
  const data = yaml.load(readFileSync(input, 'utf8'), { schema: yaml.JSON_SCHEMA }) as { response: { reason: string } } & Record<string, unknown>;
  Object.assign(data, { summary: `Wi-Fi data ${inlineTitle}`, text: payloads.join('\n\n'), organization: `<img src=x onerror=alert('xss-organization')>` });
  data.response.reason = `${payloads[0]} ${payloads[1]} ${payloads[14]}`;
  writeFileSync(input, yaml.dump(data, { schema: yaml.JSON_SCHEMA, lineWidth: -1 }));
}
