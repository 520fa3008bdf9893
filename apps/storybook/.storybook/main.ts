// GovMini's Storybook: the stories of @govmini/ui (one per state of each component) and the
// design docs in ../src. The preview (decorator, toolbar globals) is packages/ui's, so the
// Chromium tests that render every story and this app show exactly the same thing.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const uiSrc = resolve(here, '../../../packages/ui/src');

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  // Introduction first (the sidebar follows this order), then the other docs, then components.
  stories: [
    '../src/Introduction.mdx',
    '../src/**/*.mdx',
    '../src/**/*.stories.tsx',
    '../../../packages/ui/src/**/*.stories.tsx',
    '../../../packages/auth/src/**/*.stories.tsx',
    '../../../packages/dossier/src/**/*.stories.tsx',
    '../../../packages/feedback/src/**/*.stories.tsx',
  ],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // No calls home (TOOLCHAIN.md): no telemetry, no crash reports, no "what's new" fetches.
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  typescript: { check: false },
  viteFinal: (vite) =>
    mergeConfig(vite, {
      resolve: {
        // @govmini/ui from its sources: the stories and the preview import the components
        // relatively, so the docs pages must use the same copy (one React context, one theme
        // engine), and the build does not wait for or go stale against packages/ui/dist.
        // @govmini/platform and @govmini/vn come from their built dist (turbo's ^build).
        alias: [
          { find: /^@govmini\/ui$/, replacement: resolve(uiSrc, 'index.ts') },
          { find: /^@govmini\/ui\/core$/, replacement: resolve(uiSrc, 'core/index.ts') },
          { find: /^@govmini\/ui\/phone$/, replacement: resolve(uiSrc, 'phone.ts') },
          { find: /^@govmini\/ui\/dialog$/, replacement: resolve(uiSrc, 'dialog.ts') },
          { find: /^@govmini\/ui\/styles\.css$/, replacement: resolve(uiSrc, 'styles/base.css') },
        ],
      },
      // The static build is read from disk or a plain file server; no warnings for big chunks
      // (Storybook's manager and docs are big by nature, the library's budget is size-limit's).
      build: { chunkSizeWarningLimit: 4096 },
    }),
};

export default config;
