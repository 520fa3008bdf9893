// jsdom can run zmp-ui's Sheet (it measures nothing there, so it never slides in; the DOM and
// the focus logic are all that matter here). The real slide, Escape and focus in Chromium:
// ConfirmDialog.browser.test.tsx.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MissingGovMiniProviderError } from '../provider/context';
import { renderError, renderWithProvider } from '../test-utils';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';

type Extra = Partial<Omit<ConfirmDialogProps, 'open' | 'onCancel'>> & { body?: ReactNode };

/** A page with a trigger that opens the dialog; confirming or cancelling closes it. */
function Page({
  onConfirm,
  onCancel,
  body = 'Hồ sơ sẽ không được xử lý tiếp.',
  ...rest
}: Extra & {
  onCancel?: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Rút hồ sơ
      </button>
      <ConfirmDialog
        title="Rút hồ sơ này?"
        {...rest}
        open={open}
        onConfirm={async () => {
          await onConfirm?.();
          setOpen(false);
        }}
        onCancel={() => {
          onCancel?.();
          setOpen(false);
        }}
      >
        {body}
      </ConfirmDialog>
    </>
  );
}

async function openDialog() {
  const trigger = screen.getByRole('button', { name: 'Rút hồ sơ' });
  trigger.focus();
  fireEvent.click(trigger);
  const dialog = await screen.findByRole('dialog');
  // The Sheet mounts its content a render later; focus follows on the next frame.
  await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
  return { trigger, dialog };
}

describe('ConfirmDialog', () => {
  it('is not in the page while closed', () => {
    renderWithProvider(<Page />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a modal dialog named by its title and described by its body', async () => {
    renderWithProvider(<Page />);
    const { dialog } = await openDialog();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByRole('dialog', { name: 'Rút hồ sơ này?' })).toBe(dialog);
    const described = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Hồ sơ sẽ không được xử lý tiếp.');
    expect(screen.getByRole('heading', { level: 2, name: 'Rút hồ sơ này?' })).toBeTruthy();
  });

  it('without a body it has no aria-describedby', async () => {
    renderWithProvider(<Page body={null} />);
    const { dialog } = await openDialog();
    expect(dialog.hasAttribute('aria-describedby')).toBe(false);
  });

  it('focus starts on the safe answer, "Huỷ"', async () => {
    renderWithProvider(<Page />);
    await openDialog();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Huỷ' }));
    expect(screen.getByRole('button', { name: 'Đồng ý' })).toBeTruthy();
  });

  it('Escape cancels and focus returns to the trigger', async () => {
    const onCancel = vi.fn();
    renderWithProvider(<Page onCancel={onCancel} />);
    const { trigger } = await openDialog();
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(trigger);
  });

  it('"Huỷ" cancels and focus returns to the trigger', async () => {
    const onCancel = vi.fn();
    renderWithProvider(<Page onCancel={onCancel} />);
    const { trigger } = await openDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(trigger);
  });

  it('a tap on the backdrop cancels', async () => {
    const onCancel = vi.fn();
    renderWithProvider(<Page onCancel={onCancel} />);
    await openDialog();
    fireEvent.click(document.querySelector('.zaui-modal-wrapper') as Element);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('Tab and Shift+Tab stay inside', async () => {
    renderWithProvider(<Page />);
    const { dialog } = await openDialog();
    const confirm = screen.getByRole('button', { name: 'Đồng ý' });
    const cancel = screen.getByRole('button', { name: 'Huỷ' });
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.keyDown(confirm, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(cancel);
    dialog.focus();
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(cancel);
  });

  it('focus that lands outside comes back', async () => {
    renderWithProvider(<Page />);
    const { trigger } = await openDialog();
    act(() => trigger.focus());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Huỷ' }));
  });

  it('confirm: onConfirm, then closed and focus restored', async () => {
    const onConfirm = vi.fn();
    renderWithProvider(<Page onConfirm={onConfirm} />);
    const { trigger } = await openDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Đồng ý' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(trigger);
  });

  it('while onConfirm is pending: "Đang xử lý…", no second call, no cancel', async () => {
    let finish: () => void = () => undefined;
    const onConfirm = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const onCancel = vi.fn();
    renderWithProvider(<Page onConfirm={onConfirm} onCancel={onCancel} />);
    await openDialog();
    const confirm = screen.getByRole('button', { name: 'Đồng ý' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(confirm.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('button', { name: 'Đồng ý Đang xử lý…' })).toBe(confirm);
    fireEvent.keyDown(confirm, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(onCancel).not.toHaveBeenCalled();
    await act(async () => finish());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('labels from props; destructive makes the confirm a warning button', async () => {
    renderWithProvider(<Page destructive confirmLabel="Rút hồ sơ ngay" cancelLabel="Giữ lại" />);
    await openDialog();
    const confirm = screen.getByRole('button', { name: 'Rút hồ sơ ngay' });
    expect(confirm.className).toContain('gm-button--warning');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Giữ lại' }));
  });

  it('English defaults', async () => {
    renderWithProvider(<Page />, { locale: 'en' });
    await openDialog();
    expect(screen.getByRole('button', { name: 'Confirm' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
  });

  it('names itself outside the provider', () => {
    const error = renderError(
      <ConfirmDialog open title="?" onConfirm={() => undefined} onCancel={() => undefined} />,
    );
    expect(error).toBeInstanceOf(MissingGovMiniProviderError);
    expect((error as Error).message).toMatch(/^ConfirmDialog must be rendered inside/);
  });
});
