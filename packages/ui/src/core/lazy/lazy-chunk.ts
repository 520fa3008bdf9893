// Code that only some screens need, fetched in a chunk of its own (`() => import('./Thing')`):
// on first need, or ahead (`preload()` while the phone is online, so it still opens offline
// later), and kept once it has arrived. React.lazy and a plain cached promise remember a failed
// fetch for ever; here a failure is forgotten, so "Thử lại" asks the network again.

export interface LazyChunk<M> {
  /** The chunk: fetched now unless it has arrived or is on its way (calls share one fetch). */
  load(): Promise<M>;
  /** The chunk once it has arrived, so it can be drawn at once, with no moment of "loading". */
  loaded(): M | undefined;
  /** Fetches ahead; never rejects (whoever needs the chunk later fetches again). */
  preload(): Promise<void>;
}

/** A chunk fetched once by `fetch`; a failed fetch is forgotten, so the next call fetches again. */
/* @__NO_SIDE_EFFECTS__ */
export function lazyChunk<M>(fetch: () => Promise<M>): LazyChunk<M> {
  let module: M | undefined;
  let pending: Promise<M> | undefined;
  const load = () =>
    (pending ??= fetch().then(
      (arrived) => {
        module = arrived;
        return arrived;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return {
    load,
    loaded: () => module,
    preload: () =>
      load().then(
        () => undefined,
        () => undefined,
      ),
  };
}
