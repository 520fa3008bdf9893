import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moduleGraph, nodeOnlyImports } from './module-graph';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

function sources(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'module-graph-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return path.join(dir, 'index.ts');
}

describe('moduleGraph', () => {
  it('follows run-time imports and re-exports through files and folders', () => {
    const entry = sources({
      'index.ts': "export { a } from './a';\nexport * from './folder';\nimport './effect.js';",
      'a.ts': "import { it } from 'vitest';\nexport const a = it;",
      'folder/index.ts': "export { readFile } from 'node:fs';",
      'effect.ts': "import 'fs';",
    });
    const graph = moduleGraph(entry);
    expect(graph.files.map((file) => path.relative(dir, file))).toEqual([
      'index.ts',
      'a.ts',
      path.join('folder', 'index.ts'),
      'effect.ts',
    ]);
    expect(nodeOnlyImports(graph).map((i) => `${i.importer}: ${i.specifier}`)).toEqual([
      'a.ts: vitest',
      `${path.join('folder', 'index.ts')}: node:fs`,
      'effect.ts: fs',
    ]);
  });

  it('skips what the build erases or defers: type-only imports, exports and import()', () => {
    const entry = sources({
      'index.ts': [
        "import type { Server } from 'node:http';",
        "import { type Mock } from 'vitest';",
        "export type { Suite } from './suite';",
        "export { type Case } from './suite';",
        "export const start = async (): Promise<Server | Mock> => (await import('node:http')) as never;",
        "import { ok } from '@govmini/vn';",
      ].join('\n'),
      'suite.ts': "import { describe } from 'vitest';\nexport type Suite = typeof describe;",
    });
    const graph = moduleGraph(entry);
    expect(graph.files).toHaveLength(1);
    expect(nodeOnlyImports(graph)).toEqual([]);
    expect(graph.externals.map((i) => i.specifier)).toEqual(['@govmini/vn']);
  });

  it('names the importer when a relative import resolves to nothing', () => {
    const entry = sources({ 'index.ts': "export { gone } from './gone';" });
    expect(() => moduleGraph(entry)).toThrow(/index\.ts imports '\.\/gone'/);
  });
});
