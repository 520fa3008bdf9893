// Test helper: renders under GovMiniProvider (a simulated Zalo signed in as the story citizen)
// and a DossierProvider over the memory backend with the sample and example procedures, and
// the full 2025 administrative data. Importing this file also unmounts what each test rendered,
// after it. Not exported.
import { readFileSync } from 'node:fs';
import { GovMiniProvider } from '@govmini/ui';
import { type AdminDataProvince, type AdminIndex, createAdminIndex } from '@govmini/vn/admin';
import { cleanup, type RenderResult, render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { afterEach } from 'vitest';
import {
  createDossierWorld,
  type DossierStoryParameters,
  type DossierWorld,
  DossierWorldProvider,
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

export interface RenderWithDossierOptions extends DossierStoryParameters {
  locale?: 'vi' | 'en';
  /** An existing world (to render twice over the same phone: a reload). */
  world?: DossierWorld;
}

export type RenderWithDossierResult = RenderResult & { world: DossierWorld };

/** Renders `ui` inside the dossier providers; `rerender(ui)` keeps the same providers. */
export async function renderWithDossier(
  ui: ReactElement,
  options: RenderWithDossierOptions = {},
): Promise<RenderWithDossierResult> {
  const world = options.world ?? (await createDossierWorld(options));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <GovMiniProvider platform={world.platform} locale={options.locale ?? 'vi'} applyTo="none">
      <DossierWorldProvider world={world} parameters={options}>
        {children}
      </DossierWorldProvider>
    </GovMiniProvider>
  );
  const result: RenderResult = render(ui, { wrapper });
  return Object.assign(result, { world });
}

export {
  sampleAdminIndex,
  sampleProcedure,
  storyProcedures,
  storySessionToken,
  storyUser,
} from './stories-support';
export { createDossierWorld, type DossierWorld };
