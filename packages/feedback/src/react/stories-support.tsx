// What every story of @govmini/feedback renders inside: a fresh simulated Zalo (its own platform
// in a nested GovMiniProvider that follows the outer one's locale, theme and text size), the
// memory backend with the story province's categories, and a FeedbackProvider over them, signed
// in as the story citizen unless a story says otherwise. A story seeds what it needs in `setup`
// (reports filed earlier, a report waiting in the outbox, going offline), run by the loader
// before the first render. Also the project annotations the Chromium harness composes the
// stories with (`preview`). Not exported from the package.
import {
  createSimulatedPlatform,
  type SimulatedPlatform,
  type SimulatorOptions,
  type StorageApi,
} from '@govmini/platform';
import { GovMiniProvider, type TextSize, useGovMini } from '@govmini/ui';
import {
  type AdminDataProvince,
  type AdminIndex,
  createAdminIndex,
  provinces,
} from '@govmini/vn/admin';
import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { type ReactNode, useEffect, useMemo } from 'react';
import type { PhotoProcessor } from '../core/photos/processor';
import type { FeedbackCategory, FeedbackService } from '../core/types';
import { simulatorLocationExchange } from '../testing/memory-locations';
import { createMemoryFeedbackService } from '../testing/memory-service';
import { FeedbackProvider } from './FeedbackProvider/FeedbackProvider';
import '@govmini/ui/styles.css';

/** The citizen every story and test is signed in as. */
export const storyUser = { id: 'story-user', name: 'Nguyễn Thị Mai' } as const;
/** Another citizen, who filed reports before (duplicates, public reports). */
export const storyNeighbour = { id: 'hang-xom', name: 'Lê Văn Hùng' } as const;
/** The memory backend's default session: the token is the user id. */
export const storySessionToken = storyUser.id;
/** Where the simulated phone is ("Dùng vị trí hiện tại"): Hồ Gươm, Hà Nội. */
export const storyDeviceLocation = { latitude: 21.0287, longitude: 105.8524 } as const;

/** What the story backend knows about a point: Hồ Gươm's, else nothing (coordinates only). */
export function storyReverseGeocode(point: { latitude: number; longitude: number }) {
  const near =
    Math.abs(point.latitude - storyDeviceLocation.latitude) < 0.01 &&
    Math.abs(point.longitude - storyDeviceLocation.longitude) < 0.01;
  return near
    ? {
        provinceCode: '01',
        communeCode: '00070',
        address: 'Phố Đinh Tiên Hoàng, Phường Hoàn Kiếm, Thành phố Hà Nội',
      }
    : undefined;
}

/** A province's categories, as its configuration would give them. */
export const storyCategories: readonly FeedbackCategory[] = [
  {
    id: 'ha-tang-giao-thong',
    title: { vi: 'Hạ tầng giao thông', en: 'Roads and pavements' },
    description: {
      vi: 'Ổ gà, sụt lún, hư hỏng mặt đường, vỉa hè',
      en: 'Potholes, subsidence, damaged roads and pavements',
    },
    icon: 'road',
    agency: { id: 'so-xay-dung', name: { vi: 'Sở Xây dựng', en: 'Department of Construction' } },
    answerDays: 5,
  },
  {
    id: 'ngap-ung',
    title: { vi: 'Ngập úng, thoát nước', en: 'Flooding and drainage' },
    description: {
      vi: 'Ngập sau mưa, cống tắc, nắp cống hỏng',
      en: 'Flooding after rain, blocked drains, broken drain covers',
    },
    icon: 'flood',
    agency: {
      id: 'cong-ty-thoat-nuoc',
      name: { vi: 'Công ty Thoát nước đô thị', en: 'Urban Drainage Company' },
    },
    answerDays: 3,
    notice: {
      vi: 'Trường hợp khẩn cấp gây nguy hiểm đến tính mạng, vui lòng gọi 114.',
      en: 'If lives are in danger, please call 114.',
    },
  },
  {
    id: 've-sinh-moi-truong',
    title: { vi: 'Rác thải, vệ sinh môi trường', en: 'Rubbish and cleanliness' },
    description: {
      vi: 'Rác không được thu gom, đổ trộm phế thải',
      en: 'Rubbish not collected, illegal dumping',
    },
    icon: 'rubbish',
    agency: {
      id: 'so-nong-nghiep-moi-truong',
      name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' },
    },
    answerDays: 5,
  },
  {
    id: 'chieu-sang',
    title: { vi: 'Chiếu sáng công cộng', en: 'Street lighting' },
    description: { vi: 'Đèn đường hỏng, không sáng', en: 'Broken or unlit street lights' },
    icon: 'light',
    agency: { id: 'so-xay-dung', name: { vi: 'Sở Xây dựng', en: 'Department of Construction' } },
    answerDays: 5,
  },
  {
    id: 'thu-tuc-hanh-chinh',
    title: { vi: 'Thái độ, thủ tục hành chính', en: 'Public offices and procedures' },
    description: {
      vi: 'Chậm giải quyết hồ sơ, thái độ cán bộ',
      en: 'Slow handling of applications, staff behaviour',
    },
    icon: 'office',
    agency: {
      id: 'van-phong-ubnd',
      name: { vi: 'Văn phòng UBND tỉnh', en: 'Office of the Provincial People’s Committee' },
    },
    answerDays: 10,
  },
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

export interface FeedbackWorld {
  platform: SimulatedPlatform;
  service: FeedbackService;
  /** The storage the provider's drafts and outbox use (per user when signed in). */
  storage: StorageApi;
  sessionToken: string | undefined;
  categories: readonly FeedbackCategory[];
}

export interface FeedbackStoryParameters {
  /** Default true. Signed out: drafts are kept in the shared space and nothing is sent. */
  signedIn?: boolean;
  /** Default true; false = the phone is offline from the first render. */
  online?: boolean;
  /** More of the simulated world (permissions, latency, failures…). */
  simulator?: SimulatorOptions;
  /** Default: a few real units (communes of Hà Nội and TP. Hồ Chí Minh only). */
  adminIndex?: AdminIndex;
  /** Published by the memory backend (default `storyCategories`). */
  categories?: readonly FeedbackCategory[];
  /** Give the provider the categories (default false: screens ask the service). */
  categoriesInProvider?: boolean;
  /** Any FeedbackService; default the memory backend with `categories`. */
  service?: (platform: SimulatedPlatform) => FeedbackService;
  /** Seeds the world before the first render (reports, outbox entries, drafts…). */
  setup?: (world: FeedbackWorld) => Promise<void>;
  /** Photo preparation and blurring (default the phone's canvas; jsdom tests give their own). */
  photoProcessor?: PhotoProcessor;
}

/** Builds the simulated world for a story or a test, and runs its `setup`. */
export async function createFeedbackWorld(
  parameters: FeedbackStoryParameters = {},
): Promise<FeedbackWorld> {
  const signedIn = parameters.signedIn ?? true;
  const categories = parameters.categories ?? storyCategories;
  const platform = createSimulatedPlatform({
    user: storyUser,
    phoneNumber: '84912345678',
    location: storyDeviceLocation,
    ...parameters.simulator,
    online: parameters.online ?? parameters.simulator?.online ?? true,
  });
  const service =
    parameters.service?.(platform) ??
    createMemoryFeedbackService({
      categories,
      users: [{ id: storyUser.id, name: storyUser.name }, storyNeighbour],
      exchangeLocation: simulatorLocationExchange(platform),
      reverseGeocode: storyReverseGeocode,
    });
  const world: FeedbackWorld = {
    platform,
    service,
    storage: signedIn ? platform.storage.forUser(storyUser.id) : platform.storage,
    sessionToken: signedIn ? storySessionToken : undefined,
    categories,
  };
  await parameters.setup?.(world);
  return world;
}

/** The provider stack of a story or a test, over a world made by createFeedbackWorld. */
export function FeedbackWorldProvider({
  world,
  parameters = {},
  children,
}: {
  world: FeedbackWorld;
  parameters?: FeedbackStoryParameters | undefined;
  children: ReactNode;
}) {
  const outer = useGovMini('Feedback stories');
  const token = world.sessionToken;
  // biome-ignore lint/correctness/useExhaustiveDependencies: one token source per world
  const getSessionToken = useMemo(() => async () => token, [world]);
  return (
    <GovMiniProvider
      platform={world.platform}
      theme={outer.theme}
      locale={outer.locale}
      {...(outer.messages && { messages: { ...outer.messages } })}
      darkMode={outer.darkMode}
      applyTo="none"
    >
      <FeedbackProvider
        service={world.service}
        getSessionToken={getSessionToken}
        userId={token ? storyUser.id : undefined}
        adminIndex={parameters.adminIndex ?? sampleAdminIndex}
        categories={parameters.categoriesInProvider ? world.categories : undefined}
        photoProcessor={parameters.photoProcessor}
      >
        {children}
      </FeedbackProvider>
    </GovMiniProvider>
  );
}

let previous: FeedbackWorld | undefined;

/** Storybook loader: builds the world before the story renders (also under composeStories). */
export const loadFeedback: Loader = async (context) => {
  // One story at a time: the previous story's timers and listeners go with it.
  previous?.platform.dispose();
  previous = await createFeedbackWorld(
    context.parameters.feedback as FeedbackStoryParameters | undefined,
  );
  return { feedback: previous };
};

/** Storybook decorator: needs `loadFeedback` among the story's loaders. */
export const withFeedback: Decorator = (Story, context) => {
  const world = (context.loaded as { feedback?: FeedbackWorld }).feedback;
  if (!world) throw new Error('withFeedback needs the loadFeedback loader (add `loaders`).');
  const parameters = context.parameters.feedback as FeedbackStoryParameters | undefined;
  return (
    <FeedbackWorldProvider world={world} parameters={parameters}>
      <Story />
    </FeedbackWorldProvider>
  );
};

/** Meta fields every feedback story file spreads in (typed for any component's args). */
export const feedbackStoryMeta = {
  // biome-ignore lint/suspicious/noExplicitAny: shared by metas whose args differ
  loaders: [loadFeedback as Loader<any>],
  // biome-ignore lint/suspicious/noExplicitAny: shared by metas whose args differ
  decorators: [withFeedback as Decorator<any>],
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

/** Waits until `find` returns something (play functions of multi-step stories). */
export async function waitFor<T>(find: () => T | null | undefined, ms = 3000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > until) throw new Error('waitFor: nothing appeared in time');
    await settle(20);
  }
}

// ── Project annotations for the Chromium harness (Storybook itself uses packages/ui's) ───────

export interface FeedbackStoryGlobals {
  textSize: TextSize;
  locale: 'vi' | 'en';
}

export function readGlobals(raw: Record<string, unknown>): FeedbackStoryGlobals {
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
