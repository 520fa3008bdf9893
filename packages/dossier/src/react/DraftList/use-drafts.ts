// The citizen's drafts on this phone, newest first, kept current as they change.
import { useEffect, useState } from 'react';
import type { Draft } from '../../core/drafts/types';
import { useDossier } from '../DossierProvider/context';

export type DraftsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly drafts: readonly Draft[] }
  | { readonly status: 'failed'; readonly error: unknown };

export function useDrafts(procedureId?: string): DraftsState {
  const { drafts } = useDossier('useDrafts');
  const [state, setState] = useState<DraftsState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const load = () => {
      drafts.list().then(
        (list) => {
          if (live) {
            setState({
              status: 'ready',
              drafts: procedureId ? list.filter((d) => d.procedureId === procedureId) : list,
            });
          }
        },
        (error: unknown) => live && setState({ status: 'failed', error }),
      );
    };
    load();
    const off = drafts.subscribe(load);
    return () => {
      live = false;
      off();
    };
  }, [drafts, procedureId]);
  return state;
}
