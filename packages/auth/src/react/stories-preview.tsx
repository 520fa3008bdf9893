// The project annotations the Chromium tests compose this package's stories with (Storybook
// itself uses packages/ui's preview, which does the same): GovMiniProvider over a simulated
// platform, @govmini/ui's styles, and the text size and locale as globals.
import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider, type TextSize, useGovMini } from '@govmini/ui';
import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect, useMemo } from 'react';
import '@govmini/ui/styles.css';

export interface AuthStoryGlobals {
  textSize: TextSize;
  locale: 'vi' | 'en';
}

export function readGlobals(raw: Record<string, unknown>): AuthStoryGlobals {
  return {
    textSize: (Number(raw.textSize) || 1) as TextSize,
    locale: raw.locale === 'en' ? 'en' : 'vi',
  };
}

/** Applies the text size through the provider, as the citizen's own choice would. */
function TextSizeFromGlobals({ textSize }: { textSize: TextSize }) {
  const { setTextSize } = useGovMini();
  useEffect(() => setTextSize(textSize), [textSize, setTextSize]);
  return null;
}

const withGovMini: Decorator = (Story, context) => {
  const globals = readGlobals(context.globals);
  const platform = useMemo(() => createSimulatedPlatform({ user: null }), []);
  return (
    <GovMiniProvider platform={platform} locale={globals.locale}>
      <TextSizeFromGlobals textSize={globals.textSize} />
      <div style={{ padding: '1rem' }}>
        <Story />
      </div>
    </GovMiniProvider>
  );
};

const preview: Preview = {
  decorators: [withGovMini],
  initialGlobals: { textSize: 1, locale: 'vi' },
};

export default preview;
