/**
 * Imports run one way (src/lib/README.md): src/schemas imports nothing from src/lib; src/lib
 * imports nothing from admin/, components, layouts or pages; no import cycles. The checker is
 * first shown to catch each kind of break on a small made-up project.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImportGraph, describeCycle, describeViolation, findCycles, ruleViolations, type ImportGraph } from './support/import-graph.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const checkedFolders = ['src', 'admin', 'scripts'];

describe('the checker, on a made-up project', () => {
  let root: string;
  let graph: ImportGraph;
  const files: Record<string, string> = {
    'src/schemas/dataset.ts': "import { slug } from '../lib/words.ts';\nexport const x = slug;\n",
    'src/lib/words.ts': "export const slug = 'a';\n",
    'src/lib/maps/draw.ts': "import type { Props } from '../../components/Map.astro';\nexport const draw = 1;\n",
    'src/components/Map.astro': "---\nimport { draw } from '../lib/maps/draw.ts';\nexport interface Props { n: number }\n---\n<div>{draw}</div>\n<script>\n  import '../scripts/live.ts';\n</script>\n",
    'src/scripts/live.ts': "export {};\n",
    'src/lib/history/git.ts': "export { diff } from './diff.ts';\nexport const git = 1;\n",
    'src/lib/history/diff.ts': "export const diff = 1;\nexport const later = () => import('./feed.ts');\n",
    'src/lib/history/feed.ts': "import { git } from './git.ts';\nexport const feed = git;\n",
    'src/pages/index.astro': "---\nimport Map from '../components/Map.astro';\nimport { gone } from '../lib/gone.ts';\n---\n<Map n={1} />\n",
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'og-imports-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    graph = buildImportGraph(root, ['src']);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports a schema that imports from the library, naming both files and the rule', () => {
    expect(ruleViolations(graph).filter((v) => v.from.startsWith('src/schemas/')).map(describeViolation)).toEqual([
      "src/schemas/dataset.ts imports src/lib/words.ts ('../lib/words.ts'): src/schemas (the content model) imports nothing from src/lib",
    ]);
  });

  it('reports the library importing a component, even for a type only', () => {
    expect(ruleViolations(graph).filter((v) => v.from.startsWith('src/lib/')).map(describeViolation)).toEqual([
      "src/lib/maps/draw.ts imports src/components/Map.astro ('../../components/Map.astro'): src/lib imports nothing from admin/, src/components, src/layouts or src/pages",
    ]);
  });

  it('reports every import cycle with its path, through export-from and import()', () => {
    expect(findCycles(graph).map(describeCycle)).toEqual([
      'import cycle: src/components/Map.astro → src/lib/maps/draw.ts → src/components/Map.astro',
      'import cycle: src/lib/history/diff.ts → src/lib/history/feed.ts → src/lib/history/git.ts → src/lib/history/diff.ts',
    ]);
  });

  it("reads an .astro file's frontmatter and its client scripts", () => {
    const fromMap = graph.edges.filter((edge) => edge.from === 'src/components/Map.astro').map((edge) => edge.to);
    expect(fromMap).toEqual(['src/lib/maps/draw.ts', 'src/scripts/live.ts']);
  });

  it('reports a relative import that names no file, so no edge goes missing unseen', () => {
    expect(graph.unresolved).toEqual([{ from: 'src/pages/index.astro', to: 'src/lib/gone.ts', specifier: '../lib/gone.ts' }]);
  });
});

describe('the source', () => {
  const graph = buildImportGraph(projectRoot, checkedFolders);

  it('is read whole: components, layouts and pages import from the library', () => {
    const has = (from: string, to: string) => graph.edges.some((edge) => edge.from === from && edge.to === to);
    expect(has('src/components/BuildInfo.astro', 'src/lib/urls.ts')).toBe(true);
    expect(has('src/pages/[...lang]/index.astro', 'src/layouts/BaseLayout.astro')).toBe(true);
    expect(has('scripts/check-content.ts', 'src/lib/content/check.ts')).toBe(true);
  });

  it('keeps the content model and the library free of imports that point back up', () => {
    expect(ruleViolations(graph).map(describeViolation)).toEqual([]);
  });

  it('has no import cycles in src/, admin/ or scripts/', () => {
    expect(findCycles(graph).map(describeCycle)).toEqual([]);
  });

  it('names an existing file in every relative import', () => {
    expect(graph.unresolved.map((edge) => `${edge.from}: '${edge.specifier}'`)).toEqual([]);
  });
});
