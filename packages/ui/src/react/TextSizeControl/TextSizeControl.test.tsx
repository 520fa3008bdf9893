import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MissingGovMiniProviderError } from '../provider/context';
import { PREFERENCES_KEY } from '../provider/GovMiniProvider';
import { renderError, renderWithProvider } from '../test-utils';
import { TextSizeControl } from './TextSizeControl';

describe('TextSizeControl', () => {
  it('a radio group "Cỡ chữ" with four sizes, 100 % chosen', () => {
    renderWithProvider(<TextSizeControl />);
    const group = screen.getByRole('group', { name: 'Cỡ chữ' });
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
      'Aa100 %',
      'Aa125 %',
      'Aa150 %',
      'Aa200 %',
    ]);
    expect(group.contains(radios[0] as HTMLElement)).toBe(true);
    // "Aa" is a picture of the size: not part of the option's name.
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '100 %' }).checked).toBe(true);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
  });

  it('choosing a size goes to the provider and the page', async () => {
    const { platform } = renderWithProvider(<TextSizeControl />);
    fireEvent.click(screen.getByRole('radio', { name: '150 %' }));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '150 %' }).checked).toBe(true);
    // jsdom folds the provider's calc(112.5% * 1.5).
    expect(document.documentElement.style.fontSize).toBe('calc(168.75%)');
    // Each sample shows its own size relative to the page's current one.
    const samples = [...document.querySelectorAll<HTMLElement>('.gm-text-size__sample')];
    const ems = samples.map((s) => Number.parseFloat(s.style.fontSize));
    const expected = [1 / 1.5, 1.25 / 1.5, 1, 2 / 1.5];
    for (const [i, em] of expected.entries()) expect(ems[i]).toBeCloseTo(em, 4);
    await waitFor(async () =>
      expect(await platform.storage.get(PREFERENCES_KEY)).toEqual({
        textSize: 1.5,
        highContrast: false,
      }),
    );
  });

  it('the high-contrast checkbox, with its hint', async () => {
    const { platform } = renderWithProvider(<TextSizeControl />);
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Tương phản cao' });
    expect(box.checked).toBe(false);
    const hint = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Chữ đậm màu hơn, nền rõ hơn, dễ đọc dưới nắng.');
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    expect(document.documentElement.getAttribute('data-gm-contrast')).toBe('high');
    await waitFor(async () =>
      expect(await platform.storage.get(PREFERENCES_KEY)).toEqual({
        textSize: 1,
        highContrast: true,
      }),
    );
  });

  it('shows what was saved before', async () => {
    const first = renderWithProvider(<TextSizeControl />);
    await act(async () => {
      await first.platform.storage.set(PREFERENCES_KEY, { textSize: 2, highContrast: true });
    });
    first.unmount();
    renderWithProvider(<TextSizeControl />, { platform: first.platform });
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('radio', { name: '200 %' }).checked).toBe(true),
    );
    expect(screen.getByRole<HTMLInputElement>('checkbox').checked).toBe(true);
  });

  it('contrast={false} hides the checkbox; English', () => {
    renderWithProvider(<TextSizeControl contrast={false} />, { locale: 'en' });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByRole('group', { name: 'Text size' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '125%' })).toBeTruthy();
  });

  it('names itself outside the provider', () => {
    const error = renderError(<TextSizeControl />);
    expect(error).toBeInstanceOf(MissingGovMiniProviderError);
    expect((error as Error).message).toMatch(/^TextSizeControl must be rendered inside/);
  });
});
