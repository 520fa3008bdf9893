// The editor's behaviour without a canvas: boxes drawn with a pointer, added and adjusted with
// buttons and arrow keys, undone, removed; what "Che và lưu ảnh" hands over. (The pixels are
// checked in Chromium: redaction.browser.test.tsx.)

import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BlurRegion } from '../../core/photos/regions';
import { PhotoRedactor } from './PhotoRedactor';

afterEach(cleanup);

function setup(locale: 'vi' | 'en' = 'vi') {
  const onApply = vi.fn<(regions: readonly BlurRegion[]) => void>();
  const onCancel = vi.fn();
  render(
    <GovMiniProvider platform={createSimulatedPlatform()} locale={locale} applyTo="none">
      <PhotoRedactor
        photo={new Blob(['x'], { type: 'image/png' })}
        number={2}
        onApply={onApply}
        onCancel={onCancel}
      />
    </GovMiniProvider>,
  );
  const stage = screen.getByRole('application', {
    name: locale === 'vi' ? 'Ảnh 2 và các vùng che' : 'Photo 2 and its boxes',
  });
  const apply = () => {
    fireEvent.click(
      screen.getByRole('button', {
        name: locale === 'vi' ? 'Che và lưu ảnh' : 'Cover and save the photo',
      }),
    );
    return onApply.mock.calls.at(-1)?.[0] ?? [];
  };
  return { stage, apply, onCancel };
}

describe('PhotoRedactor', () => {
  it('adds a box with the button, moves and resizes it with buttons, and hands it over', () => {
    const { apply } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Thêm vùng che' }));
    expect(screen.getByText('Đã thêm vùng che 1.')).toBeTruthy();
    const [added] = apply();
    expect(added).toMatchObject({ x: 0.35, y: 0.35, width: 0.3, height: 0.3 });
    fireEvent.click(screen.getByRole('button', { name: 'Sang phải' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rộng hơn' }));
    const [moved] = apply();
    expect(moved?.x).toBeCloseTo(0.36);
    expect(moved?.width).toBeCloseTo(0.32);
  });

  it('moves with arrow keys, resizes with Shift + arrows, removes with Delete, and undoes', () => {
    const { stage, apply } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Thêm vùng che' }));
    fireEvent.keyDown(stage, { key: 'ArrowDown' });
    fireEvent.keyDown(stage, { key: 'ArrowDown', shiftKey: true });
    const [box] = apply();
    expect(box?.y).toBeCloseTo(0.36);
    expect(box?.height).toBeCloseTo(0.32);
    expect(stage.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.keyDown(stage, { key: 'Delete' });
    expect(apply()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    expect(apply()).toHaveLength(1);
    fireEvent.keyDown(stage, { key: 'z', ctrlKey: true });
    fireEvent.keyDown(stage, { key: 'z', ctrlKey: true });
    fireEvent.keyDown(stage, { key: 'z', ctrlKey: true });
    expect(apply()).toEqual([]);
  });

  it('draws a box with a finger, and a tap selects a box instead of drawing', () => {
    // jsdom has no object URLs: give the photo one so the <img> renders.
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:story-photo');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { stage, apply } = setup();
    const img = stage.querySelector('img') as HTMLImageElement;
    expect(created).toHaveBeenCalled();
    // jsdom lays nothing out: the photo is 200 × 100 at (0, 0).
    img.getBoundingClientRect = () =>
      ({
        left: 0,
        top: 0,
        width: 200,
        height: 100,
        right: 200,
        bottom: 100,
        x: 0,
        y: 0,
      }) as DOMRect;
    const finger = (type: 'pointerDown' | 'pointerMove' | 'pointerUp', x: number, y: number) =>
      fireEvent[type](stage, {
        pointerId: 1,
        clientX: x,
        clientY: y,
        pointerType: 'touch',
        button: 0,
      });
    finger('pointerDown', 20, 10);
    finger('pointerMove', 100, 60);
    finger('pointerUp', 100, 60);
    const [drawn] = apply();
    expect(drawn?.x).toBeCloseTo(0.1);
    expect(drawn?.y).toBeCloseTo(0.1);
    expect(drawn?.width).toBeCloseTo(0.4);
    expect(drawn?.height).toBeCloseTo(0.5);
    // A second box, then a tap inside the first: it is selected (its buttons name it), no third box.
    fireEvent.click(screen.getByRole('button', { name: 'Thêm vùng che' }));
    finger('pointerDown', 30, 20);
    finger('pointerUp', 31, 20);
    expect(apply()).toHaveLength(2);
    expect(screen.getByRole('group', { name: 'Đang chỉnh vùng che 1' })).toBeTruthy();
    vi.restoreAllMocks();
  });

  it('"Huỷ, giữ ảnh như cũ" changes nothing', () => {
    const { onCancel } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Huỷ, giữ ảnh như cũ' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('speaks English when the app does', () => {
    setup('en');
    expect(screen.getByRole('button', { name: 'Add a box' })).toBeTruthy();
  });
});
