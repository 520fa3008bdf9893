// Test helper for every component: renders under <GovMiniProvider> with a simulated platform.
//
//   const { getByRole, platform } = renderWithProvider(<Button>Nộp hồ sơ</Button>);
//   renderWithProvider(<Notice … />, { locale: 'en', messages: { 'notice.warning': 'Chú ý:' } });
//
// `rerender(ui)` keeps the same provider and platform. Importing this file also unmounts what
// each test rendered, after it (Vitest runs without globals, so Testing Library can't do it
// by itself). Not exported from the package.
import {
  createSimulatedPlatform,
  type SimulatedPlatform,
  type SimulatorOptions,
} from '@govmini/platform';
import { cleanup, type RenderOptions, type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, vi } from 'vitest';
import type { Theme } from '../core/theme';
import type { Locale } from './internal/messages';
import { GovMiniProvider } from './provider/GovMiniProvider';

afterEach(cleanup);

export interface RenderWithProviderOptions extends Omit<RenderOptions, 'wrapper' | 'queries'> {
  /** Default `vi`. */
  locale?: Locale;
  /** A platform of your own (e.g. to share storage between mounts); default: a new simulated one. */
  platform?: SimulatedPlatform;
  /** Options for the simulated platform created when `platform` is not given. */
  simulator?: SimulatorOptions;
  /** Message overrides, by key. */
  messages?: Record<string, string>;
  theme?: Theme;
  darkMode?: boolean;
  /** Default `document` (as an app); `none` leaves <html> alone. */
  applyTo?: 'document' | 'none';
}

export interface RenderWithProviderResult extends Omit<RenderResult, 'rerender'> {
  /** Renders `ui` in place of the first, under the same provider and platform. */
  rerender(ui: ReactElement): void;
  /** The simulated platform the provider got (its `controls` drive the world). */
  platform: SimulatedPlatform;
}

export function renderWithProvider(
  ui: ReactElement,
  {
    locale,
    platform,
    simulator,
    messages,
    theme,
    darkMode,
    applyTo,
    ...renderOptions
  }: RenderWithProviderOptions = {},
): RenderWithProviderResult {
  const used = platform ?? createSimulatedPlatform(simulator);
  const wrap = (node: ReactElement) => (
    <GovMiniProvider
      platform={used}
      {...(locale !== undefined && { locale })}
      {...(messages !== undefined && { messages })}
      {...(theme !== undefined && { theme })}
      {...(darkMode !== undefined && { darkMode })}
      {...(applyTo !== undefined && { applyTo })}
    >
      {node}
    </GovMiniProvider>
  );
  const result = render(wrap(ui), renderOptions);
  return { ...result, rerender: (next) => result.rerender(wrap(next)), platform: used };
}

/**
 * Renders `ui` (usually outside any provider) and returns what it threw, without the noise
 * React and jsdom print for an uncaught render error. For developer-error tests:
 * `expect(renderError(<Button />)).toBeInstanceOf(MissingGovMiniProviderError)`.
 */
export function renderError(ui: ReactElement): unknown {
  const silence = (event: ErrorEvent) => event.preventDefault();
  window.addEventListener('error', silence);
  const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    render(ui);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    spy.mockRestore();
    window.removeEventListener('error', silence);
  }
}
