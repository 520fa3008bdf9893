// The packed-app proof's own checks can fail: each is run here on a small broken package.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importedPackages,
  installedCopies,
  pointedFiles,
} from '../../../scripts/check-packed-app.mjs';
import { tempDir } from './helpers';

describe('the packed-app checks', () => {
  it('list every file a package.json points to', () => {
    expect(
      pointedFiles({
        exports: {
          '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' } },
          './styles.css': './dist/styles.css',
          './package.json': './package.json',
        },
        main: './dist/index.cjs',
        types: './dist/index.d.ts',
        bin: { tool: './dist/cli.js' },
      }).sort(),
    ).toEqual([
      'dist/cli.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.js',
      'dist/styles.css',
      'package.json',
    ]);
  });

  it('find the packages built code and declarations import, builtins aside', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(
      join(dir, 'dist', 'index.js'),
      "import { a } from 'left-pad';\nimport 'node:fs';\nimport x from \"./chunk.js\";\nconst y = await import('@scope/lib/sub');\nexport * from 'zod/mini';\n",
    );
    writeFileSync(join(dir, 'dist', 'index.d.ts'), "import type { Hono } from 'hono';\n");
    writeFileSync(
      join(dir, 'dist', 'index.cjs'),
      "const fs = require('fs');\nconst r = require('react');\n",
    );
    expect([...importedPackages(dir).keys()].sort()).toEqual([
      '@scope/lib',
      'hono',
      'left-pad',
      'react',
      'zod',
    ]);
  });

  it('count two copies of a package when pnpm installed it twice', () => {
    const store = tempDir();
    for (const entry of [
      'react@18.3.1',
      'react@18.2.0',
      '@govmini+ui@file+..+tarballs+govmini-ui-0.0.0.tgz_react@18.3.1',
      'zmp-ui@1.11.14_react@18.3.1',
      'node_modules',
    ]) {
      mkdirSync(join(store, entry));
    }
    const copies = installedCopies(store);
    expect(copies.get('react')).toHaveLength(2);
    expect(copies.get('@govmini/ui')).toHaveLength(1);
    expect(copies.has('node_modules')).toBe(false);
  });
});
