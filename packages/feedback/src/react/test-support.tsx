// Test helper: renders under GovMiniProvider (a simulated Zalo signed in as the story citizen)
// and a FeedbackProvider over the memory backend with the story province's categories, and the
// full 2025 administrative data on demand. Importing this file also unmounts what each test
// rendered, after it. Not exported.
import { readFileSync } from 'node:fs';
import { GovMiniProvider } from '@govmini/ui';
import { type AdminDataProvince, type AdminIndex, createAdminIndex } from '@govmini/vn/admin';
import { cleanup, type RenderResult, render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { afterEach } from 'vitest';
import { PhotoError } from '../core/photos/errors';
import type { PhotoProcessor } from '../core/photos/processor';
import {
  createFeedbackWorld,
  type FeedbackStoryParameters,
  type FeedbackWorld,
  FeedbackWorldProvider,
} from './stories-support';

afterEach(cleanup);

let fullIndex: AdminIndex | undefined;
/** The real 2025 units (34 provinces, every commune), read once from the shared data. */
export function adminIndex2025(): AdminIndex {
  fullIndex ??= createAdminIndex(
    JSON.parse(
      readFileSync('/work/shared/data/vn-admin-units-2025.json', 'utf8'),
    ) as AdminDataProvince[],
  );
  return fullIndex;
}

export interface RenderWithFeedbackOptions extends FeedbackStoryParameters {
  locale?: 'vi' | 'en';
  /** The app's own wording of any key (GovMiniProvider's `messages`). */
  messages?: Record<string, string>;
  /** An existing world (to render twice over the same phone: a reload). */
  world?: FeedbackWorld;
}

export type RenderWithFeedbackResult = RenderResult & { world: FeedbackWorld };

/** Renders `ui` inside the feedback providers; `rerender(ui)` keeps the same providers. */
export async function renderWithFeedback(
  ui: ReactElement,
  options: RenderWithFeedbackOptions = {},
): Promise<RenderWithFeedbackResult> {
  const world = options.world ?? (await createFeedbackWorld(options));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <GovMiniProvider
      platform={world.platform}
      locale={options.locale ?? 'vi'}
      {...(options.messages && { messages: options.messages })}
      applyTo="none"
    >
      <FeedbackWorldProvider world={world} parameters={options}>
        {children}
      </FeedbackWorldProvider>
    </GovMiniProvider>
  );
  const result: RenderResult = render(ui, { wrapper });
  return Object.assign(result, { world });
}

const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** A real 1×1 PNG as a File, for picking photos in jsdom tests (no canvas there). */
export function pngFile(name = 'anh.png'): File {
  const bytes = Uint8Array.from(atob(ONE_PIXEL_PNG), (c) => c.charCodeAt(0));
  return new File([bytes], name, { type: 'image/png' });
}

/** Files a citizen might pick by mistake: an iPhone HEIC, a GIF, a text file, a 40 MB image. */
export const badFiles = {
  heic: () =>
    new File(
      [new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0])],
      'IMG_0001.HEIC',
      {
        type: 'image/heic',
      },
    ),
  gif: () =>
    new File([new TextEncoder().encode('GIF89a\x01\x00')], 'meme.gif', { type: 'image/gif' }),
  text: () => new File(['ghi chú'], 'ghi-chu.txt', { type: 'text/plain' }),
  huge: () => new File([new Uint8Array(40 * 1024 * 1024)], 'anh-40mb.jpg', { type: 'image/jpeg' }),
};

/**
 * Photo preparation for jsdom (no canvas): the bytes with a marker appended, so a test can tell
 * the prepared photo from the picked file; blurring appends the regions. Real canvas work is
 * tested in Chromium (PhotoRedactor/redaction.browser.test.tsx).
 */
export const markingPhotoProcessor: PhotoProcessor = {
  async prepare(file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const brand = String.fromCharCode(...bytes.subarray(4, 12));
    if (brand === 'ftypheic') throw new PhotoError('heic', 'HEIC cannot be opened here');
    if (bytes[0] !== 0x89 && bytes[0] !== 0xff)
      throw new PhotoError('unsupported_type', 'not an image');
    return {
      blob: new Blob([bytes, new TextEncoder().encode('|prepared')], { type: 'image/png' }),
      width: 1,
      height: 1,
    };
  },
  async redact(photo, regions) {
    const bytes = new Uint8Array(await photo.arrayBuffer());
    const mark = new TextEncoder().encode(`|blurred:${regions.length}`);
    return { blob: new Blob([bytes, mark], { type: 'image/png' }), width: 1, height: 1 };
  },
};

export {
  sampleAdminIndex,
  storyCategories,
  storyDeviceLocation,
  storyNeighbour,
  storySessionToken,
  storyUser,
} from './stories-support';
export { createFeedbackWorld, type FeedbackWorld };
