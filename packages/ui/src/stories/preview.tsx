// Storybook's global setup, shared by apps/storybook and by the Chromium tests that render
// every story (composeStories + setProjectAnnotations). Toolbar globals: theme, text size,
// contrast, dark mode, locale and the simulated platform's state.
import { createSimulatedPlatform } from '@govmini/platform';
import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect, useMemo } from 'react';
import '../styles/base.css';

// Every component's stylesheet, as an app gets them all in @govmini/ui/styles.css.
import.meta.glob('../react/**/*.css', { eager: true });

import { themes } from '../core/theme';
import { GovMiniProvider, useGovMini } from '../react/provider';
import type { TextSize } from '../react/provider/context';

export interface StoryGlobals {
  theme: keyof typeof themes;
  textSize: TextSize;
  highContrast: boolean;
  dark: boolean;
  locale: 'vi' | 'en';
  online: boolean;
}

export const defaultGlobals: StoryGlobals = {
  theme: 'tinhMau',
  textSize: 1,
  highContrast: false,
  dark: false,
  locale: 'vi',
  online: true,
};

/** Toolbar values arrive as strings ('true', '1.5'); tests pass real values. Both work. */
export function readGlobals(raw: Record<string, unknown>): StoryGlobals {
  const flag = (v: unknown, fallback: boolean) =>
    v === undefined ? fallback : v === true || v === 'true';
  return {
    theme: (raw.theme as StoryGlobals['theme']) ?? defaultGlobals.theme,
    textSize: (Number(raw.textSize) || defaultGlobals.textSize) as TextSize,
    highContrast: flag(raw.highContrast, defaultGlobals.highContrast),
    dark: flag(raw.dark, defaultGlobals.dark),
    locale: raw.locale === 'en' ? 'en' : 'vi',
    online: flag(raw.online, defaultGlobals.online),
  };
}

/** Applies the toolbar's text size and contrast through the provider, as a citizen would. */
function Preferences({ textSize, highContrast }: Pick<StoryGlobals, 'textSize' | 'highContrast'>) {
  const { setTextSize, setHighContrast } = useGovMini();
  // setTextSize/setHighContrast are no-ops when nothing changes, so these settle at once.
  useEffect(() => setTextSize(textSize), [textSize, setTextSize]);
  useEffect(() => setHighContrast(highContrast), [highContrast, setHighContrast]);
  return null;
}

const withGovMini: Decorator = (Story, context) => {
  const globals = readGlobals(context.globals);
  const platform = useMemo(
    () => createSimulatedPlatform({ user: { id: 'story-user', name: 'Nguyễn Văn Mẫu' } }),
    [],
  );
  useEffect(() => platform.controls.update({ online: globals.online }), [platform, globals.online]);
  useEffect(() => () => platform.dispose(), [platform]);
  return (
    <GovMiniProvider
      platform={platform}
      theme={themes[globals.theme] ?? themes.tinhMau}
      locale={globals.locale}
      darkMode={globals.dark}
    >
      <Preferences textSize={globals.textSize} highContrast={globals.highContrast} />
      <div style={{ padding: '1rem' }}>
        <Story />
      </div>
    </GovMiniProvider>
  );
};

const preview: Preview = {
  decorators: [withGovMini],
  initialGlobals: { ...defaultGlobals },
  globalTypes: {
    theme: {
      description: 'Tỉnh · Province theme',
      toolbar: {
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, theme]) => ({ value, title: theme.name })),
        dynamicTitle: true,
      },
    },
    textSize: {
      description: 'Cỡ chữ · Text size',
      toolbar: {
        icon: 'zoom',
        items: [
          { value: '1', title: '100 %' },
          { value: '1.25', title: '125 %' },
          { value: '1.5', title: '150 %' },
          { value: '2', title: '200 %' },
        ],
        dynamicTitle: true,
      },
    },
    highContrast: {
      description: 'Tương phản cao · High contrast',
      toolbar: {
        icon: 'contrast',
        items: [
          { value: 'false', title: 'Tương phản thường' },
          { value: 'true', title: 'Tương phản cao' },
        ],
        dynamicTitle: true,
      },
    },
    dark: {
      description: 'Chế độ tối · Dark mode',
      toolbar: {
        icon: 'moon',
        items: [
          { value: 'false', title: 'Sáng' },
          { value: 'true', title: 'Tối' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Ngôn ngữ · Language',
      toolbar: {
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    online: {
      description: 'Mạng (nền tảng mô phỏng) · Network (simulated platform)',
      toolbar: {
        icon: 'globe',
        items: [
          { value: 'true', title: 'Có mạng' },
          { value: 'false', title: 'Mất mạng' },
        ],
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
  },
};

export default preview;
