// Drafts kept by the memory service, per citizen, so a dossier can be continued on another
// device. The newer `updatedAt` wins: an older copy arriving late never overwrites a newer
// one, and the answer is always the copy kept. Deleting is idempotent.
import { dossierError } from '../core/service/errors';
import type { RemoteDraft } from '../core/service/types';
import { wire } from '../core/service/wire';

const DRAFT_ID = /^[\w.:-]{1,128}$/;
/** A draft's JSON beyond this is refused (`too_large`); answers hold ids of files, not bytes. */
export const MAX_DRAFT_BYTES = 256 * 1024;

export function createDraftStore() {
  const byOwner = new Map<string, Map<string, RemoteDraft>>();
  const of = (owner: string) => {
    const drafts = byOwner.get(owner) ?? new Map<string, RemoteDraft>();
    byOwner.set(owner, drafts);
    return drafts;
  };

  return {
    async save(owner: string, input: RemoteDraft): Promise<RemoteDraft> {
      const draft = wire.draft(input);
      if (!draft || !DRAFT_ID.test(draft.id)) throw dossierError('unknown', { status: 400 });
      if (new TextEncoder().encode(JSON.stringify(draft)).length > MAX_DRAFT_BYTES) {
        throw dossierError('too_large');
      }
      const drafts = of(owner);
      const kept = drafts.get(draft.id);
      if (kept && kept.updatedAt >= draft.updatedAt) return kept;
      drafts.set(draft.id, draft);
      return draft;
    },
    async list(owner: string): Promise<RemoteDraft[]> {
      return [...of(owner).values()].sort((a, b) => b.updatedAt - a.updatedAt);
    },
    async remove(owner: string, id: string): Promise<void> {
      of(owner).delete(id);
    },
  };
}
