// Makes the phone's drafts, outbox and attachment queue for the signed-in citizen (storage per
// user, so two people sharing a phone never see each other's dossiers) and hands them to every
// dossier screen. Drafts are written at once when Zalo hides or closes the app: it may be killed.
import { useOptionalAuth } from '@govmini/auth';
import type { Platform } from '@govmini/platform';
import { useGovMini } from '@govmini/ui';
import type { AdminIndex } from '@govmini/vn/admin';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { createAttachmentQueue } from '../../core/attachments/index';
import { createDraftStore, createOutbox } from '../../core/drafts/index';
import type { DossierService } from '../../core/service/types';
import { DossierContext, type DossierContextValue, type PrefillValues } from './context';

export interface DossierProviderProps {
  /** The province backend (createHttpDossierService, or the memory service in tests). */
  service: DossierService;
  /** Default: GovMiniProvider's platform. */
  platform?: Platform | undefined;
  /**
   * The app session token. Default: the session of @govmini/auth's <AuthProvider> when this is
   * inside one, otherwise none (drafts are kept; sending waits for a session).
   */
  getSessionToken?: (() => Promise<string | undefined>) | undefined;
  /**
   * Whose drafts to use. Default: the signed-in Zalo user of <AuthProvider>. Drafts are stored
   * per user while someone is signed in, and in the app's shared space otherwise.
   */
  userId?: string | undefined;
  /** 2025 provinces and communes (createAdminIndex(data) from the data the app loads). */
  adminIndex?: AdminIndex | undefined;
  /** Values for `chip.*` (a CCCD chip read) and to override `profile.*` (default from auth). */
  prefill?: PrefillValues | undefined;
  children: ReactNode;
}

export function DossierProvider({
  service,
  platform: givenPlatform,
  getSessionToken: givenToken,
  userId: givenUser,
  adminIndex,
  prefill: givenPrefill,
  children,
}: DossierProviderProps) {
  const govMini = useGovMini('DossierProvider');
  const platform = givenPlatform ?? govMini.platform;
  const auth = useOptionalAuth();
  const userId = givenUser ?? auth?.session?.profile.zaloId;

  // The latest token source, read at send time: a refreshed session needs no new outbox.
  const tokenSource = useRef<() => Promise<string | undefined>>(async () => undefined);
  const session = auth?.session;
  tokenSource.current = givenToken ?? (async () => session?.token);

  // Bumped to make fresh stores when React re-runs the effects of the same render (StrictMode):
  // the first cleanup disposed the outbox these were made with.
  const [generation, setGeneration] = useState(0);
  const disposed = useRef<object | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` only forces new stores
  const stores = useMemo(() => {
    const storage = userId ? platform.storage.forUser(userId) : platform.storage;
    const getSessionToken = () => tokenSource.current();
    const drafts = createDraftStore({ storage });
    const attachments = createAttachmentQueue({ storage, service, getSessionToken });
    const outbox = createOutbox({
      storage,
      service,
      getSessionToken,
      system: platform.system,
      // Photos picked offline are uploaded just before the dossier is sent.
      beforeSend: async (request) => ({
        ...request,
        answers: await attachments.prepare(request.answers),
      }),
    });
    return { drafts, attachments, outbox, getSessionToken };
  }, [platform, service, userId, generation]);

  useEffect(() => {
    if (disposed.current === stores) {
      setGeneration((g) => g + 1);
      return;
    }
    const { drafts, outbox } = stores;
    const save = () => {
      void drafts.flush().catch(() => undefined);
    };
    const offHidden = platform.lifecycle.on('hidden', save);
    const offClosing = platform.lifecycle.on('closing', save);
    // Whatever was queued last time (the app was killed offline) goes out now.
    void outbox.drain().catch(() => undefined);
    return () => {
      offHidden();
      offClosing();
      save();
      outbox.dispose();
      disposed.current = stores;
    };
  }, [platform, stores]);

  // A session arriving later (sign-in after filling the form offline) lets the outbox send.
  useEffect(() => {
    if (session) void stores.outbox.drain().catch(() => undefined);
  }, [session, stores]);

  const profile = auth?.session?.profile;
  const prefill = useMemo<PrefillValues>(
    () => ({
      ...(profile?.name && { 'profile.name': profile.name }),
      ...(profile?.phone && { 'profile.phone': profile.phone }),
      ...givenPrefill,
    }),
    [profile?.name, profile?.phone, givenPrefill],
  );

  const value = useMemo<DossierContextValue>(
    () => ({ service, platform, adminIndex, prefill, userId, ...stores }),
    [service, platform, adminIndex, prefill, userId, stores],
  );
  return <DossierContext.Provider value={value}>{children}</DossierContext.Provider>;
}
