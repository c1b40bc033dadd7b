/**
 * The graph of relative imports between the project's own files, read with the TypeScript
 * compiler's import scanner, and the rules it must keep: which folders may not import which, and
 * no cycles. `tests/import-rules.test.ts` runs it over the source.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/** One import: `from` imports `to` (both relative to the project root, with `/`). */
export interface ImportEdge {
  from: string;
  to: string;
  /** The import as written, for messages. */
  specifier: string;
}

/** Every project file reached from the starting folders, and the imports between them. */
export interface ImportGraph {
  files: string[];
  edges: ImportEdge[];
  /** Relative imports that name no file: the graph would be missing an edge, so they are reported. */
  unresolved: ImportEdge[];
}

/** A rule: no file under `from` imports a file under any of `forbidden` (folder prefixes). */
export interface ImportRule {
  from: string;
  forbidden: string[];
  /** The rule in words, as a failure states it. */
  says: string;
}

/** An import that breaks a rule. */
export interface Violation extends ImportEdge {
  rule: string;
}

/** The project's rules (src/lib/README.md): the content model and the library import downwards only. */
export const importRules: ImportRule[] = [
  { from: 'src/schemas/', forbidden: ['src/lib/'], says: 'src/schemas (the content model) imports nothing from src/lib' },
  {
    from: 'src/lib/',
    forbidden: ['admin/', 'src/components/', 'src/layouts/', 'src/pages/'],
    says: 'src/lib imports nothing from admin/, src/components, src/layouts or src/pages',
  },
];

const sourceExtensions = ['.ts', '.mts', '.tsx', '.js', '.mjs', '.astro'];
// Tried in this order for an import written without its extension, or as `.js` for a `.ts` file.
const resolveSuffixes = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '.astro', '/index.ts', '/index.js'];

/** The code of a file as the TypeScript scanner should see it: for `.astro`, its frontmatter and `<script>` elements. */
export function scriptOf(path: string, text: string): string {
  if (extname(path) !== '.astro') return text;
  const parts: string[] = [];
  // Astro's frontmatter: from a `---` line at the very top to the next `---` line.
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (frontmatter) parts.push(frontmatter[1]);
  const template = frontmatter ? text.slice(frontmatter[0].length) : text;
  // Client scripts Astro bundles: `<script>` without a `src` and not a data block (JSON-LD).
  for (const [, attributes, body] of template.matchAll(/<script\b([^>]*?)(?:\/>|>([\s\S]*?)<\/script\s*>)/gi)) {
    if (body === undefined || /\bsrc\s*=/.test(attributes) || /\btype\s*=\s*["']?application\/(?:ld\+)?json/i.test(attributes)) continue;
    parts.push(body);
  }
  return parts.join('\n;\n');
}

/** The module specifiers a file imports: `import`, `import type`, `export … from`, `import()` and `require()`. */
export function specifiersOf(path: string, text: string): string[] {
  const info = ts.preProcessFile(scriptOf(path, text), true, true);
  return info.importedFiles.map((file) => file.fileName);
}

/** The project file a relative specifier names, or undefined when none exists. */
function resolve(root: string, from: string, specifier: string): string | undefined {
  const bare = specifier.replace(/[?#].*$/, '');
  const target = posix.normalize(posix.join(posix.dirname(from), bare));
  const candidates = resolveSuffixes.map((suffix) => target + suffix);
  // TypeScript's convention: `./x.js` may name `./x.ts`.
  if (/\.m?js$/.test(target)) candidates.push(target.replace(/\.js$/, '.ts').replace(/\.mjs$/, '.mts'));
  return candidates.find((candidate) => {
    const full = join(root, candidate);
    return existsSync(full) && statSync(full).isFile();
  });
}

function sourceFilesUnder(root: string, folder: string): string[] {
  const full = join(root, folder);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && sourceExtensions.includes(extname(entry.name)))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').includes('node_modules'))
    .sort();
}

/**
 * Reads every source file under `folders` (relative to `root`) and, transitively, every project
 * file they import. Only relative imports are edges: packages and `astro:` modules are outside.
 */
export function buildImportGraph(root: string, folders: string[]): ImportGraph {
  const queue = [...new Set(folders.flatMap((folder) => sourceFilesUnder(root, folder)))];
  const seen = new Set(queue);
  const edges: ImportEdge[] = [];
  const unresolved: ImportEdge[] = [];
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i];
    // Stylesheets, data and images are leaves: they import nothing the rules care about.
    if (!sourceExtensions.includes(extname(from))) continue;
    for (const specifier of specifiersOf(from, readFileSync(join(root, from), 'utf8'))) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
      const to = resolve(root, from, specifier);
      if (!to) {
        unresolved.push({ from, to: posix.normalize(posix.join(posix.dirname(from), specifier)), specifier });
        continue;
      }
      edges.push({ from, to, specifier });
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return { files: [...seen].sort(), edges, unresolved };
}

/** Every import that breaks one of `rules`. */
export function ruleViolations(graph: ImportGraph, rules: ImportRule[] = importRules): Violation[] {
  return rules.flatMap((rule) =>
    graph.edges
      .filter((edge) => edge.from.startsWith(rule.from) && rule.forbidden.some((folder) => edge.to.startsWith(folder)))
      .map((edge) => ({ ...edge, rule: rule.says })),
  );
}

/**
 * The import cycles: one per group of files that import each other round (a strongly connected
 * component, found with Tarjan's algorithm), as the shortest path from its first file back to
 * itself, e.g. `[a, b, a]`. Listing every cycle of a tangle could run to thousands; one per
 * tangle names the files to untie, and the test fails until none is left.
 */
export function findCycles(graph: ImportGraph): string[][] {
  const next = new Map<string, string[]>(graph.files.map((file) => [file, []]));
  for (const edge of graph.edges) next.get(edge.from)?.push(edge.to);
  for (const targets of next.values()) targets.sort();

  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  // Recursive Tarjan; the project's import chains are tens of files deep, far below the stack limit.
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    for (const target of next.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      components.push(component.sort());
    }
  };
  for (const file of graph.files) if (!index.has(file)) visit(file);

  return components
    .filter((component) => component.length > 1 || next.get(component[0])!.includes(component[0]))
    .map((component) => shortestCycle(component[0], new Set(component), next))
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/** The shortest path from `start` back to itself inside one strongly connected component (breadth first). */
function shortestCycle(start: string, within: Set<string>, next: Map<string, string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    for (const target of next.get(file) ?? []) {
      if (!within.has(target)) continue;
      if (target === start) {
        const path: string[] = [];
        for (let step = file; step !== start; step = cameFrom.get(step)!) path.unshift(step);
        return [start, ...path, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
  // Unreachable for a strongly connected component; kept so the type is total.
  return [start];
}

/** One violation as a failure line: which file imports which, and the rule it breaks. */
export function describeViolation(violation: Violation): string {
  return `${violation.from} imports ${violation.to} ('${violation.specifier}'): ${violation.rule}`;
}

/** One cycle as a failure line. */
export function describeCycle(cycle: string[]): string {
  return `import cycle: ${cycle.join(' → ')}`;
}
