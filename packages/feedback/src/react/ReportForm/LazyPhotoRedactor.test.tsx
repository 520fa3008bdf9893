// The photo editor comes in a chunk of its own: while it is on its way the citizen reads that it
// is opening; if it cannot be fetched (offline before the prefetch), why and "Thử lại", which
// fetches again; a failure is not remembered for ever as React.lazy would.
import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider, lazyChunk } from '@govmini/ui';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhotoRedactor } from '../PhotoRedactor/PhotoRedactor';
import { LazyPhotoRedactor, redactorChunk } from './LazyPhotoRedactor';

afterEach(cleanup);

function renderEditor(chunk: Parameters<typeof LazyPhotoRedactor>[0]['chunk']) {
  const onCancel = vi.fn();
  render(
    <GovMiniProvider platform={createSimulatedPlatform()} locale="vi" applyTo="none">
      <LazyPhotoRedactor
        chunk={chunk}
        photo={new Blob(['x'], { type: 'image/png' })}
        number={1}
        onApply={() => undefined}
        onCancel={onCancel}
      />
    </GovMiniProvider>,
  );
  return { onCancel };
}

describe('LazyPhotoRedactor', () => {
  it('says it is opening, then shows the editor', async () => {
    let arrive: (module: { PhotoRedactor: typeof PhotoRedactor }) => void = () => undefined;
    renderEditor(lazyChunk(() => new Promise((resolve) => (arrive = resolve))));
    expect(screen.getByText('Đang mở công cụ che ảnh…')).toBeTruthy();
    arrive({ PhotoRedactor });
    expect(await screen.findByRole('button', { name: 'Thêm vùng che' })).toBeTruthy();
  });

  it('cannot be fetched: says why, "Thử lại" fetches again, "Quay lại" leaves', async () => {
    const fetch = vi
      .fn<() => Promise<{ PhotoRedactor: typeof PhotoRedactor }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ PhotoRedactor });
    const { onCancel } = renderEditor(lazyChunk(fetch));
    expect(await screen.findByText(/Chưa mở được công cụ che ảnh/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/nội dung đã nhập vẫn được giữ/);
    fireEvent.click(screen.getByRole('button', { name: 'Quay lại danh sách ảnh' }));
    expect(onCancel).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('button', { name: 'Thêm vùng che' })).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('the editor replacing a focused "Thử lại" takes focus on its photo, not the page start', async () => {
    let arrive: (module: { PhotoRedactor: typeof PhotoRedactor }) => void = () => undefined;
    const fetch = vi
      .fn<() => Promise<{ PhotoRedactor: typeof PhotoRedactor }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockReturnValueOnce(new Promise((resolve) => (arrive = resolve)));
    renderEditor(lazyChunk(fetch));
    const retry = await screen.findByRole('button', { name: 'Thử lại' });
    retry.focus();
    fireEvent.click(retry);
    // Busy, but still there and focused while the editor is fetched again.
    expect(document.activeElement).toBe(retry);
    await act(async () => arrive({ PhotoRedactor }));
    expect(document.activeElement).toBe(screen.getByRole('application'));
  });

  it('once fetched (the form prefetches it), opens at once, with no "opening" moment', async () => {
    await redactorChunk.load();
    renderEditor(undefined);
    expect(screen.queryByText('Đang mở công cụ che ảnh…')).toBeNull();
    expect(screen.getByRole('button', { name: 'Thêm vùng che' })).toBeTruthy();
  });
});
