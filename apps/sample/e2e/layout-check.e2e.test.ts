// layout-check.ts on pages made to break, in Chromium: each way a screen can scroll sideways or
// cut text off is found, and what a citizen does not see (visually hidden text, text a page
// scrolls to) is not — so a journey that finds nothing has really checked something.
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared.ts';
import { layoutProblems } from './layout-check';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  page = await browser.newPage({ viewport: { width: 360, height: 740 } });
});
afterAll(async () => {
  await browser?.close();
});

const LONG = 'Xã, phường hoặc đặc khu nơi đăng ký thường trú của người mẹ';
const problemsOf = async (body: string, head = '') => {
  await page.setContent(
    `<!doctype html><html lang="vi"><head><style>body{margin:0;font:36px sans-serif}${head}</style></head><body>${body}</body></html>`,
  );
  return layoutProblems(page);
};

describe('layoutProblems', () => {
  it('finds nothing on a page that wraps, scrolls vertically and hides text only from sight', async () => {
    expect(
      await problemsOf(`
        <p>${LONG}</p>
        <div style="height:200px;overflow-y:auto"><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div>
        <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap">${LONG}</span>
        <div style="height:10px;overflow:hidden"><div style="position:fixed;bottom:0">Đang mất mạng</div></div>
        <input value="${LONG}">`),
    ).toEqual([]);
  });

  it('finds a document wider than the screen', async () => {
    expect(await problemsOf('<div style="width:500px">Tỉnh Mẫu</div>')).toContainEqual(
      expect.stringContaining('the page scrolls sideways: 500 px wide on a 360 px screen'),
    );
  });

  it('finds a box that scrolls sideways', async () => {
    const found = await problemsOf(
      `<div class="gm-summary" style="overflow-x:auto"><span style="white-space:nowrap">${LONG}</span></div>`,
    );
    expect(found).toContainEqual(expect.stringMatching(/^<div\.gm-summary> scrolls sideways/));
  });

  it('finds text cut off sideways by an ellipsis', async () => {
    const found = await problemsOf(
      `<p class="gm-card__title" style="white-space:nowrap;overflow:hidden;text-overflow:ellipsis">${LONG}</p>`,
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^text “Xã, phường.*” in <p\.gm-card__title> is cut off by <p\.gm-card__title>/,
      ),
    );
  });

  it('finds text cut off at the bottom of a box too short for large text', async () => {
    const found = await problemsOf(
      '<button style="height:24px;overflow:hidden;font-size:36px">Gửi hồ sơ</button>',
    );
    expect(found).toContainEqual(expect.stringContaining('is cut off by <button> at the bottom'));
  });

  it('finds a scrolling page cut off by the frame around it', async () => {
    const found = await problemsOf(
      `<div class="frame" style="height:300px;overflow:hidden"><div class="page" style="height:400px;overflow-y:auto"><p>${LONG}</p></div></div>`,
    );
    expect(found).toContainEqual(
      expect.stringContaining('is cut off by <div.frame> at the bottom'),
    );
  });

  it('finds text past the edge of a screen that hides sideways overflow', async () => {
    const found = await problemsOf(
      `<p style="white-space:nowrap">${LONG}</p>`,
      'html{overflow-x:hidden}',
    );
    expect(found).toContainEqual(expect.stringContaining('goes past the screen’s edge'));
  });

  it('finds an image sticking out of the screen', async () => {
    const found = await problemsOf(
      '<img alt="" style="display:block;width:420px;height:40px;margin-left:-20px">',
      'html,body{overflow-x:hidden}',
    );
    expect(found).toContainEqual(expect.stringMatching(/^<img> sticks out of the screen/));
  });
});
