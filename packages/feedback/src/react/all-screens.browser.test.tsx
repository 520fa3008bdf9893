// Every story of @govmini/feedback (sending a report and following it up), rendered in real Chromium and checked for real (describeAllStories
// from @govmini/test-support, with checkStory from @govmini/ui/testing): axe-core (WCAG 2.0/2.1/2.2
// A and AA) finds nothing and no id repeats; every visible interactive element is ≥ 48 × 48 CSS px
// (inline links excepted); at 200 % text on 320 px nothing sticks out to the right (WCAG 1.4.10).
// A new story is tested without touching this file.

import { describeAllStories } from '@govmini/test-support/story-harness';
import { checkStory, settle } from '@govmini/ui/testing';
import axe from 'axe-core';
import { preview } from './stories-support';

// Every stylesheet of the package's screens (the stories import none themselves).
import.meta.glob('./**/*.css', { eager: true });

await describeAllStories({
  stories: import.meta.glob('./**/*.stories.tsx'),
  preview: [preview],
  modes: [
    {
      label: '100 % text',
      globals: { textSize: 1, locale: 'vi' },
      viewport: [320, 720],
      overflow: false,
    },
    {
      label: '200 % text at 320 px',
      globals: { textSize: 2, locale: 'vi' },
      viewport: [320, 640],
      overflow: true,
    },
  ],
  check: (scope, { overflow }) => checkStory(axe, scope, { targets: true, overflow }),
  settle,
});
