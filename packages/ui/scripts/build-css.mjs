// Builds dist/styles.css: base.css first, then every component's CSS (one file per component
// folder, in path order), minified with esbuild. Plain CSS, no runtime.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transform } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
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

const files = [join(src, 'styles', 'base.css'), ...cssFiles(join(src, 'react'))];
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
