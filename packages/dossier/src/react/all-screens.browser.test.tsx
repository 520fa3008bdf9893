// Every story of @govmini/dossier (the filing journey's and the tracking screens'), rendered in
// real Chromium and checked for real, in two modes: 100 % text on a 360 × 800 screen and 200 %
// text on 320 × 640. Same approach and checks as @govmini/ui's and @govmini/auth's harnesses
// (`checkStory` from @govmini/ui/testing; `preview` from ./stories-support is the small
// equivalent of ui's preview): composeStories with the mode as initial globals, the story's
// loaders (the simulated phone and backend, seeded) and play function run, then
// - axe-core (WCAG 2.0/2.1/2.2 A and AA) finds nothing, and no id repeats;
// - every visible interactive element is ≥ 48 × 48 CSS px (inline links excepted);
// - at 200 % on 320 px nothing sticks out to the right (WCAG 1.4.10).
// A new story is tested without touching this file.

import { checkStory, settle } from '@govmini/ui/testing';
import { composeStories, type composeStory, setProjectAnnotations } from '@storybook/react';
import axe from 'axe-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { type DossierStoryGlobals, preview, readGlobals } from './stories-support';

// Every stylesheet of the package's screens (the stories import none themselves).
import.meta.glob('./**/*.css', { eager: true });

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);

interface Mode {
  label: string;
  globals: DossierStoryGlobals;
  viewport: readonly [number, number];
  overflow: boolean;
}

const modes: readonly Mode[] = [
  {
    label: '100 % text',
    globals: { textSize: 1, locale: 'vi' },
    viewport: [360, 800],
    overflow: false,
  },
  {
    label: '200 % text at 320 px',
    globals: { textSize: 2, locale: 'vi' },
    viewport: [320, 640],
    overflow: true,
  },
];

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;

// Lazy, so a story file that does not load fails its own test instead of all of them.
const loaders = import.meta.glob<StoryModule>('./**/*.stories.tsx');
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

for (const entry of loaded) {
  if (!('module' in entry) || !entry.module) {
    test(`${entry.path} loads`, () => {
      throw entry.error;
    });
    continue;
  }
  const { module, path } = entry;
  const title = (module.default as { title?: string }).title ?? path;
  const name = title.split('/').pop() ?? path;
  const perMode = modes.map(
    (mode) =>
      composeStories(module, { initialGlobals: { ...mode.globals } }) as Record<
        string,
        ComposedStory
      >,
  );
  describe(title, () => {
    for (const exportName of Object.keys(perMode[0] ?? {})) {
      modes.forEach((mode, i) => {
        test(`${name}/${exportName} — ${mode.label}`, async () => {
          const story = perMode[i]?.[exportName];
          if (!story) throw new Error(`composeStories lost ${exportName}`);
          await page.viewport(...mode.viewport);
          const container = document.createElement('div');
          container.dataset.story = `${name}/${exportName}`;
          document.body.append(container);
          await story.run({ canvasElement: container });
          for (const old of document.querySelectorAll('body > [data-story]')) {
            if (old !== container) old.remove();
          }
          await settle();

          const globals = readGlobals(story.globals);
          expect({
            rootFontPx: Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
            viewport: window.innerWidth,
          }).toEqual({ rootFontPx: 18 * globals.textSize, viewport: mode.viewport[0] });

          const scope = document.body;
          if (!scope.textContent?.trim()) {
            throw new Error(`${name}/${exportName} rendered nothing: nothing would be checked`);
          }
          const problems = await checkStory(axe, scope, { targets: true, overflow: mode.overflow });
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
