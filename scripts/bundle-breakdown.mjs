// Which source modules make up a bundle: bundles an entry with esbuild (minified, ESM, for the
// browser) and lists each module's minified bytes in the output, largest first. Proportions
// match size-limit's (rolldown) figures closely; absolute numbers differ a little. Only the
// entry's own output is counted: chunks it shares or loads lazily are left out.
//
//   cd packages/dossier
//   node ../../scripts/bundle-breakdown.mjs src/index.ts react react-dom 'react/*' '@govmini/*' '*.css'
//
// Arguments: the entry, then the packages to leave out (esbuild `external` patterns).
// --all lists every module (default: the 40 largest).
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const args = process.argv.slice(2);
const listAll = args.includes('--all');
const [entry, ...external] = args.filter((arg) => arg !== '--all');
if (!entry) {
  console.error('usage: node scripts/bundle-breakdown.mjs <entry> [external…]');
  process.exit(2);
}
const result = await esbuild.build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  charset: 'utf8',
  // Lazily imported modules (English packs, lazy fields) go to their own chunks, as in an app.
  splitting: true,
  outdir: 'bundle-breakdown',
  write: false,
  metafile: true,
  external,
  logLevel: 'silent',
});
const [outputPath, output] = Object.entries(result.metafile.outputs).find(
  ([, meta]) => meta.entryPoint === entry,
);
const code = result.outputFiles.find((file) => file.path.endsWith(outputPath)).contents;
console.log(`${entry}: ${code.length} B minified, ${gzipSync(code).length} B gzip`);
const modules = Object.entries(output.inputs)
  .map(([path, { bytesInOutput }]) => [path, bytesInOutput])
  .sort((a, b) => b[1] - a[1]);
for (const [path, bytes] of modules.slice(0, listAll ? modules.length : 40)) {
  console.log(`${String(bytes).padStart(8)}  ${path}`);
}
