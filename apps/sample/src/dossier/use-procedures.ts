// The published procedures, from the backend (as a province's real backend would publish
// them), kept for the app's run so going back to the list or into a journey shows no spinner.
import { isDossierError, type ProcedureDefinition } from '@govmini/dossier';
import { useCallback, useEffect, useState } from 'react';
import { dossierService } from './backend';

let cached: readonly ProcedureDefinition[] | undefined;
const byId = new Map<string, ProcedureDefinition>();

export type ProceduresState =
  | { status: 'loading' }
  | { status: 'ready'; procedures: readonly ProcedureDefinition[] }
  | { status: 'failed' };

export function useProcedures(): ProceduresState & { retry: () => void } {
  const [state, setState] = useState<ProceduresState>(
    cached ? { status: 'ready', procedures: cached } : { status: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    void attempt;
    let live = true;
    dossierService.listProcedures().then(
      (procedures) => {
        cached = procedures;
        for (const p of procedures) byId.set(p.id, p);
        if (live) setState({ status: 'ready', procedures });
      },
      () => live && !cached && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}

export type ProcedureState =
  | { status: 'loading' }
  | { status: 'ready'; procedure: ProcedureDefinition }
  | { status: 'notFound' }
  | { status: 'failed' };

export function useProcedure(id: string): ProcedureState & { retry: () => void } {
  const known = byId.get(id);
  const [state, setState] = useState<ProcedureState>(
    known ? { status: 'ready', procedure: known } : { status: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    void attempt;
    let live = true;
    dossierService.getProcedure(id).then(
      (procedure) => {
        byId.set(procedure.id, procedure);
        // The same definition as before keeps the same object: the journey does not reset.
        if (live)
          setState((prev) =>
            prev.status === 'ready' && prev.procedure.version === procedure.version
              ? prev
              : { status: 'ready', procedure },
          );
      },
      (error: unknown) => {
        if (!live || byId.has(id)) return;
        const notFound = isDossierError(error) && error.code === 'not_found';
        setState({ status: notFound ? 'notFound' : 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
