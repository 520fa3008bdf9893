// What every story of @govmini/auth renders inside: a fresh simulated Zalo (its own platform,
// in a nested GovMiniProvider that follows the outer one's locale and theme and leaves the
// document alone), an AuthService over it (by default the memory service wired to the
// simulator's fake Zalo exchange; any AuthService through `parameters.auth.service`), and an
// AuthProvider with a real controller. A story says how far the simulated citizen has got
// (`setup`, reached through the real flow in a loader, before the first render) and may pin a
// state the real flow passes through only for a moment (`pin`: signing in, an error).
// Not exported from the package.
import {
  createSimulatedPlatform,
  type SimulatedPlatform,
  type SimulatorOptions,
} from '@govmini/platform';
import { GovMiniProvider, useGovMini } from '@govmini/ui';
import type { Decorator, Loader } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { type AuthController, createAuthController } from '../core/controller';
import type { AuthService, AuthState, ConsentPurpose } from '../core/types';
import { simulatorBackedAuthService } from '../testing/memory-service';
import { AuthProvider } from './AuthProvider/AuthProvider';

/** A province's purposes, as a sample app would publish them. */
export const samplePurposes: readonly ConsentPurpose[] = [
  {
    id: 'ho-so-dich-vu-cong',
    version: 1,
    required: true,
    title: { vi: 'Giải quyết hồ sơ dịch vụ công', en: 'Handling public service requests' },
    data: {
      vi: 'Họ và tên, số CCCD, số điện thoại, địa chỉ',
      en: 'Full name, citizen ID number, phone number, address',
    },
    why: {
      vi: 'Để tiếp nhận, giải quyết và trả kết quả hồ sơ thủ tục hành chính.',
      en: 'To receive, process and return the result of an administrative application.',
    },
    processor: {
      vi: 'UBND Tỉnh Mẫu (Trung tâm Phục vụ hành chính công)',
      en: 'People’s Committee of Tỉnh Mẫu (Public Administration Service Centre)',
    },
    retention: {
      vi: '5 năm kể từ khi hồ sơ có kết quả',
      en: '5 years after the application is decided',
    },
  },
  {
    id: 'thong-bao-zalo',
    version: 1,
    required: false,
    title: { vi: 'Nhận thông báo qua Zalo', en: 'Notifications on Zalo' },
    data: { vi: 'Tên và mã người dùng Zalo', en: 'Zalo name and user id' },
    why: {
      vi: 'Để gửi tin nhắn báo tình trạng hồ sơ qua Zalo OA của tỉnh.',
      en: 'To send messages about the status of applications through the province’s Zalo OA.',
    },
    processor: {
      vi: 'Văn phòng UBND Tỉnh Mẫu',
      en: 'Office of the People’s Committee of Tỉnh Mẫu',
    },
    retention: { vi: 'Đến khi rút lại đồng ý', en: 'Until the agreement is withdrawn' },
    withdrawEffect: {
      vi: 'Sẽ không nhận tin nhắn Zalo báo tình trạng hồ sơ; vẫn tra cứu được hồ sơ trong ứng dụng.',
      en: 'No more Zalo messages about applications; they can still be looked up in the app.',
    },
  },
  {
    id: 'khao-sat',
    version: 1,
    required: false,
    title: { vi: 'Khảo sát mức độ hài lòng', en: 'Satisfaction surveys' },
    data: { vi: 'Số điện thoại', en: 'Phone number' },
    why: {
      vi: 'Để mời đánh giá chất lượng phục vụ sau khi có kết quả hồ sơ.',
      en: 'To invite a rating of the service after an application is decided.',
    },
    processor: { vi: 'Sở Nội vụ Tỉnh Mẫu', en: 'Department of Home Affairs of Tỉnh Mẫu' },
    retention: { vi: '12 tháng', en: '12 months' },
    withdrawEffect: {
      vi: 'Sẽ không nhận lời mời khảo sát.',
      en: 'No more survey invitations.',
    },
  },
];

export interface AuthStoryParameters {
  /** How far the citizen has got, through the real flow (default `signed_out`). */
  setup?: 'signed_out' | 'consenting' | 'signed_in' | 'withdrawn';
  /** A state shown until the citizen does something (then the real one takes over). */
  pin?: AuthState;
  /** The simulated Zalo's world for this story (permissions, failures, latency…). */
  simulator?: SimulatorOptions;
  purposes?: readonly ConsentPurpose[];
  /** Any AuthService; default the memory service backed by the simulator. */
  service?: (platform: SimulatedPlatform) => AuthService;
}

export const storyUser = { id: 'story-user', name: 'Nguyễn Văn Mẫu' } as const;

interface LoadedAuth {
  platform: SimulatedPlatform;
  controller: AuthController;
  purposes: readonly ConsentPurpose[];
}

/** Shows `pin` until the real controller changes; every action goes to the real one. */
export function pinState(controller: AuthController, pin: AuthState | undefined): AuthController {
  if (!pin) return controller;
  let pinned: AuthState | undefined = pin;
  return {
    ...controller,
    getState: () => pinned ?? controller.getState(),
    subscribe: (listener) =>
      controller.subscribe((state) => {
        pinned = undefined;
        listener(state);
      }),
  };
}

/** Builds the simulated world and walks the real flow as far as `setup` says. */
export async function createStoryAuth(parameters: AuthStoryParameters = {}): Promise<LoadedAuth> {
  const purposes = parameters.purposes ?? samplePurposes;
  const platform = createSimulatedPlatform({
    user: storyUser,
    phoneNumber: '84912345678',
    ...parameters.simulator,
  });
  const service = parameters.service?.(platform) ?? simulatorBackedAuthService(platform);
  const controller = createAuthController({ platform, service, purposes });
  const setup = parameters.setup ?? 'signed_out';
  await controller.start();
  if (setup !== 'signed_out') await controller.signIn();
  if (setup === 'signed_in' || setup === 'withdrawn') {
    await controller.decideConsents(Object.fromEntries(purposes.map((p) => [p.id, 'granted'])));
  }
  if (setup === 'withdrawn') {
    const optional = purposes.find((p) => !p.required);
    if (optional) await controller.withdrawConsent(optional.id);
  }
  return { platform, controller: pinState(controller, parameters.pin), purposes };
}

let previous: LoadedAuth | undefined;

/** Storybook loader: runs before the story renders (also under composeStories' `run`). */
export const loadAuth: Loader = async (context) => {
  // One story at a time: the previous story's timers and listeners go with it.
  previous?.controller.dispose();
  previous?.platform.dispose();
  previous = await createStoryAuth(context.parameters.auth as AuthStoryParameters | undefined);
  return { auth: previous };
};

function WithAuth({ loaded, children }: { loaded: LoadedAuth; children: ReactNode }) {
  const outer = useGovMini('Auth stories');
  return (
    <GovMiniProvider
      platform={loaded.platform}
      theme={outer.theme}
      locale={outer.locale}
      {...(outer.messages && { messages: { ...outer.messages } })}
      darkMode={outer.darkMode}
      applyTo="none"
    >
      <AuthProvider controller={loaded.controller} purposes={loaded.purposes}>
        {children}
      </AuthProvider>
    </GovMiniProvider>
  );
}

/** Storybook decorator: needs `loadAuth` among the story's loaders. */
export const withAuth: Decorator = (Story, context) => {
  const loaded = (context.loaded as { auth?: LoadedAuth }).auth;
  if (!loaded) throw new Error('withAuth needs the loadAuth loader (add `loaders: [loadAuth]`).');
  return (
    <WithAuth loaded={loaded}>
      <Story />
    </WithAuth>
  );
};

/** Meta fields every auth story file spreads in (typed for any component's args). */
export const authStoryMeta = {
  // biome-ignore lint/suspicious/noExplicitAny: shared by metas whose args differ
  loaders: [loadAuth as Loader<any>],
  // biome-ignore lint/suspicious/noExplicitAny: shared by metas whose args differ
  decorators: [withAuth as Decorator<any>],
};

/** For play functions: lets React and the simulator settle (no testing-library in stories). */
export const settle = (ms = 50): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Clicks the first button or label whose text is exactly `text` (trimmed). */
export function clickText(root: HTMLElement, text: string, selector = 'button, label'): void {
  const target = [...root.querySelectorAll<HTMLElement>(selector)].find(
    (el) => el.textContent?.trim() === text,
  );
  if (!target) throw new Error(`Nothing to click with the text “${text}”`);
  target.click();
}
