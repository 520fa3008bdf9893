// @vitest-environment node
// The lunar calendar is downloaded only by apps that show it: nothing @govmini/ui's entry loads
// imports @govmini/vn/lunar statically; DateInput reaches it through `import()` alone, which a
// bundler splits into its own chunk.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleGraph } from '@govmini/test-support/module-graph';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../..', import.meta.url));

describe('the lunar hint', () => {
  const graph = moduleGraph(path.join(src, 'index.ts'));

  it('is part of the entry', () => {
    expect(graph.files.map((file) => path.relative(src, file))).toContain(
      path.join('react', 'DateInput', 'lunar-hint.ts'),
    );
  });

  it('loads @govmini/vn/lunar on demand only', () => {
    expect(graph.externals.filter((e) => e.specifier.startsWith('@govmini/vn/lunar'))).toEqual([]);
    const source = readFileSync(path.join(src, 'react', 'DateInput', 'lunar-hint.ts'), 'utf8');
    expect(source).toContain("import('@govmini/vn/lunar')");
  });
});
