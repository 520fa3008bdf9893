#!/usr/bin/env node
// What the home route ("/") downloads before it can render: the entry chunk and every chunk it
// imports statically, React included — the same files Zalo lists as listSyncJS + listAsyncJS.
// Pages behind React.lazy are not counted (they load when their route opens). Issue 10's
// budget: ≤ 150 kB gzip. `pnpm size` runs it with zalo-package.mjs on one build (size.mjs).
//
//   node scripts/home-size.mjs                 build into a temporary folder, then measure
//   node scripts/home-size.mjs --dir www       measure a build made with build.manifest: true
//   node scripts/home-size.mjs --limit 150     exit 1 when over this many kB (default 150)
//
// kB are 1000 bytes (as Vite prints them); gzip at zlib's default level, file by file, as a
// server compressing on the fly sends them.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildOnce, isMain } from './build-once.mjs';

/** Prints the home route's JavaScript; returns false when it is over `limitKb`. */
export function measureHomeRoute(outDir, limitKb = 150) {
  const manifestPath = [join(outDir, '.vite/manifest.json'), join(outDir, 'manifest.json')].find(
    existsSync,
  );
  if (!manifestPath)
    throw new Error(`${outDir} has no Vite manifest: build it with build.manifest: true.`);
  /** @type {Record<string, {file: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], css?: string[]}>} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length === 0) throw new Error(`${manifestPath} names no entry chunk.`);

  // The entry and its static imports, each once.
  const files = new Map();
  const css = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    const code = readFileSync(join(outDir, chunk.file));
    files.set(chunk.file, { raw: code.length, gzip: gzipSync(code).length });
    for (const sheet of chunk.css ?? []) css.add(sheet);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const entry of entries) visit(entry);

  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const rows = [...files].sort((a, b) => b[1].gzip - a[1].gzip);
  for (const [file, size] of rows)
    console.log(`${kb(size.gzip).padStart(10)} gzip ${kb(size.raw).padStart(10)}  ${file}`);
  const total = rows.reduce((sum, [, size]) => sum + size.gzip, 0);
  const cssGzip = [...css].reduce(
    (sum, sheet) => sum + gzipSync(readFileSync(join(outDir, sheet))).length,
    0,
  );
  const lazy = Object.values(manifest).filter((c) => c.isDynamicEntry).length;
  console.log(
    `\nHome route JavaScript: ${kb(total)} gzip in ${files.size} files (budget ${limitKb} kB), ` +
      `React included; ${lazy} chunks load later, on demand. CSS: ${kb(cssGzip)} gzip.`,
  );
  if (total > limitKb * 1000) {
    console.error(`Over budget by ${kb(total - limitKb * 1000)}.`);
    return false;
  }
  return true;
}

if (isMain(import.meta)) {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, limit: { type: 'string', default: '150' } },
  });
  const limitKb = Number(values.limit);
  if (!Number.isFinite(limitKb) || limitKb <= 0)
    throw new Error(`--limit ${values.limit}: not a size in kB`);
  const built = values.dir ? undefined : await buildOnce();
  try {
    if (!measureHomeRoute(values.dir ? resolve(values.dir) : built.outDir, limitKb))
      process.exitCode = 1;
  } finally {
    built?.dispose();
  }
}
