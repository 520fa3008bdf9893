// Every story of every component, rendered in real Chromium through the same preview as Storybook
// (GovMiniProvider + simulated platform), in six modes, and checked for real: the default theme
// (Tỉnh Mẫu), a province theme (Huế) and high contrast, each at 100 % (360 px) and 200 % text
// (320 px).
// In every mode: axe-core (WCAG 2.0/2.1/2.2 A and AA) finds nothing, and no id repeats; in high
// contrast axe also checks AAA text contrast (7:1), which that mode promises.
// At 100 % (default theme) and 200 %: every visible interactive element is ≥ 48 × 48 CSS px.
// At 200 % on a 320 × 640 screen: nothing sticks out to the right (no sideways scrolling).
// Tests are generated from the stories, so a new story is tested without touching this file.
//
// Modes reach the decorator as Storybook globals: each story is composed once per mode with
// `initialGlobals` (composeStories' project annotations), exactly as the toolbar would set them;
// a story's own `globals` still win. Each test first checks that its mode really took effect
// (root font size, data-gm-contrast and data-gm-theme-mode, the injected theme stylesheet).
import { composeStories, type composeStory, setProjectAnnotations } from '@storybook/react';
import axe from 'axe-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { themes } from '../core/theme';
import { checkStory, settle } from '../testing';
import preview, { readGlobals, type StoryGlobals } from './preview';

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);

interface Mode {
  label: string;
  globals: Partial<StoryGlobals>;
  viewport: readonly [number, number];
  /** 48 × 48 touch targets. */
  targets: boolean;
  /** Nothing wider than the viewport. */
  overflow: boolean;
  /** AAA text contrast (7:1, 4.5:1 large): what the high-contrast mode promises (DESIGN.md). */
  aaaContrast?: boolean;
}

const normal = { theme: 'tinhMau', textSize: 1, highContrast: false, dark: false } as const;
const modes: readonly Mode[] = [
  // 360 × 800: the commonest cheap-Android screen.
  { label: 'default theme', globals: normal, viewport: [360, 800], targets: true, overflow: false },
  {
    label: 'Huế theme',
    globals: { ...normal, theme: 'hue' },
    viewport: [360, 800],
    targets: false,
    overflow: false,
  },
  {
    label: 'high contrast',
    globals: { ...normal, highContrast: true },
    viewport: [360, 800],
    targets: false,
    overflow: false,
    aaaContrast: true,
  },
  {
    label: '200 % text at 320 px',
    globals: { ...normal, textSize: 2 },
    viewport: [320, 640],
    targets: true,
    overflow: true,
  },
  {
    label: 'Huế theme, 200 % text at 320 px',
    globals: { ...normal, theme: 'hue', textSize: 2 },
    viewport: [320, 640],
    targets: false,
    overflow: true,
  },
  {
    label: 'high contrast, 200 % text at 320 px',
    globals: { ...normal, highContrast: true, textSize: 2 },
    viewport: [320, 640],
    targets: false,
    overflow: true,
    aaaContrast: true,
  },
];

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;

// Lazy imports, so one story file that does not load (a component still being written) fails
// its own test instead of taking every other story down with it.
const loaders = import.meta.glob<StoryModule>('../react/**/*.stories.tsx');
const loaded = await Promise.all(
  Object.entries(loaders)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(async ([path, load]) => {
      try {
        return { path, module: await load() };
      } catch (error) {
        return { path, error };
      }
    }),
);

/** "Thành phần/Button" → "Button"; without a title, the file's name. */
function componentName(path: string, module: StoryModule): string {
  const title = (module.default as { title?: string } | undefined)?.title;
  return title?.split('/').pop() ?? path.split('/').pop()?.replace('.stories.tsx', '') ?? path;
}

for (const entry of loaded) {
  if (!('module' in entry) || !entry.module) {
    test(`${entry.path} loads`, () => {
      throw entry.error;
    });
    continue;
  }
  const { module, path } = entry;
  const name = componentName(path, module);
  const perMode = modes.map(
    (mode) =>
      composeStories(module, { initialGlobals: mode.globals }) as Record<string, ComposedStory>,
  );
  const exportNames = Object.keys(perMode[0] ?? {});

  describe((module.default as { title?: string }).title ?? path, () => {
    if (exportNames.length === 0) {
      test(`${name} has stories`, () => {
        throw new Error(`${name}: a stories file without stories checks nothing`);
      });
    }
    for (const exportName of exportNames) {
      modes.forEach((mode, i) => {
        const story = perMode[i]?.[exportName];
        test(`${name}/${exportName} — ${mode.label}`, async () => {
          if (!story) throw new Error(`composeStories lost ${exportName}`);
          await page.viewport(...mode.viewport);
          const container = document.createElement('div');
          container.dataset.story = `${name}/${exportName}`;
          document.body.append(container);
          // run() unmounts the previous story's React root before mounting this one (Storybook's
          // portable-stories cleanup); then the old containers go, failed ones included.
          await story.run({ canvasElement: container });
          for (const old of document.querySelectorAll('body > [data-story]')) {
            if (old !== container) old.remove();
          }
          await settle();

          // The mode really applied: otherwise every check below would be checking the wrong thing.
          const globals = readGlobals(story.globals);
          const root = document.documentElement;
          const theme = themes[globals.theme] ?? themes.tinhMau;
          const styles = document.querySelectorAll<HTMLStyleElement>('style[data-gm-theme]');
          expect({
            rootFontPx: Number.parseFloat(getComputedStyle(root).fontSize),
            contrast: root.dataset.gmContrast,
            themeMode: root.dataset.gmThemeMode,
            theme: styles[styles.length - 1]?.dataset.gmTheme,
            viewport: window.innerWidth,
          }).toEqual({
            rootFontPx: 18 * globals.textSize,
            contrast: globals.highContrast ? 'high' : 'normal',
            themeMode: globals.dark ? 'dark' : 'light',
            theme: theme.name,
            viewport: mode.viewport[0],
          });

          // The whole body: the story's container plus anything it portals out (dialogs, toasts).
          // The previous story is unmounted and its container removed, so only this story is here.
          const scope = document.body;
          const rendered = scope.querySelector(
            'img, svg, input, button, select, textarea, a, [role], hr, progress',
          );
          if (!scope.textContent?.trim() && !rendered) {
            throw new Error(`${name}/${exportName} rendered nothing: nothing would be checked`);
          }
          const problems = await checkStory(axe, scope, mode);
          if (problems.length > 0) {
            const where = `${name}/${exportName} — ${mode.label}`;
            throw new Error(`${problems.length} problem(s) in ${where}:\n${problems.join('\n')}`);
          }
        });
      });
    }
  });
}

if (loaded.length === 0) {
  test('there are stories to check', () => {
    throw new Error('no *.stories.tsx under src/react: nothing would be checked');
  });
}
