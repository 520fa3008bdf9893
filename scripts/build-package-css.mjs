// Builds a package's dist/styles.css: the given base files first, then every CSS file under
// src/react (path order), minified with esbuild. Plain CSS, no runtime. Run from the package:
//   node ../../scripts/build-package-css.mjs [base.css …]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { transform } from 'esbuild';

const root = process.cwd();
const src = join(root, 'src');

function cssFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return cssFiles(path);
      return entry.name.endsWith('.css') ? [path] : [];
    });
}

const base = process.argv.slice(2).map((file) => resolve(root, file));
const files = [...base, ...cssFiles(join(src, 'react')).filter((file) => !base.includes(file))];
const source = files
  .map((file) => `/* ${relative(src, file)} */\n${readFileSync(file, 'utf8')}`)
  .join('\n');
const { code } = await transform(source, {
  loader: 'css',
  minify: true,
  // zmp-vite-plugin's CSS target for Zalo's WebViews (research §3.5).
  target: ['chrome79', 'safari13'],
});
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'styles.css'), code);
console.log(`dist/styles.css: ${files.length} files, ${code.length} bytes`);
