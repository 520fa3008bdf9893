import type { Platform } from '@govmini/platform';
import { createContext, useContext } from 'react';
import type { Theme } from '../../core/theme';
import type { Locale } from '../internal/messages';

/** Text size the citizen chose, as a factor of the 18 px body text. */
export type TextSize = 1 | 1.25 | 1.5 | 2;
export const textSizes: readonly TextSize[] = [1, 1.25, 1.5, 2];

export interface GovMiniContextValue {
  readonly platform: Platform;
  readonly theme: Theme;
  readonly locale: Locale;
  readonly messages: Readonly<Record<string, string>> | undefined;
  readonly textSize: TextSize;
  setTextSize(size: TextSize): void;
  readonly highContrast: boolean;
  setHighContrast(on: boolean): void;
  readonly darkMode: boolean;
}

export const GovMiniContext = createContext<GovMiniContextValue | null>(null);

/** Thrown when a GovMini component is rendered outside <GovMiniProvider>. */
export class MissingGovMiniProviderError extends Error {
  override readonly name = 'MissingGovMiniProviderError';
  constructor(component: string) {
    super(
      `${component} must be rendered inside <GovMiniProvider platform={…} theme={…}> from @govmini/ui. ` +
        'Wrap your app (or your story/test) in it.',
    );
  }
}

export function useGovMini(component = 'This component'): GovMiniContextValue {
  const value = useContext(GovMiniContext);
  if (!value) throw new MissingGovMiniProviderError(component);
  return value;
}
