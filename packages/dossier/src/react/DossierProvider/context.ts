// The context every dossier screen reads: the backend, the phone's drafts, outbox and attachment
// queue, and how to get the app session. <DossierProvider> (DossierProvider.tsx) fills it.
import type { Platform } from '@govmini/platform';
import type { AdminIndex } from '@govmini/vn/admin';
import { createContext, useContext } from 'react';
import type { AnswerValue, PrefillSource } from '../../core/definition/types';
import type { AttachmentQueue, DraftStore, Outbox } from '../../core/drafts/api';
import type { DossierService } from '../../core/service/types';

/** Values the State already holds about the signed-in citizen (Decree 45: never asked again). */
export type PrefillValues = Readonly<Partial<Record<PrefillSource, AnswerValue>>>;

export interface DossierContextValue {
  readonly service: DossierService;
  readonly drafts: DraftStore;
  readonly outbox: Outbox;
  readonly attachments: AttachmentQueue;
  /** The app session from @govmini/auth, or `undefined` when signed out. */
  readonly getSessionToken: () => Promise<string | undefined>;
  /** The platform the stores were made on (lifecycle, media picking, network). */
  readonly platform: Platform;
  /** 2025 provinces and communes for address fields; without it communes are typed freely. */
  readonly adminIndex: AdminIndex | undefined;
  /** Known values by source: `profile.*` from the Zalo account, `chip.*` from a CCCD chip read. */
  readonly prefill: PrefillValues;
  /** Zalo user id the drafts are stored under, `undefined` when signed out. */
  readonly userId: string | undefined;
}

export const DossierContext = /* @__PURE__ */ createContext<DossierContextValue | null>(null);

/** Thrown when a dossier screen is used outside <DossierProvider>. */
export class MissingDossierProviderError extends Error {
  override readonly name = 'MissingDossierProviderError';
  constructor(component: string) {
    super(
      `${component} must be rendered inside <DossierProvider>, itself inside <GovMiniProvider>.`,
    );
  }
}

export function useDossier(component = 'useDossier()'): DossierContextValue {
  const value = useContext(DossierContext);
  if (!value) throw new MissingDossierProviderError(component);
  return value;
}
