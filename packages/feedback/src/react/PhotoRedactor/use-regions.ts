// The blur regions being edited, with an undo history and the one selected for the buttons and
// arrow keys. Every change keeps the previous list, so "Hoàn tác" walks back one change at a time.
import { useCallback, useRef, useState } from 'react';
import {
  type BlurRegion,
  centredRegion,
  moveRegion,
  type RegionMove,
  resizeRegion,
} from '../../core/photos/regions';

export type RegionResize = 'wider' | 'narrower' | 'taller' | 'shorter';

interface State {
  readonly regions: readonly BlurRegion[];
  readonly history: readonly (readonly BlurRegion[])[];
  readonly selected: string | undefined;
}

export function useRegions(initial: readonly BlurRegion[] = []) {
  const [state, setState] = useState<State>({ regions: initial, history: [], selected: undefined });
  const serial = useRef(initial.length);
  const nextId = () => `r${++serial.current}`;

  const change = useCallback(
    (update: (regions: readonly BlurRegion[]) => readonly BlurRegion[], selected?: string) =>
      setState((s) => {
        const regions = update(s.regions);
        if (regions === s.regions) return s;
        return { regions, history: [...s.history, s.regions], selected: selected ?? s.selected };
      }),
    [],
  );

  const add = (region?: Omit<BlurRegion, 'id'>) => {
    const id = nextId();
    const made = region ? { ...region, id } : centredRegion(id);
    change((list) => [...list, made], id);
    return made;
  };
  const edit = (id: string, how: (r: BlurRegion) => BlurRegion) =>
    change((list) => list.map((r) => (r.id === id ? how(r) : r)));
  const move = (id: string, direction: RegionMove) => edit(id, (r) => moveRegion(r, direction));
  const resize = (id: string, how: RegionResize) => edit(id, (r) => resizeRegion(r, how));
  const remove = (id: string) =>
    setState((s) => {
      const regions = s.regions.filter((r) => r.id !== id);
      return { regions, history: [...s.history, s.regions], selected: regions.at(-1)?.id };
    });
  const undo = () =>
    setState((s) => {
      const previous = s.history.at(-1);
      if (!previous) return s;
      const selected = previous.some((r) => r.id === s.selected) ? s.selected : previous.at(-1)?.id;
      return { regions: previous, history: s.history.slice(0, -1), selected };
    });
  const select = (id: string | undefined) => setState((s) => ({ ...s, selected: id }));

  return { ...state, add, move, resize, remove, undo, select, canUndo: state.history.length > 0 };
}
