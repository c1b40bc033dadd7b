/**
 * How the editor reads and writes the content files, so that a change made in the CMS changes
 * only the lines it should: auditors read these diffs. Decap's own YAML writer folds long lines
 * at 80 characters and restyles every multi-line text, so an edit of one milestone would rewrite
 * the whole file. These keep the repository's style instead: no folding, dates as plain
 * `YYYY-MM-DD` (read as text, not as dates), double quotes where quoting is needed.
 */
import yaml from 'js-yaml';

type Data = Record<string, unknown>;

const dumpOptions: yaml.DumpOptions = { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"' };

/** The fields Decap lists first (in the order of the form), then any others. */
function ordered(data: Data, sortedKeys: string[] = []): Data {
  const keys = [...sortedKeys.filter((key) => key in data), ...Object.keys(data).filter((key) => !sortedKeys.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

/** A YAML file's data. */
export function readYaml(text: string): Data {
  return (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as Data;
}

/** Data as a YAML file. */
export function writeYaml(data: Data, sortedKeys?: string[]): string {
  return yaml.dump(ordered(data, sortedKeys), dumpOptions);
}

const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/;

/** A Markdown file's front matter, with its text as `body`. */
export function readFrontMatter(text: string): Data {
  const match = frontMatter.exec(text);
  return match ? { ...readYaml(match[1]), body: match[2] } : { body: text };
}

/** Front matter and text as a Markdown file: a blank line after the front matter, a newline at the end. */
export function writeFrontMatter({ body = '', ...data }: Data, sortedKeys?: string[]): string {
  const text = String(body ?? '');
  const spaced = text && !text.startsWith('\n') ? `\n${text}` : text;
  return `---\n${writeYaml(data, sortedKeys)}---\n${spaced}${spaced && !spaced.endsWith('\n') ? '\n' : ''}`;
}

/** The names the configuration gives these formats. */
export const formatNames = { markdown: 'og-frontmatter', yaml: 'og-yaml' } as const;
