// The one-box answers are uncontrolled: these check what that must not change. A stored answer
// shows in its tidy form when the page opens, the box is tidied when left (never while typing),
// every keystroke reaches the draft, and a check's message is wired to its box.
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { AnswerIssue } from '../../core/definition/api';
import type { Answers, ProcedureDefinition } from '../../core/definition/types';
import { QuestionPage } from '../QuestionPage/QuestionPage';
import { renderWithDossier, sampleProcedure } from '../test-support';

const procedure: ProcedureDefinition = {
  ...sampleProcedure,
  id: 'o-nhap',
  onBehalf: { allowed: false, relationships: [] },
  pages: [
    {
      id: 'trang',
      title: { vi: 'Một trang' },
      fields: [
        { id: 'bien', type: 'plate', label: { vi: 'Biển số xe' } },
        { id: 'mst', type: 'taxCode', label: { vi: 'Mã số thuế' } },
        { id: 'tien', type: 'money', label: { vi: 'Thu nhập' } },
        { id: 'ghiChu', type: 'textarea', label: { vi: 'Ghi chú' }, maxLength: 20 },
        { id: 'hoTen', type: 'text', label: { vi: 'Họ và tên' }, required: true },
      ],
    },
  ],
  rules: [],
};

async function open(defaults: Answers = {}, issues?: readonly AnswerIssue[]) {
  const onChange = vi.fn();
  await renderWithDossier(
    <QuestionPage
      procedure={procedure}
      pageId="trang"
      defaultAnswers={defaults}
      onChange={onChange}
      onContinue={vi.fn()}
      issues={issues}
    />,
    { procedures: [procedure] },
  );
  return { onChange, last: () => onChange.mock.lastCall?.[0] as Answers };
}

const input = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;

describe('text answers', () => {
  test('stored answers show in their tidy form when the page opens', async () => {
    await open({
      bien: '51A12345',
      mst: '0100109106-001',
      tien: 1_500_000,
      ghiChu: 'Gọi trước',
      hoTen: 'Lê Thị Hoa',
    });
    expect(input(/^Biển số xe/).value).toBe('51A-123.45');
    expect(input(/^Mã số thuế/).value).toBe('0100109106-001');
    expect(input(/^Thu nhập/).value).toBe('1.500.000\u00a0₫');
    expect((screen.getByLabelText(/^Ghi chú/) as HTMLTextAreaElement).value).toBe('Gọi trước');
    expect(input(/^Họ và tên/).value).toBe('Lê Thị Hoa');
  });

  test('a plate and a tax code are stored canonical at once, and tidied only on leaving', async () => {
    const { last } = await open();
    const plate = input(/^Biển số xe/);
    fireEvent.change(plate, { target: { value: '51a12345' } });
    expect(last()).toEqual({ bien: '51A12345' });
    expect(plate.value).toBe('51a12345');
    fireEvent.blur(plate);
    expect(plate.value).toBe('51A-123.45');
    const tax = input(/^Mã số thuế/);
    fireEvent.change(tax, { target: { value: '0100109106001' } });
    expect(last()).toEqual({ bien: '51A12345', mst: '0100109106-001' });
    fireEvent.blur(tax);
    expect(tax.value).toBe('0100109106-001');
    // What cannot be read yet stays as typed, in the box and in the answer.
    fireEvent.change(plate, { target: { value: '51A-12' } });
    fireEvent.blur(plate);
    expect(plate.value).toBe('51A-12');
    expect(last().bien).toBe('51A-12');
  });

  test('every keystroke reaches the draft; an emptied box removes the answer', async () => {
    const { onChange, last } = await open();
    const name = input(/^Họ và tên/);
    for (const text of ['L', 'Lê', 'Lê ', 'Lê T']) {
      fireEvent.change(name, { target: { value: text } });
      expect(last()).toEqual({ hoTen: text });
    }
    expect(onChange).toHaveBeenCalledTimes(4);
    const notes = screen.getByLabelText(/^Ghi chú/);
    fireEvent.change(notes, { target: { value: 'Chiều' } });
    expect(last()).toEqual({ hoTen: 'Lê T', ghiChu: 'Chiều' });
    fireEvent.change(notes, { target: { value: '  ' } });
    expect(last()).toEqual({ hoTen: 'Lê T' });
  });

  test("a check's message is shown at the box and named by it, and goes once it is right", async () => {
    await open();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' })));
    const name = input(/^Họ và tên/);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const message = (name.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(message).toMatch(/họ và tên/i);
    fireEvent.change(name, { target: { value: 'Lê Thị Hoa' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' })));
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(name.value).toBe('Lê Thị Hoa');
  });

  test('problems the backend refused show at their boxes as soon as the page opens', async () => {
    await open({ bien: '51A12345' }, [{ path: 'hoTen', code: 'required', params: {} }]);
    await act(async () => {});
    expect(input(/^Họ và tên/).getAttribute('aria-invalid')).toBe('true');
    expect(input(/^Biển số xe/).getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement?.getAttribute('role')).toBe('alert');
  });
});
