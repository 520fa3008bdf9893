// The answer problems' wording comes in its own chunk (issue-messages.ts). A page checked before
// it has arrived shows its problems once it does; if it cannot be fetched, each problem still
// shows, in general words, at its field and in the summary.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { ProcedureDefinition } from '../../core/definition/types';
import { renderWithDossier, sampleProcedure } from '../test-support';
import { QuestionPage } from './QuestionPage';

// The chunk as the page sees it: not arrived until the test says so.
const chunk = vi.hoisted(() => ({
  arrive: (_ok: boolean) => {},
}));
vi.mock('./issue-messages', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./issue-messages')>();
  return {
    ...actual,
    issueMessagesLoaded: () => undefined,
    preloadIssueMessages: async () => undefined,
    loadIssueMessages: () =>
      new Promise((resolve, reject) => {
        chunk.arrive = (ok) =>
          ok
            ? void actual.loadIssueMessages().then(resolve)
            : reject(new TypeError('Failed to fetch dynamically imported module'));
      }),
  };
});

const procedure: ProcedureDefinition = {
  ...sampleProcedure,
  id: 'mot-o',
  onBehalf: { allowed: false, relationships: [] },
  pages: [
    {
      id: 'trang',
      title: { vi: 'Một trang' },
      fields: [{ id: 'hoTen', type: 'text', label: { vi: 'Họ và tên' }, required: true }],
    },
  ],
  rules: [],
};

async function checkEmptyPage() {
  const onContinue = vi.fn();
  await renderWithDossier(
    <QuestionPage procedure={procedure} pageId="trang" onContinue={onContinue} />,
    { procedures: [procedure] },
  );
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' })));
  return onContinue;
}

describe('problems checked before their wording has arrived', () => {
  beforeEach(() => {
    chunk.arrive = () => {};
  });

  test('show, with their own wording, once it arrives', async () => {
    const onContinue = await checkEmptyPage();
    expect(onContinue).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => chunk.arrive(true));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('Vui lòng nhập họ và tên.');
    expect(screen.getByLabelText(/^Họ và tên/).getAttribute('aria-invalid')).toBe('true');
  });

  test('show in general words if it cannot be fetched', async () => {
    await checkEmptyPage();
    await act(async () => chunk.arrive(false));
    const summary = await screen.findByRole('alert');
    const general = 'Câu trả lời này chưa đúng hoặc còn thiếu. Vui lòng kiểm tra lại.';
    expect(within(summary).getByRole('link').textContent).toBe(general);
    expect(screen.getByLabelText(/^Họ và tên/).getAttribute('aria-invalid')).toBe('true');
  });
});
