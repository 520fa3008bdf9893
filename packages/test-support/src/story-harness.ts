// Every story of a package, rendered in real Chromium (Vitest browser mode) and checked for
// real, once per mode: composeStories with the mode as initial globals, the story's loaders and
// play function run, then the package's own check (checkStory from @govmini/ui/testing: axe,
// duplicate ids, 48 px targets, overflow) must find nothing. Used by the auth, dossier and
// feedback harnesses; a new story is tested without touching any of them.
// The check and settle functions are passed in rather than imported, so this private package
// does not depend on @govmini/ui (which would make a cycle with the packages that use it).
import { composeStories, type composeStory, setProjectAnnotations } from '@storybook/react';
import { beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;

export interface StoryMode {
  readonly label: string;
  /** Initial globals; `textSize` (1, 1.25, 1.5, 2) is checked against the root font size. */
  readonly globals: Readonly<Record<string, unknown>> & { readonly textSize: number };
  readonly viewport: readonly [number, number];
  /** Check for horizontal overflow (WCAG 1.4.10) in this mode. */
  readonly overflow: boolean;
}

export interface StoryHarnessOptions {
  /** `import.meta.glob('./**\/*.stories.tsx')` — lazy, so a file that fails to load fails alone. */
  readonly stories: Record<string, () => Promise<unknown>>;
  /** The package's project annotations (decorators, loaders, globals). */
  readonly preview: Parameters<typeof setProjectAnnotations>[0];
  readonly modes: readonly StoryMode[];
  /** Problems found in the rendered story (empty = fine). */
  readonly check: (scope: HTMLElement, options: { overflow: boolean }) => Promise<string[]>;
  /** Waits until the story stopped changing (fonts, effects, transitions). */
  readonly settle: () => Promise<void>;
  /** The root font size at 100 % text, in CSS px (default 18). */
  readonly baseFontPx?: number;
}

/** Declares one test per story and mode. Call with top-level `await` in the test file. */
export async function describeAllStories(options: StoryHarnessOptions): Promise<void> {
  const { stories, modes, check, settle, baseFontPx = 18 } = options;
  const annotations = setProjectAnnotations(options.preview);
  beforeAll(annotations.beforeAll);

  const loaded = await Promise.all(
    Object.entries(stories)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([path, load]) => {
        try {
          return { path, module: (await load()) as StoryModule };
        } catch (error) {
          return { path, error };
        }
      }),
  );

  if (loaded.length === 0) {
    test('there are stories to check', () => {
      throw new Error('no *.stories.tsx found: nothing would be checked');
    });
  }

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

            const textSize = Number(story.globals.textSize) || 1;
            expect({
              rootFontPx: Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
              viewport: window.innerWidth,
            }).toEqual({ rootFontPx: baseFontPx * textSize, viewport: mode.viewport[0] });

            const scope = document.body;
            if (!scope.textContent?.trim()) {
              throw new Error(`${name}/${exportName} rendered nothing: nothing would be checked`);
            }
            const problems = await check(scope, { overflow: mode.overflow });
            if (problems.length > 0) {
              const where = `${name}/${exportName} — ${mode.label}`;
              throw new Error(`${problems.length} problem(s) in ${where}:\n${problems.join('\n')}`);
            }
          });
        });
      }
    });
  }
}
