// Stand-ins the tracking screens' stories and tests use until the package's shared ones exist
// (src/testing/memory-service.ts, src/react/test-support.tsx, stories-support.tsx): a small
// in-memory DossierService holding whole dossiers, with the status rules the screens rely on,
// and the providers to render a screen with it. Not exported from the package.
import type { Platform } from '@govmini/platform';
import { useGovMini } from '@govmini/ui';
import type { Decorator } from '@storybook/react-vite';
import { type ReactNode, useMemo } from 'react';
import type { AttachmentQueue, DraftStore, Outbox } from '../../core/drafts/api';
import { applyPaymentEvent } from '../../core/payment/payment';
import {
  type Dossier,
  DossierError,
  type DossierErrorCode,
  type DossierService,
  type PublicDossierStatus,
} from '../../core/service/types';
import { DossierContext, type DossierContextValue } from '../DossierProvider/context';
import { summaryOf } from './sample-dossiers';

export interface LocalServiceOptions {
  readonly dossiers?: readonly Dossier[];
  /** Default true; false = no session token (signed out). */
  readonly signedIn?: boolean;
  /** Every call waits forever: the loading state. */
  readonly pending?: boolean;
  /** Every call fails with this code. */
  readonly failWith?: DossierErrorCode;
  /** The next N calls fail with `failWith`, then calls work (default: all of them fail). */
  readonly failTimes?: number;
  /** Only calls of this method fail (default: any). */
  readonly failMethod?: keyof DossierService;
  /** Milliseconds every call takes (default 0). */
  readonly latencyMs?: number;
}

export interface LocalDossierService extends DossierService {
  /** The dossiers as they are now. */
  all(): Dossier[];
  /** Method names, in call order. */
  readonly calls: string[];
}

const NOW = '2026-12-02T09:30:00+07:00';

export function createLocalDossierService(options: LocalServiceOptions = {}): LocalDossierService {
  const store = new Map((options.dossiers ?? []).map((d) => [d.code, d]));
  const calls: string[] = [];
  const replies = new Map<string, Dossier>();
  let failuresLeft = options.failTimes ?? Number.POSITIVE_INFINITY;
  let uploads = 0;

  const call = async <T,>(name: string, run: () => T): Promise<T> => {
    calls.push(name);
    if (options.pending) return new Promise<T>(() => {});
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    const failing = !options.failMethod || options.failMethod === name;
    if (options.failWith && failing && failuresLeft > 0) {
      failuresLeft--;
      throw new DossierError(options.failWith, `local service: ${options.failWith}`);
    }
    return run();
  };
  const mine = (token: string, code: string) => {
    if (!token) throw new DossierError('unauthenticated', 'no session');
    const dossier = store.get(code);
    if (!dossier) throw new DossierError('not_found', `no dossier ${code}`);
    return dossier;
  };
  const save = (dossier: Dossier) => {
    store.set(dossier.code, dossier);
    return dossier;
  };
  const notAllowed = (what: string) => new DossierError('not_allowed', what);
  const unused = () => Promise.reject(new DossierError('not_allowed', 'not used by these screens'));

  return {
    calls,
    all: () => [...store.values()],
    listProcedures: unused,
    getProcedure: unused,
    getAppointmentSlots: unused,
    submit: unused,
    saveDraft: unused,
    listDrafts: unused,
    deleteDraft: unused,
    listMine: (token) =>
      call('listMine', () => {
        if (!token) throw new DossierError('unauthenticated', 'no session');
        return [...store.values()].map(summaryOf);
      }),
    get: (token, code) => call('get', () => mine(token, code)),
    lookup: (code) =>
      call('lookup', (): PublicDossierStatus => {
        const d = store.get(code);
        if (!d) throw new DossierError('not_found', 'unknown code');
        return {
          code: d.code,
          procedureTitle: d.procedureTitle,
          status: d.status,
          submittedAt: d.submittedAt,
          ...(d.dueDate !== undefined && { dueDate: d.dueDate }),
          ...(d.completedAt !== undefined && { completedAt: d.completedAt }),
        };
      }),
    supplement: (token, code, reply) =>
      call('supplement', () => {
        const again = replies.get(reply.idempotencyKey);
        if (again) return again;
        const d = mine(token, code);
        if (d.status !== 5 || !d.supplementRequest) throw notAllowed('no supplement requested');
        const next = save({
          ...d,
          status: 4,
          answers: { ...d.answers, ...reply.answers },
          supplementRequest: { ...d.supplementRequest, answeredAt: NOW },
          history: [
            ...d.history,
            { status: 4, at: NOW, by: 'citizen', ...(reply.note && { note: reply.note }) },
          ],
        });
        replies.set(reply.idempotencyKey, next);
        return next;
      }),
    cancel: (token, code, reason) =>
      call('cancel', () => {
        const d = mine(token, code);
        if (!d.cancellable) throw notAllowed('not cancellable');
        return save({
          ...d,
          status: 7,
          cancellable: false,
          history: [...d.history, { status: 7, at: NOW, by: 'citizen', note: reason }],
        });
      }),
    reportTransfer: (token, code) =>
      call('reportTransfer', () => {
        const d = mine(token, code);
        if (!d.payment || [3, 7, 8].includes(d.status)) throw notAllowed('nothing to pay');
        const next = applyPaymentEvent(d.payment, { type: 'report', at: NOW });
        if (!next.ok) throw notAllowed('cannot report');
        return save({ ...d, payment: next.payment });
      }),
    rate: (token, code, rating) =>
      call('rate', () => {
        const d = mine(token, code);
        if ((d.status !== 9 && d.status !== 10) || d.rating) throw notAllowed('cannot rate');
        if (rating.level === 'unsatisfied' && !rating.comment?.trim()) {
          throw new DossierError('invalid_answers', 'a comment is required');
        }
        return save({ ...d, rating: { ...rating, ratedAt: NOW } });
      }),
    uploadAttachment: (_token, file, upload) =>
      call('uploadAttachment', () => {
        uploads++;
        return { id: `tep-${uploads}`, name: upload.name, type: upload.type, size: file.size };
      }),
  };
}

const notHere = (part: string) => () => {
  throw new Error(`${part} is not part of the tracking screens' local support`);
};

/** The provider value around a service (no drafts, outbox or attachment queue needed). */
export function localContext(
  service: DossierService,
  platform: Platform,
  signedIn = true,
): DossierContextValue {
  return {
    service,
    platform,
    adminIndex: undefined,
    prefill: {},
    userId: signedIn ? 'nguoi-dung-thu' : undefined,
    drafts: new Proxy({}, { get: notHere('drafts') }) as DraftStore,
    outbox: new Proxy({}, { get: notHere('outbox') }) as Outbox,
    attachments: new Proxy({}, { get: notHere('attachments') }) as AttachmentQueue,
    getSessionToken: async () => (signedIn ? 'phien-thu' : undefined),
  };
}

function LocalDossiers({
  options,
  children,
}: {
  options: LocalServiceOptions;
  children: ReactNode;
}) {
  const { platform } = useGovMini('Tracking stories');
  // One service per story render: actions in a story change only that story's dossiers.
  const value = useMemo(
    () => localContext(createLocalDossierService(options), platform, options.signedIn ?? true),
    [options, platform],
  );
  return <DossierContext.Provider value={value}>{children}</DossierContext.Provider>;
}

/** Storybook decorator: the story's `parameters.dossiers` (LocalServiceOptions) set the service. */
export const withLocalDossiers: Decorator = (Story, context) => (
  <LocalDossiers options={(context.parameters.dossiers as LocalServiceOptions | undefined) ?? {}}>
    <Story />
  </LocalDossiers>
);

/** Meta fields every tracking story file spreads in. */
export const trackingStoryMeta = {
  // biome-ignore lint/suspicious/noExplicitAny: shared by metas whose args differ
  decorators: [withLocalDossiers as Decorator<any>],
};

// ── For play functions (no testing-library in stories) ─────────────────────────────────────

/** Lets React and the local service settle. */
export const settle = (ms = 60): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Types into a React-controlled input or textarea found by its label's text (trimmed start). */
export function typeInto(root: HTMLElement, label: string, value: string): void {
  const found = [...root.querySelectorAll('label')].find((l) =>
    l.textContent?.trim().startsWith(label),
  );
  const field = found?.htmlFor ? root.ownerDocument.getElementById(found.htmlFor) : null;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) {
    throw new Error(`No text field labelled “${label}”`);
  }
  const proto =
    field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Clicks the first button or label whose text is exactly `text` (trimmed). */
export function clickText(root: HTMLElement, text: string): void {
  const target = [...root.querySelectorAll<HTMLElement>('button, label')].find(
    (el) => el.textContent?.trim() === text,
  );
  if (!target) throw new Error(`Nothing to click with the text “${text}”`);
  target.click();
}
