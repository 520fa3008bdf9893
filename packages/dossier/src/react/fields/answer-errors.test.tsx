// The page's one error subscription, fanned out by path; and a box outside QuestionPage (a
// host's own form) still shows its error through its own subscription.
import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { type FieldValues, FormProvider, type UseFormReturn, useForm } from 'react-hook-form';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createAnswerErrors } from './answer-errors';
import { FieldView } from './FieldView';

afterEach(cleanup);

const formHook = () => renderHook(() => useForm<FieldValues>()).result.current;

describe('createAnswerErrors', () => {
  test('tells the boxes at and under the changed path, and all of them when none is named', () => {
    const form = formHook();
    const errors = createAnswerErrors(form.subscribe);
    const heard: string[] = [];
    const names = ['hoTen', 'hoTenCha', 'thanhVien.0.hoTen', 'thanhVien.1.hoTen'];
    for (const name of names) errors.listen(name, () => heard.push(name));
    act(() => form.setError('hoTen', { type: 'required', message: 'Vui lòng nhập họ và tên.' }));
    expect(heard).toEqual(['hoTen']);
    heard.length = 0;
    act(() => form.setError('thanhVien.1.hoTen', { type: 'required', message: 'x' }));
    expect(heard).toEqual(['thanhVien.1.hoTen']);
    heard.length = 0;
    act(() => form.clearErrors('thanhVien'));
    expect(heard.sort()).toEqual(['thanhVien.0.hoTen', 'thanhVien.1.hoTen']);
    heard.length = 0;
    act(() => form.clearErrors());
    expect(heard.sort()).toEqual([...names].sort());
  });

  test('is not called for value changes, and lets go of the form when nobody listens', () => {
    const form = formHook();
    const stop = vi.fn();
    const subscribe = vi.fn((options: Parameters<typeof form.subscribe>[0]) => {
      const unsubscribe = form.subscribe(options);
      return () => {
        stop();
        unsubscribe();
      };
    }) as typeof form.subscribe;
    const errors = createAnswerErrors(subscribe);
    const notify = vi.fn();
    const first = errors.listen('a', notify);
    const second = errors.listen('b', notify);
    expect(subscribe).toHaveBeenCalledTimes(1);
    act(() => form.setValue('a', 'gõ'));
    expect(notify).not.toHaveBeenCalled();
    first();
    expect(stop).not.toHaveBeenCalled();
    second();
    expect(stop).toHaveBeenCalledTimes(1);
    act(() => form.setError('a', { type: 'required', message: 'x' }));
    expect(notify).not.toHaveBeenCalled();
  });
});

function HostForm({ form, children }: { form: UseFormReturn<FieldValues>; children: ReactNode }) {
  return (
    <GovMiniProvider platform={createSimulatedPlatform({ user: null })} applyTo="none">
      <FormProvider {...form}>{children}</FormProvider>
    </GovMiniProvider>
  );
}

test("a box in a host's own form shows its error without QuestionPage", () => {
  const form = formHook();
  render(
    <HostForm form={form}>
      <FieldView
        field={{ id: 'hoTen', type: 'text', label: { vi: 'Họ và tên' }, required: true }}
        path="hoTen"
        asHeading={false}
      />
    </HostForm>,
  );
  const box = screen.getByLabelText('Họ và tên');
  expect(box.getAttribute('aria-invalid')).toBeNull();
  act(() => form.setError('hoTen', { type: 'required', message: 'Vui lòng nhập họ và tên.' }));
  expect(box.getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByText('Vui lòng nhập họ và tên.')).toBeTruthy();
});
