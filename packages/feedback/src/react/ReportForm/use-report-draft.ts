// The draft behind ReportForm: read back after a reload (with its photos, checked to be still on
// the phone), changed on every keystroke, written debounced and at once when Zalo hides or
// closes the app (it may be killed after). A draft whose report is already in the outbox (the
// app died between queueing and clearing) is not reopened: its outbox entry is shown instead.
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadPhoto, removePhotos } from '../../core/photos/store';
import { useFeedback } from '../FeedbackProvider/context';
import { DRAFT_KEY, newDraft, parseDraft, type ReportDraft } from './draft';

/** Quiet time after the last change before it is written. */
export const DRAFT_SAVE_DELAY = 400;

export type DraftLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly draft: ReportDraft; readonly lostPhotos: number }
  /** The report is already in the outbox under this id. */
  | { readonly status: 'queued'; readonly entryId: string };

export function useReportDraft() {
  const { storage, platform, outbox } = useFeedback('ReportForm');
  const [load, setLoad] = useState<DraftLoad>({ status: 'loading' });
  const current = useRef<ReportDraft | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = useRef(false);

  const write = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const draft = current.current;
    if (!dirty.current || !draft) return;
    dirty.current = false;
    try {
      await storage.set(DRAFT_KEY, draft);
    } catch (error) {
      dirty.current = true; // kept in memory; the next change or hide tries again
      throw error;
    }
  }, [storage]);
  const flush = useCallback(() => write().catch(() => undefined), [write]);

  useEffect(() => {
    let live = true;
    (async () => {
      const stored = await storage.get(DRAFT_KEY, parseDraft).catch(() => undefined);
      if (stored && (await outbox.get(stored.idempotencyKey).catch(() => undefined))) {
        await storage.remove(DRAFT_KEY).catch(() => undefined);
        if (live) setLoad({ status: 'queued', entryId: stored.idempotencyKey });
        return;
      }
      let draft = stored ?? newDraft(Date.now());
      // Photos whose bytes the host dropped cannot be shown nor sent: say so, keep the rest.
      const present = await Promise.all(draft.photos.map((p) => loadPhoto(storage, p.id)));
      const kept = draft.photos.filter((_, i) => present[i] !== undefined);
      const lostPhotos = draft.photos.length - kept.length;
      if (lostPhotos > 0) {
        draft = { ...draft, photos: kept };
        dirty.current = true;
      }
      if (!live) return;
      current.current = draft;
      setLoad({ status: 'ready', draft, lostPhotos });
    })().catch(() => {
      if (!live) return;
      const draft = newDraft(Date.now());
      current.current = draft;
      setLoad({ status: 'ready', draft, lostPhotos: 0 });
    });
    return () => {
      live = false;
    };
  }, [storage, outbox]);

  // Hidden or closing: write now, Zalo may kill the app next.
  useEffect(() => {
    const offHidden = platform.lifecycle.on('hidden', () => void flush());
    const offClosing = platform.lifecycle.on('closing', () => void flush());
    return () => {
      offHidden();
      offClosing();
      void flush();
    };
  }, [platform, flush]);

  /** Merges a change; written after DRAFT_SAVE_DELAY of quiet (or at once with `flush`). */
  const update = useCallback(
    (change: Partial<Omit<ReportDraft, 'version' | 'idempotencyKey' | 'createdAt'>>) => {
      const draft = current.current;
      if (!draft) return;
      const next = { ...draft, ...change };
      current.current = next;
      dirty.current = true;
      setLoad((prev) => (prev.status === 'ready' ? { ...prev, draft: next } : prev));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DRAFT_SAVE_DELAY);
    },
    [flush],
  );

  /** The report went into the outbox (or was joined as a supporter): the draft is done. */
  const clear = useCallback(
    async (options: { photos: boolean }) => {
      clearTimeout(timer.current);
      const draft = current.current;
      dirty.current = false;
      current.current = undefined;
      await storage.remove(DRAFT_KEY);
      if (options.photos && draft)
        await removePhotos(
          storage,
          draft.photos.map((p) => p.id),
        );
    },
    [storage],
  );

  /** Starts over with this draft (a report taken back from the outbox to correct). */
  const replace = useCallback(
    async (draft: ReportDraft) => {
      current.current = draft;
      dirty.current = true;
      setLoad({ status: 'ready', draft, lostPhotos: 0 });
      await write();
    },
    [write],
  );

  const draft = load.status === 'ready' ? load.draft : undefined;
  return { load, draft, current, update, flush: write, clear, replace } as const;
}
