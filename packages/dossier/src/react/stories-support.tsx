// What every story of @govmini/dossier renders inside: a fresh simulated Zalo (its own platform
// in a nested GovMiniProvider that follows the outer one's locale, theme and text size), the
// memory backend with the example procedures, and a DossierProvider over them, signed in as the
// story citizen unless a story says otherwise. A story seeds what it needs in `setup` (drafts, a
// filed dossier, going offline), run by the loader before the first render.
// Also the project annotations the Chromium harness composes the stories with (`preview`).
// Not exported from the package.
import { createSimulatedPlatform, type SimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider, type TextSize, useGovMini } from '@govmini/ui';
import {
  type AdminDataProvince,
  type AdminIndex,
  createAdminIndex,
  provinces,
} from '@govmini/vn/admin';
import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { type ReactNode, useEffect, useMemo } from 'react';
import type { ProcedureDefinition } from '../core/definition/types';
import type { DraftStore } from '../core/drafts/api';
import { createDraftStore } from '../core/drafts/index';
import type { DossierService } from '../core/service/types';
import { exampleProcedures } from '../examples/index';
import { createMemoryDossierService } from '../testing/memory-service';
import type { PrefillValues } from './DossierProvider/context';
import { DossierProvider } from './DossierProvider/DossierProvider';
import { preloadAllJourneys } from './ProcedureFlow/lazy-screens';
import { sampleProcedure } from './sample-procedure';
import '@govmini/ui/styles.css';

export { sampleProcedure };

/** The citizen every story and test is signed in as. */
export const storyUser = { id: 'story-user', name: 'Nguyễn Thị Mai' } as const;
/** The memory backend's default session: the token is the user id. */
export const storySessionToken = storyUser.id;

/** The procedures the backend publishes unless a story says otherwise: the sample, then the examples. */
export const storyProcedures: readonly ProcedureDefinition[] = [
  sampleProcedure,
  ...exampleProcedures,
];

// A few real 2025 units (communes for Hà Nội and TP. Hồ Chí Minh only): the full data is the
// app's to load, never bundled; tests read /work/shared/data through test-support instead.
const sampleCommunes: Record<string, [number, string][]> = {
  '01': [
    [4, 'Phường Ba Đình'],
    [8, 'Phường Ngọc Hà'],
    [70, 'Phường Hoàn Kiếm'],
    [577, 'Xã Bát Tràng'],
  ],
  '79': [
    [26737, 'Phường Tân Định'],
    [26740, 'Phường Sài Gòn'],
    [26743, 'Phường Bến Thành'],
  ],
};
export const sampleAdminData: AdminDataProvince[] = provinces.map((p) => ({
  name: p.fullName,
  code: Number(p.code),
  division_type: p.kind === 'city' ? 'thành phố trung ương' : 'tỉnh',
  wards: (sampleCommunes[p.code] ?? []).map(([code, name]) => ({
    code,
    name,
    division_type: name.split(' ')[0]?.toLowerCase() ?? 'xã',
  })),
}));
export const sampleAdminIndex = createAdminIndex(sampleAdminData);

/** What the CCCD chip read gave (stories of prefilled fields). */
export const storyChipPrefill: PrefillValues = {
  'chip.fullName': 'Nguyễn Thị Mai',
  'chip.cccd': '001190012345',
  'chip.dateOfBirth': '1990-05-14',
};

export interface DossierWorld {
  platform: SimulatedPlatform;
  service: DossierService;
  /** The citizen's drafts, on the same storage the provider uses. */
  drafts: DraftStore;
  sessionToken: string | undefined;
  procedures: readonly ProcedureDefinition[];
}

export interface DossierStoryParameters {
  /** Default true. Signed out: drafts are kept in the shared space and nothing is sent. */
  signedIn?: boolean;
  /** Default true; false = the phone is offline from the first render. */
  online?: boolean;
  prefill?: PrefillValues;
  /** Default: a few real units (communes of Hà Nội and TP. Hồ Chí Minh only). */
  adminIndex?: AdminIndex;
  /** Published by the memory backend (default `storyProcedures`). */
  procedures?: readonly ProcedureDefinition[];
  /** Any DossierService; default the memory backend with `procedures`. */
  service?: (platform: SimulatedPlatform) => DossierService;
  /** Seeds the world before the first render (drafts, filed dossiers…). */
  setup?: (world: DossierWorld) => Promise<void>;
}

/** Builds the simulated world for a story or a test, and runs its `setup`. */
export async function createDossierWorld(
  parameters: DossierStoryParameters = {},
): Promise<DossierWorld> {
  const signedIn = parameters.signedIn ?? true;
  const platform = createSimulatedPlatform({
    user: storyUser,
    phoneNumber: '84912345678',
    online: parameters.online ?? true,
  });
  const service =
    parameters.service?.(platform) ??
    createMemoryDossierService({ procedures: parameters.procedures ?? storyProcedures });
  const storage = signedIn ? platform.storage.forUser(storyUser.id) : platform.storage;
  const world: DossierWorld = {
    platform,
    service,
    drafts: createDraftStore({ storage }),
    sessionToken: signedIn ? storySessionToken : undefined,
    procedures: parameters.procedures ?? storyProcedures,
  };
  await parameters.setup?.(world);
  await world.drafts.flush();
  // A phone that has already fetched the journey's chunks, as ProcedureFlow does at its start
  // page: stories and tests draw every page at once (lazy-answers.test covers the moment before).
  await preloadAllJourneys();
  return world;
}

/** The provider stack of a story or a test, over a world made by createDossierWorld. */
export function DossierWorldProvider({
  world,
  parameters = {},
  children,
}: {
  world: DossierWorld;
  parameters?: DossierStoryParameters | undefined;
  children: ReactNode;
}) {
  const outer = useGovMini('Dossier stories');
  const token = world.sessionToken;
  // biome-ignore lint/correctness/useExhaustiveDependencies: one token source per world
  const getSessionToken = useMemo(() => async () => token, [world]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: one set of values per world
  const prefill = useMemo<PrefillValues>(
    () => ({
      'profile.name': storyUser.name,
      'profile.phone': '+84912345678',
      ...parameters.prefill,
    }),
    [world],
  );
  return (
    <GovMiniProvider
      platform={world.platform}
      theme={outer.theme}
      locale={outer.locale}
      {...(outer.messages && { messages: { ...outer.messages } })}
      darkMode={outer.darkMode}
      applyTo="none"
    >
      <DossierProvider
        service={world.service}
        getSessionToken={getSessionToken}
        userId={token ? storyUser.id : undefined}
        adminIndex={parameters.adminIndex ?? sampleAdminIndex}
        prefill={prefill}
      >
        {children}
      </DossierProvider>
    </GovMiniProvider>
  );
}

let previous: DossierWorld | undefined;

/** Storybook loader: builds the world before the story renders (also under composeStories). */
export const loadDossier: Loader = async (context) => {
  // One story at a time: the previous story's timers and listeners go with it.
  previous?.platform.dispose();
  previous = await createDossierWorld(
    context.parameters.dossier as DossierStoryParameters | undefined,
  );
  return { dossier: previous };
};

/** Storybook decorator: needs `loadDossier` among the story's loaders. */
export const withDossier: Decorator = (Story, context) => {
  const world = (context.loaded as { dossier?: DossierWorld }).dossier;
  if (!world) throw new Error('withDossier needs the loadDossier loader (add `loaders`).');
  const parameters = context.parameters.dossier as DossierStoryParameters | undefined;
  return (
    <DossierWorldProvider world={world} parameters={parameters}>
      <Story />
    </DossierWorldProvider>
  );
};

/** Meta fields every dossier story file spreads in (typed for any component's args). */
export const dossierStoryMeta = {
  // biome-ignore lint/suspicious/noExplicitAny: shared by metas whose args differ
  loaders: [loadDossier as Loader<any>],
  // biome-ignore lint/suspicious/noExplicitAny: shared by metas whose args differ
  decorators: [withDossier as Decorator<any>],
};

/** For play functions: lets React, the memory backend and the simulator settle. */
export const settle = (ms = 50): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Clicks the first button, link or label whose text is exactly `text` (trimmed). */
export function clickText(root: HTMLElement, text: string, selector = 'button, a, label'): void {
  const target = [...root.querySelectorAll<HTMLElement>(selector)].find(
    (el) => el.textContent?.trim() === text,
  );
  if (!target) throw new Error(`Nothing to click with the text “${text}”`);
  target.click();
}

// ── Project annotations for the Chromium harness (Storybook itself uses packages/ui's) ───────

export interface DossierStoryGlobals {
  textSize: TextSize;
  locale: 'vi' | 'en';
}

export function readGlobals(raw: Record<string, unknown>): DossierStoryGlobals {
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

export const preview: Preview = {
  decorators: [withGovMini],
  initialGlobals: { textSize: 1, locale: 'vi' },
};
