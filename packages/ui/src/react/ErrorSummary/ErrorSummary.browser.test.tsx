// In Chromium, at 200 % text on a 320 px phone: an error summary taller than the screen, shown
// after "Gửi" at the bottom of a form, is focused with its title in view (focus() alone
// scrolls only as far as it must, which leaves the title above the top of the screen).
import { composeStories, setProjectAnnotations } from '@storybook/react';
import { useState } from 'react';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import preview from '../../stories/preview';
import { Button } from '../Button';
import { TextInput } from '../TextInput';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);
afterEach(() => {
  document.body.replaceChildren();
  window.scrollTo(0, 0);
});

const questions = [
  ['es-ho-ten', 'Họ và tên', 'Vui lòng nhập họ và tên'],
  ['es-cccd', 'Số CCCD', 'Số CCCD phải có đủ 12 chữ số, số vừa nhập có 11'],
  ['es-noi-sinh', 'Nơi sinh', 'Vui lòng nhập nơi sinh như ghi trên giấy khai sinh'],
  ['es-thuong-tru', 'Nơi thường trú', 'Vui lòng nhập nơi thường trú'],
  ['es-dien-thoai', 'Số điện thoại', 'Số điện thoại phải có 10 chữ số, bắt đầu bằng số 0'],
] as const;

/** A form whose summary appears when "Gửi hồ sơ", at its bottom, is pressed. */
function SentTooSoon() {
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const shown = errors.length > 0;
  return (
    <>
      <ErrorSummary errors={errors} />
      {questions.map(([id, label, message]) => (
        <TextInput key={id} id={id} label={label} error={shown ? message : undefined} />
      ))}
      <Button
        onClick={() => setErrors(questions.map(([fieldId, , message]) => ({ fieldId, message })))}
      >
        Gửi hồ sơ
      </Button>
    </>
  );
}

const { SentTooSoon: story } = composeStories(
  {
    default: { title: 'Thành phần/ErrorSummary', component: ErrorSummary },
    SentTooSoon: { render: () => <SentTooSoon /> },
  },
  { initialGlobals: { textSize: 2 } },
);

it('at 200 % on 320 px, a summary taller than the screen is focused with its title in view', async () => {
  await page.viewport(320, 640);
  const canvas = document.createElement('div');
  document.body.append(canvas);
  await story.run({ canvasElement: canvas });
  await expect
    .poll(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize))
    .toBe(36);
  const send = page.getByRole('button', { name: 'Gửi hồ sơ' });
  (send.element() as HTMLElement).scrollIntoView({ block: 'end' });
  await userEvent.click(send);

  const summary = page.getByRole('alert', { name: 'Có vấn đề cần sửa' }).element();
  expect(document.activeElement).toBe(summary);
  expect(summary.getBoundingClientRect().height).toBeGreaterThan(window.innerHeight);
  const title = page.getByRole('heading', { name: 'Có vấn đề cần sửa' }).element();
  await expect.poll(() => Math.round(title.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  expect(title.getBoundingClientRect().bottom).toBeLessThanOrEqual(window.innerHeight);
});
