// Makes the phone's outbox of reports for the signed-in citizen (storage per user, so two people
// sharing a phone never see each other's reports) and hands it, with the backend and the app
// session, to every feedback screen. Whatever was queued last time is sent when it mounts.
import { MissingAuthProviderError, type UseAuthResult, useAuth } from '@govmini/auth';
import type { Platform } from '@govmini/platform';
import { useGovMini } from '@govmini/ui';
import type { AdminIndex } from '@govmini/vn/admin';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { createFeedbackOutbox } from '../../core/outbox';
import { canvasPhotoProcessor, type PhotoProcessor } from '../../core/photos/processor';
import type { FeedbackCategory, FeedbackService } from '../../core/types';
import { FeedbackContext, type FeedbackContextValue } from './context';

export interface FeedbackProviderProps {
  /** The province backend (createHttpFeedbackService, the Open311 adapter, or the memory one). */
  service: FeedbackService;
  /** Default: GovMiniProvider's platform. */
  platform?: Platform | undefined;
  /**
   * The app session token. Default: the session of @govmini/auth's <AuthProvider> when this is
   * inside one, otherwise none (drafts are kept; reports wait in the outbox for a session).
   */
  getSessionToken?: (() => Promise<string | undefined>) | undefined;
  /** Whose drafts and outbox to use. Default: the signed-in Zalo user of <AuthProvider>. */
  userId?: string | undefined;
  /** The province's categories, when the app already has them (else asked of the service). */
  categories?: readonly FeedbackCategory[] | undefined;
  /** 2025 provinces and communes (createAdminIndex(data) from the data the app loads). */
  adminIndex?: AdminIndex | undefined;
  /**
   * Prepares (compresses, strips metadata) and blurs photos. Default: the phone's canvas. Tests
   * without a canvas (jsdom) and apps with a native encoder give their own.
   */
  photoProcessor?: PhotoProcessor | undefined;
  children: ReactNode;
}

/** useAuth() when inside <AuthProvider>, otherwise undefined (feedback works without auth). */
function useOptionalAuth(): UseAuthResult | undefined {
  // Whether an AuthProvider is above never changes for a mounted provider, so the hooks called
  // inside useAuth() keep their order from render to render.
  try {
    // biome-ignore lint/correctness/useHookAtTopLevel: the same hooks run on every render (see above)
    return useAuth('FeedbackProvider');
  } catch (error) {
    if (error instanceof MissingAuthProviderError) return undefined;
    throw error;
  }
}

export function FeedbackProvider({
  service,
  platform: givenPlatform,
  getSessionToken: givenToken,
  userId: givenUser,
  categories,
  adminIndex,
  photoProcessor = canvasPhotoProcessor,
  children,
}: FeedbackProviderProps) {
  const govMini = useGovMini('FeedbackProvider');
  const platform = givenPlatform ?? govMini.platform;
  const auth = useOptionalAuth();
  const userId = givenUser ?? auth?.session?.profile.zaloId;

  // The latest token source, read at send time: a refreshed session needs no new outbox.
  const tokenSource = useRef<() => Promise<string | undefined>>(async () => undefined);
  const session = auth?.session;
  tokenSource.current = givenToken ?? (async () => session?.token);

  // Bumped to make a fresh outbox when React re-runs the effects of the same render
  // (StrictMode): the first cleanup disposed the one made with these stores.
  const [generation, setGeneration] = useState(0);
  const disposed = useRef<object | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` only forces new stores
  const stores = useMemo(() => {
    const storage = userId ? platform.storage.forUser(userId) : platform.storage;
    const getSessionToken = () => tokenSource.current();
    const outbox = createFeedbackOutbox({
      storage,
      service,
      getSessionToken,
      system: platform.system,
    });
    return { storage, outbox, getSessionToken };
  }, [platform, service, userId, generation]);

  useEffect(() => {
    if (disposed.current === stores) {
      setGeneration((g) => g + 1);
      return;
    }
    // Whatever was queued last time (the app was killed offline) goes out now.
    void stores.outbox.drain().catch(() => undefined);
    return () => {
      stores.outbox.dispose();
      disposed.current = stores;
    };
  }, [stores]);

  // A session arriving later (signed in after reporting offline): what waited for one goes out.
  useEffect(() => {
    if (session) void stores.outbox.drain().catch(() => undefined);
  }, [session, stores]);

  const value = useMemo<FeedbackContextValue>(
    () => ({ service, platform, userId, categories, adminIndex, photoProcessor, ...stores }),
    [service, platform, userId, categories, adminIndex, photoProcessor, stores],
  );
  return <FeedbackContext.Provider value={value}>{children}</FeedbackContext.Provider>;
}
