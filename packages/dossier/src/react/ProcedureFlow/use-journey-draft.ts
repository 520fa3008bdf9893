// The draft behind a journey: found (by id, or the newest of this procedure after a reload),
// moved to the current definition version when it is older (saying what must be re-entered),
// or made when the citizen presses "Bắt đầu". Every change goes into it at once (persisted
// debounced by the store), so nothing typed is lost when Zalo kills the app.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answers, ProcedureDefinition } from '../../core/definition/types';
import type { Draft, DraftMigration, OutboxItem } from '../../core/drafts/types';
import { useDossier } from '../DossierProvider/context';
import { withPrefill } from './steps';

export type JourneyLoad =
  | { readonly status: 'loading' }
  /** No draft (yet): the start page. `missing` when the asked draft was not found. */
  | { readonly status: 'none'; readonly missing: boolean }
  | {
      readonly status: 'draft';
      readonly draft: Draft;
      readonly migration?: DraftMigration | undefined;
    }
  /** The draft was already sent (or waits in the outbox): its outbox item. */
  | { readonly status: 'sent'; readonly item: OutboxItem };

/** A change to a draft; a key set to `undefined` is removed (e.g. filing for oneself again). */
export type DraftChange = { [K in keyof Omit<Draft, 'id' | 'createdAt'>]?: Draft[K] | undefined };

export function useJourneyDraft(
  procedure: ProcedureDefinition,
  draftId: string | undefined,
  resumeNewest: boolean,
) {
  const { drafts, outbox, prefill } = useDossier('ProcedureFlow');
  const [load, setLoad] = useState<JourneyLoad>({ status: 'loading' });
  /** The answers as of now (the form's, between page changes). */
  const answers = useRef<Answers>({});

  const adopt = useCallback(
    (found: Draft) => {
      let draft = found;
      let migration: DraftMigration | undefined;
      if (found.procedureVersion !== procedure.version) {
        migration = drafts.migrate(found, procedure);
        draft = migration.draft;
        const { id: _id, createdAt: _created, ...change } = draft;
        drafts.update(draft.id, change);
      }
      answers.current = draft.answers;
      setLoad({ status: 'draft', draft, migration });
      return draft;
    },
    [drafts, procedure],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: looked up once per draft asked for
  useEffect(() => {
    let live = true;
    (async () => {
      let found = draftId ? await drafts.get(draftId) : undefined;
      if (!found && !draftId && resumeNewest) {
        found = (await drafts.list()).find((d) => d.procedureId === procedure.id);
      }
      if (!live) return;
      if (found) return void adopt(found);
      const item = draftId ? await outbox.get(draftId) : undefined;
      if (!live) return;
      setLoad(item ? { status: 'sent', item } : { status: 'none', missing: draftId !== undefined });
    })().catch(() => live && setLoad({ status: 'none', missing: draftId !== undefined }));
    return () => {
      live = false;
    };
  }, [draftId, procedure.id]);

  /** "Bắt đầu": a new draft, with what the State already knows filled in. */
  const start = useCallback(
    async (firstStep: string) => {
      const draft = await drafts.create(procedure);
      const filled = withPrefill(procedure, draft.answers, prefill);
      drafts.update(draft.id, { answers: filled, pageId: firstStep });
      return adopt({ ...draft, answers: filled, pageId: firstStep });
    },
    [drafts, procedure, prefill, adopt],
  );

  /** Merges a change into the draft (the store persists it debounced); `undefined` clears. */
  const currentId = load.status === 'draft' ? load.draft.id : undefined;
  const save = useCallback(
    (change: DraftChange) => {
      if (!currentId) return;
      if (change.answers) answers.current = change.answers;
      // The store drops keys set to undefined (withoutUndefined): that is how one is cleared.
      drafts.update(currentId, change);
      // The journey reads these back on the next render (on-behalf, delivery, return to check).
      if (
        'onBehalf' in change ||
        'resultDelivery' in change ||
        'returnToCheck' in change ||
        'stepsAtCheck' in change ||
        'pageId' in change
      ) {
        setLoad((prev) =>
          prev.status === 'draft' && prev.draft.id === currentId
            ? { ...prev, draft: { ...prev.draft, ...change, answers: answers.current } as Draft }
            : prev,
        );
      }
    },
    [drafts, currentId],
  );

  const sent = useCallback((item: OutboxItem) => setLoad({ status: 'sent', item }), []);

  return { load, answers, start, save, sent, adopt, flush: () => drafts.flush() } as const;
}
