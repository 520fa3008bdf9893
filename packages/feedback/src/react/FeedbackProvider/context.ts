// The context every feedback screen reads: the backend, the phone's outbox of reports waiting to
// be sent, how to get the app session, and the province's configuration. <FeedbackProvider>
// (FeedbackProvider.tsx) fills it.
import type { Platform, StorageApi } from '@govmini/platform';
import type { AdminIndex } from '@govmini/vn/admin';
import { createContext, useContext } from 'react';
import type { FeedbackOutbox } from '../../core/outbox';
import type { PhotoProcessor } from '../../core/photos/processor';
import type { FeedbackCategory, FeedbackService } from '../../core/types';

export interface FeedbackContextValue {
  readonly service: FeedbackService;
  /** Reports waiting to be sent (offline, failed), persisted with their photos. */
  readonly outbox: FeedbackOutbox;
  /** The app session from @govmini/auth, or `undefined` when signed out. */
  readonly getSessionToken: () => Promise<string | undefined>;
  /** The platform the stores were made on (lifecycle, media, location, OA, network). */
  readonly platform: Platform;
  /** The storage drafts and the outbox use: per user when signed in. */
  readonly storage: StorageApi;
  /** Zalo user id the drafts are stored under, `undefined` when signed out. */
  readonly userId: string | undefined;
  /** The province's categories when the app gave them; otherwise screens ask the service. */
  readonly categories?: readonly FeedbackCategory[] | undefined;
  /** 2025 provinces and communes for choosing a place by hand; without it communes are typed. */
  readonly adminIndex?: AdminIndex | undefined;
  /** Prepares and blurs photos (the phone's canvas unless the app gives another). */
  readonly photoProcessor: PhotoProcessor;
}

export const FeedbackContext = /* @__PURE__ */ createContext<FeedbackContextValue | null>(null);

/** Thrown when a feedback screen is used outside <FeedbackProvider>. */
export class MissingFeedbackProviderError extends Error {
  override readonly name = 'MissingFeedbackProviderError';
  constructor(component: string) {
    super(
      `${component} must be rendered inside <FeedbackProvider>, itself inside <GovMiniProvider>.`,
    );
  }
}

export function useFeedback(component = 'useFeedback()'): FeedbackContextValue {
  const value = useContext(FeedbackContext);
  if (!value) throw new MissingFeedbackProviderError(component);
  return value;
}
