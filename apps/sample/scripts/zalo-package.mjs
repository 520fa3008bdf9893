#!/usr/bin/env node
// Would `zmp deploy --existing` accept this build? Issue 10: every file ≤ 3 MB, the zip ≤ 10 MB
// (goal ≤ 2 MB). Mirrors zmp-cli 4.0.3 (zmp-cli-core 1.1.x, dist/esm/deploy/deploy.js and
// http/upload-app.js):
//
// - It zips the whole output folder with zip-local (JSZip 2: every file and a folder entry per
//   folder, DEFLATE at zlib's default level) and refuses a zip over 10 MB.
// - Zalo's server sends the extensions it takes (uploadConstraints.allowedFiles); the CLI checks
//   only those files against 3 MB, and warns that the others — index.html among them — are not
//   uploaded. The host page is Zalo's: it loads what app-config.json lists.
// - MB are 1,048,576 bytes there (size / (1024 * 1024)), and here.
//
//   node scripts/zalo-package.mjs              check www/ (after `vite build`)
//   node scripts/zalo-package.mjs --dir DIR    check another build
//   node scripts/zalo-package.mjs --list       list every file that would be uploaded
//
// Exit 1 when a file is over 3 MB, the zip over 10 MB, a file has an extension Zalo does not
// take, or app-config.json does not name files that are there.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { crc32, deflateRawSync } from 'node:zlib';
import { appRoot, isMain } from './build-once.mjs';

const MB = 1024 * 1024;
export const LIMITS = { fileBytes: 3 * MB, zipBytes: 10 * MB, goalZipBytes: 2 * MB };

// The server's list as zmp-mcp (an open-source deploy tool) records it; the server sends it
// at each deploy, so a change there shows up as zmp-cli's "will not be uploaded" warning.
const ALLOWED = new Set(
  '.css .js .json .ttf .woff .woff2 .eot .otf .svg .jpg .jpeg .png .gif .webp .mp3 .wav .wasm .plist .swf .cconb'.split(
    ' ',
  ),
);
// Expected and harmless: the CLI says so itself.
const NOT_UPLOADED_ON_PURPOSE = new Set(['index.html']);

function filesUnder(dir, skip) {
  const out = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const rel = relative(dir, path).split(sep).join('/');
      if (skip.has(rel)) continue;
      if (entry.isDirectory()) walk(path);
      else out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The zip as zip-local makes it (JSZip 2): an entry per folder and per file, DEFLATE at zlib's
 * default level (pako there, node:zlib here: within 0.3 % of zmp-cli-core's own zip of the same
 * folder), no extra fields. Returned whole, as the CLI holds it before uploading.
 */
export function zipLikeZmpCli(dir, files) {
  const folders = new Set();
  for (const file of files)
    for (let at = file.indexOf('/'); at > 0; at = file.indexOf('/', at + 1))
      folders.add(file.slice(0, at + 1));
  const entries = [
    ...[...folders].sort().map((name) => ({ name, data: Buffer.alloc(0), raw: Buffer.alloc(0) })),
    ...files.map((name) => {
      const raw = readFileSync(join(dir, name));
      return { name, raw, data: deflateRawSync(raw, { level: 6 }) };
    }),
  ];
  const local = [];
  const central = [];
  let offset = 0;
  for (const { name, raw, data } of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const folder = name.endsWith('/');
    // Shared by the local header (from offset 4) and the central one (from offset 6).
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: 2.0
    common.writeUInt16LE(0x0800, 2); // UTF-8 names
    common.writeUInt16LE(folder ? 0 : 8, 4); // stored / deflated
    common.writeUInt16LE(0x21, 8); // DOS date 1980-01-01, time 00:00
    common.writeUInt32LE(folder ? 0 : crc32(raw), 10);
    common.writeUInt32LE(data.length, 14);
    common.writeUInt32LE(raw.length, 18);
    common.writeUInt16LE(fileName.length, 22);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(0x04034b50);
    local.push(head, common, fileName, data);
    const centralHead = Buffer.alloc(46);
    centralHead.writeUInt32LE(0x02014b50, 0);
    centralHead.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS
    common.copy(centralHead, 6);
    centralHead.writeUInt32LE(folder ? 0x10 : 0, 38); // external attributes: folder
    centralHead.writeUInt32LE(offset, 42);
    central.push(centralHead, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

const mb = (bytes) => `${(bytes / MB).toFixed(2)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Checks `dir` as zmp-cli would deploy it and prints what it found. `skip` names top-level
 * entries that a plain `vite build` would not have written (the manifest build's `.vite`).
 */
export function checkZaloPackage(dir, { list = false, skip = [] } = {}) {
  if (!existsSync(join(dir, 'app-config.json')))
    throw new Error(
      `${dir} has no app-config.json: build the app first (vite build, with zmp-vite-plugin).`,
    );
  const problems = [];
  const files = filesUnder(dir, new Set(skip));
  const sizes = new Map(files.map((file) => [file, statSync(join(dir, file)).size]));
  const uploaded = files.filter((file) => ALLOWED.has(extname(file).toLowerCase()));
  const refused = files.filter((f) => !uploaded.includes(f) && !NOT_UPLOADED_ON_PURPOSE.has(f));
  for (const file of refused)
    problems.push(`${file}: Zalo does not take ${extname(file) || 'files without an extension'}`);
  for (const file of uploaded) {
    const size = sizes.get(file) ?? 0;
    if (size > LIMITS.fileBytes) problems.push(`${file}: ${mb(size)}, over the 3 MB a file`);
  }

  // The Zalo host page loads what app-config.json lists, nothing else.
  const config = JSON.parse(readFileSync(join(dir, 'app-config.json'), 'utf8'));
  const listed = [
    ...(config.listSyncJS ?? []),
    ...(config.listAsyncJS ?? []),
    ...(config.listCSS ?? []),
  ];
  if ((config.listSyncJS ?? []).length === 0)
    problems.push('app-config.json lists no script in listSyncJS: the app would not start');
  for (const file of listed)
    if (!uploaded.includes(file)) problems.push(`app-config.json names ${file}, not in the build`);

  const zip = zipLikeZmpCli(dir, files);
  const largest = [...uploaded].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
  const shown = list ? largest : largest.slice(0, 8);
  console.log(list ? 'Every file zmp deploy uploads:' : 'Largest files zmp deploy uploads:');
  for (const file of shown) console.log(`${kb(sizes.get(file) ?? 0).padStart(10)}  ${file}`);
  const total = uploaded.reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0);
  const skipped = files.filter((f) => !uploaded.includes(f));
  console.log(
    `\nZalo package: ${uploaded.length} files, ${mb(total)} (largest ${mb(sizes.get(largest[0] ?? '') ?? 0)}, ` +
      `limit 3 MB a file); zip ${mb(zip.length)} (limit 10 MB, goal 2 MB: ` +
      `${zip.length <= LIMITS.goalZipBytes ? 'met' : 'not met'})` +
      (skipped.length ? `; not uploaded: ${skipped.join(', ')}.` : '.'),
  );
  if (zip.length > LIMITS.zipBytes) problems.push(`the zip is ${mb(zip.length)}, over 10 MB`);
  for (const problem of problems) console.error(`✗ ${problem}`);
  return {
    ok: problems.length === 0,
    zipBytes: zip.length,
    files: uploaded.length,
    totalBytes: total,
  };
}

if (isMain(import.meta)) {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, list: { type: 'boolean', default: false } },
  });
  const dir = resolve(values.dir ?? join(appRoot, 'www'));
  if (!checkZaloPackage(dir, { list: values.list }).ok) process.exitCode = 1;
}
