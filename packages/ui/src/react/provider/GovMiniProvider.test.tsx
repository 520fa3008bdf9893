import { createSimulatedPlatform, type Platform } from '@govmini/platform';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTheme } from '../../core/theme';
import { Label } from '../field/Field';
import { renderError, renderWithProvider } from '../test-utils';
import { MissingGovMiniProviderError, type TextSize, useGovMini } from './context';
import { GovMiniProvider, PREFERENCES_KEY } from './GovMiniProvider';

/** Shows the context and offers the citizen's two settings as buttons. */
function Probe({ name }: { name?: string }) {
  const ctx = useGovMini(name);
  return (
    <div>
      <output data-testid="state">
        {JSON.stringify({
          textSize: ctx.textSize,
          highContrast: ctx.highContrast,
          darkMode: ctx.darkMode,
          locale: ctx.locale,
        })}
      </output>
      {([1, 1.25, 1.5, 2] as TextSize[]).map((size) => (
        <button key={size} type="button" onClick={() => ctx.setTextSize(size)}>
          {`size ${size}`}
        </button>
      ))}
      <button type="button" onClick={() => ctx.setHighContrast(!ctx.highContrast)}>
        contrast
      </button>
    </div>
  );
}
const state = () => JSON.parse(screen.getByTestId('state').textContent ?? '{}');
const html = () => document.documentElement;
// jsdom folds calc(112.5% * n) into one percentage.
const rootSize = (factor: number) => `calc(${112.5 * factor}%)`;
/** Lets the provider's async storage read settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/** Every context value seen by a consumer (the same value means nothing below re-rendered for it). */
const contexts = new Set<unknown>();
function ContextSeen() {
  contexts.add(useGovMini());
  return null;
}

/** An app that makes its theme during render, from a new input object each time. */
function ThemedApp({ platform, tick }: { platform: Platform; tick: number }) {
  const theme = createTheme({ name: 'Tỉnh Kiểm Thử', primary: '#2e7d32' });
  return (
    <GovMiniProvider platform={platform} theme={theme}>
      <output>{tick}</output>
      <ContextSeen />
    </GovMiniProvider>
  );
}

beforeEach(() => {
  for (const attr of ['lang', 'style', 'data-gm-theme-mode', 'data-gm-contrast']) {
    html().removeAttribute(attr);
  }
  document.body.removeAttribute('zaui-theme');
});

describe('GovMiniProvider', () => {
  describe('outside the provider', () => {
    it('throws MissingGovMiniProviderError naming the component', () => {
      const error = renderError(<Probe name="ServiceGrid" />);
      expect(error).toBeInstanceOf(MissingGovMiniProviderError);
      expect((error as Error).name).toBe('MissingGovMiniProviderError');
      expect((error as Error).message).toBe(
        'ServiceGrid must be rendered inside <GovMiniProvider platform={…} theme={…}> from ' +
          '@govmini/ui. Wrap your app (or your story/test) in it.',
      );
    });

    it('says "This component" when none is named', () => {
      expect((renderError(<Probe />) as Error).message).toMatch(/^This component must be/);
    });
  });

  describe('defaults', () => {
    it('100 % text, normal contrast, light, Vietnamese, and the theme stylesheet', async () => {
      const { unmount } = renderWithProvider(<Probe />);
      await settle();
      expect(state()).toEqual({ textSize: 1, highContrast: false, darkMode: false, locale: 'vi' });
      expect(html().style.fontSize).toBe(rootSize(1));
      expect(html().getAttribute('data-gm-contrast')).toBe('normal');
      expect(html().getAttribute('data-gm-theme-mode')).toBe('light');
      expect(document.body.getAttribute('zaui-theme')).toBe('light');
      expect(html().lang).toBe('vi');
      const sheet = document.head.querySelector<HTMLStyleElement>('style[data-gm-theme]');
      expect(sheet?.dataset.gmTheme).toBe('Tỉnh Mẫu');
      expect(sheet?.textContent).toContain('--gm-color-primary');
      unmount();
      expect(document.head.querySelector('style[data-gm-theme]')).toBeNull();
    });

    it('saves nothing until the citizen changes something', async () => {
      const { platform } = renderWithProvider(<Probe />);
      await settle();
      fireEvent.click(screen.getByText('size 1')); // already 100 %: not a change
      await settle();
      expect(await platform.storage.keys()).toEqual([]);
    });
  });

  describe('text size and contrast', () => {
    it('are applied to the document and saved through platform storage', async () => {
      const { platform } = renderWithProvider(<Probe />);
      await settle();
      fireEvent.click(screen.getByText('size 2'));
      expect(state().textSize).toBe(2);
      expect(html().style.fontSize).toBe(rootSize(2));
      fireEvent.click(screen.getByText('contrast'));
      expect(state().highContrast).toBe(true);
      expect(html().getAttribute('data-gm-contrast')).toBe('high');
      await waitFor(async () =>
        expect(await platform.storage.get(PREFERENCES_KEY)).toEqual({
          textSize: 2,
          highContrast: true,
        }),
      );
    });

    it('are restored on a new mount', async () => {
      const platform = createSimulatedPlatform();
      const first = renderWithProvider(<Probe />, { platform });
      await settle();
      fireEvent.click(screen.getByText('size 1.25'));
      fireEvent.click(screen.getByText('contrast'));
      await waitFor(async () => expect(await platform.storage.get(PREFERENCES_KEY)).toBeTruthy());
      first.unmount();
      html().removeAttribute('style');

      renderWithProvider(<Probe />, { platform });
      await waitFor(() => expect(state()).toMatchObject({ textSize: 1.25, highContrast: true }));
      expect(html().style.fontSize).toBe(rootSize(1.25));
      expect(html().getAttribute('data-gm-contrast')).toBe('high');
    });

    it('a stored value that makes no sense falls back to the defaults', async () => {
      const platform = createSimulatedPlatform();
      await platform.storage.set(PREFERENCES_KEY, { textSize: 3, highContrast: 'yes' });
      renderWithProvider(<Probe />, { platform });
      await settle();
      expect(state()).toMatchObject({ textSize: 1, highContrast: false });
    });

    it('evicted preferences: the defaults, no crash', async () => {
      const platform = createSimulatedPlatform();
      await platform.storage.set(PREFERENCES_KEY, { textSize: 2, highContrast: true });
      platform.controls.evictStorage([PREFERENCES_KEY]);
      renderWithProvider(<Probe />, { platform });
      await settle();
      expect(state()).toMatchObject({ textSize: 1, highContrast: false });
    });
  });

  describe('dark mode', () => {
    it("follows the simulated platform's system.darkMode and its changes", async () => {
      const { platform } = renderWithProvider(<Probe />, {
        simulator: { system: { darkMode: true } },
      });
      expect(state().darkMode).toBe(true);
      expect(html().getAttribute('data-gm-theme-mode')).toBe('dark');
      expect(document.body.getAttribute('zaui-theme')).toBe('dark');
      act(() => platform.controls.update({ system: { darkMode: false } }));
      expect(state().darkMode).toBe(false);
      expect(html().getAttribute('data-gm-theme-mode')).toBe('light');
      act(() => platform.controls.update({ system: { darkMode: true } }));
      expect(html().getAttribute('data-gm-theme-mode')).toBe('dark');
    });

    it('a forced darkMode wins over the platform', () => {
      const { platform } = renderWithProvider(<Probe />, { darkMode: false });
      act(() => platform.controls.update({ system: { darkMode: true } }));
      expect(state().darkMode).toBe(false);
      expect(html().getAttribute('data-gm-theme-mode')).toBe('light');
    });
  });

  describe('locale and messages', () => {
    it('the locale sets <html lang> and the catalogue', () => {
      const { rerender } = render(
        <GovMiniProvider platform={createSimulatedPlatform()} locale="en">
          <Label optional>Email</Label>
        </GovMiniProvider>,
      );
      expect(html().lang).toBe('en');
      expect(screen.getByText('(optional)')).toBeTruthy();
      rerender(
        <GovMiniProvider platform={createSimulatedPlatform()} locale="vi">
          <Label optional>Email</Label>
        </GovMiniProvider>,
      );
      expect(html().lang).toBe('vi');
      expect(screen.getByText('(không bắt buộc)')).toBeTruthy();
    });

    it('message overrides replace catalogue entries, in any locale', () => {
      renderWithProvider(<Label optional>Số điện thoại</Label>, {
        locale: 'en',
        messages: { 'field.optional': '(nếu có)' },
      });
      expect(screen.getByText('(nếu có)')).toBeTruthy();
    });
  });

  it('a theme made during render keeps one stylesheet and the context (createTheme is memoized)', async () => {
    contexts.clear();
    const platform = createSimulatedPlatform();
    const { rerender, unmount } = render(<ThemedApp platform={platform} tick={1} />);
    await settle();
    const sheet = document.head.querySelector('style[data-gm-theme="Tỉnh Kiểm Thử"]');
    expect(sheet?.textContent).toContain('--gm-color-primary');
    const seen = contexts.size;
    rerender(<ThemedApp platform={platform} tick={2} />);
    await settle();
    expect(document.head.querySelectorAll('style[data-gm-theme]')).toHaveLength(1);
    expect(document.head.querySelector('style[data-gm-theme]')).toBe(sheet);
    expect(contexts.size).toBe(seen);
    unmount();
  });

  it('applyTo="none" leaves the document alone', async () => {
    renderWithProvider(<Probe />, { applyTo: 'none', darkMode: true });
    await settle();
    fireEvent.click(screen.getByText('size 2'));
    expect(state().textSize).toBe(2);
    expect(html().style.fontSize).toBe('');
    expect(html().hasAttribute('data-gm-theme-mode')).toBe(false);
    expect(html().lang).toBe('');
    expect(document.head.querySelector('style[data-gm-theme]')).toBeNull();
  });
});
