// In Chromium: the home grid reflows with the citizen's text size — several columns at 100 %,
// one column at 200 % on a 320 px screen — and every tile stays a ≥ 48 px target.
import { composeStories, setProjectAnnotations } from '@storybook/react';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import preview from '../../stories/preview';
import * as stories from './ServiceGrid.stories';

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);
afterEach(() => document.body.replaceChildren());

async function columnsAt(textSize: number, width: number) {
  const { Home } = composeStories(stories, { initialGlobals: { textSize } });
  await page.viewport(width, 800);
  const canvas = document.createElement('div');
  document.body.append(canvas);
  await Home.run({ canvasElement: canvas });
  await expect
    .poll(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize))
    .toBe(18 * textSize);
  const tiles = [...canvas.querySelectorAll('.gm-service-tile')].map((t) =>
    t.getBoundingClientRect(),
  );
  expect(tiles).toHaveLength(6);
  for (const box of tiles) {
    expect(box.width).toBeGreaterThanOrEqual(48);
    expect(box.height).toBeGreaterThanOrEqual(48);
    expect(box.right).toBeLessThanOrEqual(width);
  }
  return new Set(tiles.map((box) => Math.round(box.left))).size;
}

it('two columns at 100 % on a 360 px phone, three on 414 px', async () => {
  expect(await columnsAt(1, 360)).toBe(2);
  expect(await columnsAt(1, 414)).toBe(3);
});

it('one column at 200 % on 320 px', async () => {
  expect(await columnsAt(2, 320)).toBe(1);
});
