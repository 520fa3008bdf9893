// Typing into field 50 of a 100-field page renders nothing at all: the box keeps its own text
// (uncontrolled), the answer goes to the form and the page's onChange without a React commit.
// Counted with React's <Profiler> around the page and by counting each field's answer hook.
import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ProcedureDefinition, TextField } from '../../core/definition/types';
import { QuestionPage } from './QuestionPage';

afterEach(cleanup);

// Counts renders of each field's answer hooks and of each FieldView the page renders.
const counts = vi.hoisted(() => ({
  answers: new Map<string, number>(),
  fieldViews: new Map<string, number>(),
}));
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
vi.mock('../fields/field-props', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../fields/field-props')>();
  return {
    ...actual,
    useAnswer: (name: string) => {
      bump(counts.answers, name);
      return actual.useAnswer(name);
    },
    useTypedAnswer: (name: string) => {
      bump(counts.answers, name);
      return actual.useTypedAnswer(name);
    },
  };
});
vi.mock('../fields/FieldView', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../fields/FieldView')>();
  return {
    ...actual,
    FieldView: (props: Parameters<typeof actual.FieldView>[0]) => {
      bump(counts.fieldViews, props.path);
      return actual.FieldView(props);
    },
  };
});

const fields: TextField[] = Array.from({ length: 100 }, (_, i) => ({
  id: `f${i + 1}`,
  type: 'text',
  label: { vi: `Câu hỏi số ${i + 1}` },
  required: i % 2 === 0,
}));

const bigProcedure: ProcedureDefinition = {
  schemaVersion: 1,
  id: 'trang-100-cau',
  version: 1,
  title: { vi: 'Một trang 100 câu hỏi' },
  summary: { vi: 'Đo số lần vẽ lại khi gõ.' },
  sector: { vi: 'Kiểm thử' },
  agency: { name: { vi: 'UBND xã Tân Phong' }, unitCode: '000.00.06.H56' },
  fee: { kind: 'none' },
  processingDays: 1,
  legalBasis: [],
  eligibility: [],
  documents: [],
  declaration: { vi: 'Tôi cam đoan.' },
  resultDelivery: ['online'],
  nextSteps: { vi: 'Chờ kết quả.' },
  pages: [{ id: 'tat-ca', title: { vi: 'Tất cả câu hỏi' }, fields }],
};

function renderBig(procedure = bigProcedure) {
  const onChange = vi.fn();
  let commits = 0;
  render(
    <GovMiniProvider platform={createSimulatedPlatform({ user: null })} applyTo="none">
      <Profiler id="page" onRender={() => commits++}>
        <QuestionPage
          procedure={procedure}
          pageId="tat-ca"
          onContinue={() => undefined}
          onChange={onChange}
        />
      </Profiler>
    </GovMiniProvider>,
  );
  return {
    onChange,
    commits: () => commits,
    reset: () => {
      commits = 0;
      counts.fieldViews.clear();
      counts.answers.clear();
    },
  };
}

const box = (n: number) => screen.getByLabelText(new RegExp(`^Câu hỏi số ${n}( |$)`));

describe('QuestionPage re-renders only what changed', () => {
  test('typing into field 50 of 100 renders nothing, and every keystroke reaches onChange', async () => {
    const page = renderBig();
    page.reset();
    const typed = ['N', 'Ng', 'Ngu', 'Nguyễn Văn A'];
    for (const text of typed) {
      await act(async () => {
        fireEvent.change(box(50), { target: { value: text } });
      });
      // The draft hears of each keystroke at once, with every answer of the page.
      expect(page.onChange).toHaveBeenLastCalledWith({ f50: text });
    }
    expect(page.onChange).toHaveBeenCalledTimes(typed.length);
    expect((box(50) as HTMLInputElement).value).toBe('Nguyễn Văn A');
    // No commit anywhere under the page, so neither field 50, nor its neighbours, nor the page
    // rendered (a page render would also have rendered every FieldView).
    expect(page.commits()).toBe(0);
    expect([...counts.answers]).toEqual([]);
    expect([...counts.fieldViews]).toEqual([]);
  });

  test('a check shows each message at its own box; typing after it still renders nothing', async () => {
    const page = renderBig();
    await act(async () => {
      fireEvent.change(box(1), { target: { value: 'Có' } });
    });
    page.reset();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' })));
    // Required fields are the odd ones (f1, f3, …); f1 is answered, so f3 is the first problem.
    const third = box(3) as HTMLInputElement;
    expect(third.getAttribute('aria-invalid')).toBe('true');
    const described = third.getAttribute('aria-describedby')?.split(' ') ?? [];
    const message = described.map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(message).toMatch(/câu hỏi số 3\./i);
    expect(box(1).getAttribute('aria-invalid')).toBeNull();
    expect(box(2).getAttribute('aria-invalid')).toBeNull();
    // Typing into a field with an error still renders nothing; the error stays until the next
    // check (the page is checked on "Tiếp tục" only), and what is typed is kept.
    page.reset();
    await act(async () => {
      fireEvent.change(third, { target: { value: 'Đã sửa' } });
    });
    expect(page.commits()).toBe(0);
    expect(third.getAttribute('aria-invalid')).toBe('true');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' })));
    expect(third.getAttribute('aria-invalid')).toBeNull();
    expect(third.value).toBe('Đã sửa');
    expect(box(5).getAttribute('aria-invalid')).toBe('true');
  });

  test('a field shown on a condition watches only the answer its condition names', async () => {
    const conditional: ProcedureDefinition = {
      ...bigProcedure,
      pages: [
        {
          id: 'tat-ca',
          title: { vi: 'Tất cả câu hỏi' },
          fields: [
            ...fields.slice(0, 10),
            {
              id: 'chiTiet',
              type: 'text',
              label: { vi: 'Chi tiết' },
              visibleWhen: { eq: [{ var: 'f3' }, 'khác'] },
            },
          ],
        },
      ],
    };
    const page = renderBig(conditional);
    expect(screen.queryByLabelText(/^Chi tiết/)).toBeNull();
    page.reset();
    await act(async () => {
      fireEvent.change(box(7), { target: { value: 'khác' } });
    });
    // f7 is not named by the condition: nothing rendered.
    expect(page.commits()).toBe(0);
    await act(async () => {
      fireEvent.change(box(3), { target: { value: 'khác' } });
    });
    // f3 is: the conditional field rendered and appeared, and nothing else did.
    expect(screen.getByLabelText(/^Chi tiết/)).toBeTruthy();
    expect([...counts.answers]).toEqual([['chiTiet', 1]]);
    expect([...counts.fieldViews]).toEqual([]);
  });
});
