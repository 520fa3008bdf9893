// A screen whose code is downloaded when it is first opened: the home page does not wait for
// every module's screens (on a cheap phone over 3G, every kilobyte at start counts).
import { Spinner } from '@govmini/ui';
import { type ComponentType, lazy, Suspense } from 'react';
import { AppPage } from './app-page';

export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  // lazy() widens the props with a ref; these screens take none.
  const Screen = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  return function LazyScreen(props: P) {
    return (
      <Suspense
        fallback={
          <AppPage home={false}>
            <Spinner showLabel />
          </AppPage>
        }
      >
        <Screen {...props} />
      </Suspense>
    );
  };
}
