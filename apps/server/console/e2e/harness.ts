// The staff console end to end: builds it (so the test never runs an old bundle), starts the
// real server on 127.0.0.1 over SQLite with a fake Zalo Graph for citizens (src/staff/
// testing.ts), and drives Debian's Chromium with playwright-core. Helpers check each screen
// with axe-core (WCAG 2.2 A/AA) and for sideways scrolling, at 100 % and 200 % text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { expect } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../vitest.shared.ts';
import { type StaffWorld, startStaffWorld } from '../../src/staff/testing.ts';

export interface Harness {
  readonly world: StaffWorld;
  readonly browser: Browser;
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  await build({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: 'warn',
  });
  const world = await startStaffWorld();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  return {
    world,
    browser,
    async newPage({ width = 360, height = 740 } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
      const page = await context.newPage();
      // Anything the CSP blocks, or any script error, fails the test that caused it.
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/.test(message.text())) {
          pageErrors.push(message.text());
        }
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
    async close() {
      await browser.close();
      await world.close();
    },
  };
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core against WCAG 2.2 A/AA: the violations, by rule and element. */
export async function axeViolations(page: Page) {
  // Evaluated through the DevTools protocol: the console's CSP forbids inline scripts, and a
  // test must not weaken it (bypassCSP would hide a console that breaks under it).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
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

const scaleOf = (page: Page) =>
  page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize) / 18);

/** What GovMiniProvider does for a text size (1 = 100 %, 2 = 200 %). */
async function setScale(page: Page, scale: number) {
  await page.evaluate((s) => {
    document.documentElement.style.fontSize = `calc(112.5% * ${s})`;
  }, scale);
  await expect.poll(() => scaleOf(page)).toBe(scale);
}

/** Elements sticking out of the viewport sideways (visually hidden text aside). */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) found.push('document');
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= width + 1 && box.left >= -1) continue;
      const style = getComputedStyle(el);
      if (style.clip !== 'auto' || style.clipPath !== 'none') continue;
      // The skip link waits above the page until it gets focus.
      if (el.classList.contains('staff-skip-link')) continue;
      found.push(
        `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(box.left)}–${Math.round(box.right)}`,
      );
    }
    return found.slice(0, 5);
  });
}

/** Script errors and CSP violations seen in any page (the test expects none). */
export const pageErrors: string[] = [];

/** Every screen checked, with the text sizes it was checked at. */
export const checkedScreens: string[] = [];

/** axe and no sideways scrolling on the screen shown, at 100 % and at 200 % text. */
export async function checkScreen(page: Page, screen: string) {
  const chosen = await page.evaluate(() => document.documentElement.style.fontSize);
  for (const scale of [1, 2]) {
    await setScale(page, scale);
    const where = `${screen} at ${scale * 100} % text`;
    expect(await axeViolations(page), where).toEqual([]);
    expect(await overflowing(page), where).toEqual([]);
    checkedScreens.push(where);
  }
  await page.evaluate((size) => {
    document.documentElement.style.fontSize = size;
  }, chosen);
}

/** The screen whose <h1> is `name` is shown. */
export const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name }).waitFor();

/** The text of the focused element (and what it is), for focus-after-action checks. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent?.trim() ?? '' };
  });
