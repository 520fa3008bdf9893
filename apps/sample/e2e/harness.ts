// Starts the sample app's Vite dev server on a free loopback port and drives Debian's
// Chromium with playwright-core. Real browser, real app, no mocks.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared.ts';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Harness {
  baseUrl: string;
  browser: Browser;
  newPage: (options?: { width?: number; height?: number }) => Promise<Page>;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server: ViteDevServer = await createServer({
    root: appRoot,
    configFile: resolve(appRoot, 'vite.config.ts'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string')
    throw new Error('Vite dev server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  return {
    baseUrl,
    browser,
    newPage: async ({ width = 360, height = 740 } = {}) => {
      const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
      return context.newPage();
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core in the page against WCAG 2.2 A/AA and returns the violations. */
export async function axeViolations(page: Page) {
  // Once per document: a journey runs axe on many screens of the same page load.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }),
    );
  });
}
