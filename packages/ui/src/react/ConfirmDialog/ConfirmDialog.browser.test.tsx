// In real Chromium, what jsdom cannot show: zmp-ui's Sheet really slides in and becomes
// visible (so focus can land in it only once it is shown), real keyboard Tab, Shift+Tab and
// Escape, and focus back on the trigger after the close animation.
import '../../styles/base.css';
import '../Button/Button.css';
import '../Spinner/Spinner.css';
import './ConfirmDialog.css';
import { createSimulatedPlatform } from '@govmini/platform';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { GovMiniProvider } from '../provider/GovMiniProvider';
import { ConfirmDialog } from './ConfirmDialog';

afterEach(cleanup);

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <GovMiniProvider platform={createSimulatedPlatform()}>
      <main>
        <button type="button" onClick={() => setOpen(true)}>
          Rút hồ sơ
        </button>
        <ConfirmDialog
          open={open}
          destructive
          title="Rút hồ sơ này?"
          confirmLabel="Rút hồ sơ"
          onConfirm={() => setOpen(false)}
          onCancel={() => setOpen(false)}
        >
          Hồ sơ sẽ không được xử lý tiếp.
        </ConfirmDialog>
      </main>
    </GovMiniProvider>
  );
}

async function openDialog() {
  render(<Page />);
  const trigger = screen.getByRole('button', { name: 'Rút hồ sơ' });
  await userEvent.click(trigger);
  const dialog = await screen.findByRole('dialog', { name: 'Rút hồ sơ này?' });
  const cancel = screen.getByRole('button', { name: 'Huỷ' });
  await waitFor(() => expect(document.activeElement).toBe(cancel));
  return { trigger, dialog, cancel };
}

describe('ConfirmDialog in Chromium', () => {
  it('slides up to the bottom of the screen, visible, above a backdrop', async () => {
    const { dialog } = await openDialog();
    await waitFor(
      () => {
        const box = dialog.getBoundingClientRect();
        expect(Math.abs(box.bottom - window.innerHeight)).toBeLessThan(2);
      },
      { timeout: 3000 },
    );
    expect(dialog.checkVisibility()).toBe(true);
    const mask = document.querySelector('.gm-confirm-dialog .zaui-mask') as HTMLElement;
    expect(getComputedStyle(mask).position).toBe('fixed');
  });

  it('Tab and Shift+Tab cycle inside; Escape cancels and focus returns', async () => {
    const { trigger, dialog, cancel } = await openDialog();
    const confirm = within(dialog).getByRole('button', { name: 'Rút hồ sơ' });
    await userEvent.keyboard('{Tab}'); // from the last button back to the first
    expect(document.activeElement).toBe(confirm);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(cancel);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(confirm);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}'); // from the first round to the last
    expect(document.activeElement).toBe(cancel);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 3000 });
    expect(document.activeElement).toBe(trigger);
  });

  it('a tap on the backdrop cancels', async () => {
    const { trigger } = await openDialog();
    // The wrapper above the page, outside the sheet: where a tap on the backdrop lands.
    const wrapper = document.querySelector('.gm-confirm-dialog .zaui-modal-wrapper') as HTMLElement;
    await userEvent.click(wrapper, { position: { x: 10, y: 10 } });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 3000 });
    expect(document.activeElement).toBe(trigger);
  });
});
