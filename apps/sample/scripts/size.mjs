#!/usr/bin/env node
// `pnpm size`: one production build, two budgets (issue 10) — the home route's JavaScript
// ≤ 150 kB gzip (home-size.mjs) and the Zalo package, every file ≤ 3 MB and the zip ≤ 10 MB
// (zalo-package.mjs). Exit 1 when either fails, so the test command counts it.
import { buildOnce, MANIFEST_DIR } from './build-once.mjs';
import { measureHomeRoute } from './home-size.mjs';
import { checkZaloPackage } from './zalo-package.mjs';

const { outDir, dispose } = await buildOnce();
try {
  const home = measureHomeRoute(outDir, 150);
  console.log('');
  const zalo = checkZaloPackage(outDir, { skip: [MANIFEST_DIR] });
  if (!home || !zalo.ok) process.exitCode = 1;
} finally {
  dispose();
}
