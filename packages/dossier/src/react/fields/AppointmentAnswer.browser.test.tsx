// In Chromium, at 200 % text on a 320 px phone: every day offered for an appointment reads in
// full — its weekday, its date and the places left — and nothing a citizen must read is cut off
// inside a box (a <select> shows its option clipped to its width, which the overflow check of
// all-screens cannot see). Days come five at a time; choosing one shows its times; choosing a
// time is the answer.
import { formatDate } from '@govmini/vn';
import { composeStories, setProjectAnnotations } from '@storybook/react';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as stories from '../QuestionPage/QuestionPage.stories';
import { preview } from '../stories-support';
import { isoDay } from './format-answer';

import.meta.glob('../**/*.css', { eager: true });

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);
afterEach(() => document.body.replaceChildren());

/** Selects whose chosen option's text is wider than the room the select gives it. */
function clippedSelects(root: HTMLElement): string[] {
  const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
  return [...root.querySelectorAll('select')].flatMap((select) => {
    const style = getComputedStyle(select);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = select.selectedOptions[0]?.text ?? '';
    const room =
      select.clientWidth -
      Number.parseFloat(style.paddingLeft) -
      Number.parseFloat(style.paddingRight);
    return context.measureText(text).width > room ? [`"${text}" in ${room} px`] : [];
  });
}

const WEEKDAY = /^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d\d\/\d\d$/;

test('at 200 % on 320 px the days read in full, five at a time, then their times', async () => {
  const { Appointment } = composeStories(stories, { initialGlobals: { textSize: 2 } });
  await page.viewport(320, 640);
  const canvas = document.createElement('div');
  document.body.append(canvas);
  await Appointment.run({ canvasElement: canvas });
  await expect
    .poll(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize))
    .toBe(36);

  const slot = page.getByRole('group', { name: 'Ngày giờ đưa xe đến' });
  await expect.poll(() => canvas.querySelector('select, [type=radio]')).toBeTruthy();
  expect(clippedSelects(canvas)).toEqual([]);
  const days = () =>
    slot
      .getByRole('group', { name: 'Ngày', exact: true })
      .getByRole('radio')
      .elements() as HTMLInputElement[];
  expect(days()).toHaveLength(5);

  // "Thứ Hai, 07/12", described by "Còn 12 chỗ"; every word inside the screen.
  const readable = (radio: HTMLInputElement) => {
    const label = radio.labels?.[0] as HTMLLabelElement;
    expect(label.textContent).toMatch(WEEKDAY);
    const description = document.getElementById(radio.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/^Còn \d+ chỗ$/);
    for (const part of [label, description as HTMLElement]) {
      expect(part.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      expect(part.scrollWidth).toBeLessThanOrEqual(part.clientWidth);
    }
  };
  days().forEach(readable);

  // The next five: focus on the first of them, so the list reads on.
  await userEvent.click(slot.getByRole('button', { name: 'Xem thêm 5 ngày' }));
  expect(days()).toHaveLength(10);
  expect(document.activeElement).toBe(days()[5]);
  days().forEach(readable);

  // Another day: its own times; the time chosen is on that day.
  const sixth = days()[5] as HTMLInputElement;
  await userEvent.click(sixth.labels?.[0] as HTMLLabelElement);
  expect(sixth.checked).toBe(true);
  const times = slot.getByRole('group', { name: 'Giờ hẹn' }).getByRole('radio').elements();
  const time = times.find((r) => !(r as HTMLInputElement).disabled) as HTMLInputElement;
  await userEvent.click(time.labels?.[0] as HTMLLabelElement);
  expect(time.checked).toBe(true);
  // (Compared as written: Intl may put no-break spaces in the date.)
  await expect
    .poll(() => slot.getByText(/^Đã chọn:/).element().textContent)
    .toContain(formatDate(isoDay(sixth.value), 'full', { locale: 'vi' }));
});
