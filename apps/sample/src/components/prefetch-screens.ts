// Fetching other screens' code ahead, so that a screen opened later opens at once, and still
// opens once the network is gone — without holding up the page the citizen is looking at:
//
// - nothing until the page has loaded and been quiet (no response arriving, no long task)
//   for 5 s on the home page — Lighthouse's "interactive" window, which the home page gets to
//   itself — or 1 s elsewhere (there the screens the citizen's task leads to matter more);
// - then one screen at a time, each in an idle callback, with 1 s of quiet between two;
// - nothing while offline (it carries on when the network is back), nothing ahead when the
//   citizen asked to save data, and on a 2G-class link (`effectiveType` 2g or slow-2g; DevTools'
//   "3G" preset counts as 2g) only what the screen in use leads to, never from the home page.
import { useEffect, useRef } from 'react';
import { FIRST_QUIET_HOME_MS, idle, loaded, onEvent, until, watchActivity } from './quiet';

export const QUIET_MS = 1000;

/** How much the link allows fetching ahead (navigator.connection, where the browser has it). */
export type Link = 'normal' | '2g' | 'save-data';

interface NetworkInformation extends EventTarget {
  saveData?: boolean;
  effectiveType?: string;
}

const connection = () => (navigator as Navigator & { connection?: NetworkInformation }).connection;

export function currentLink(): Link {
  const c = connection();
  if (c?.saveData) return 'save-data';
  return c?.effectiveType === '2g' || c?.effectiveType === 'slow-2g' ? '2g' : 'normal';
}

/**
 * Fetches `screens` ahead in the order `order(pathname, link)` gives (asked again before each
 * screen, so a new page or link changes what comes next). Failures are left for the screen to
 * retry when it is opened.
 */
export function usePrefetchScreens<K extends string>(
  screens: Readonly<Record<K, { preload(): Promise<void> }>>,
  order: (pathname: string, link: Link) => readonly K[],
  pathname: string,
  home: string,
) {
  const where = useRef({ pathname, changed: () => {} });
  useEffect(() => {
    where.current.pathname = pathname;
    where.current.changed();
  }, [pathname]);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    // Its wait is asked again at each check: leaving the home page shortens it.
    const { quiet } = watchActivity(signal);
    // Nothing left for this page and link: wait until either changes.
    const change = () =>
      until(signal, (done) => {
        where.current.changed = done;
        const link = connection();
        link?.addEventListener('change', done, { once: true });
        return () => {
          where.current.changed = () => {};
          link?.removeEventListener('change', done);
        };
      });

    const fetched = new Set<K>();
    const run = async () => {
      await until(signal, loaded);
      let first = true;
      while (fetched.size < Object.keys(screens).length) {
        const firstOnHome = first;
        await quiet(() =>
          firstOnHome && where.current.pathname === home ? FIRST_QUIET_HOME_MS : QUIET_MS,
        );
        first = false;
        await until(
          signal,
          onEvent(window, 'online', () => navigator.onLine),
        );
        const next = order(where.current.pathname, currentLink()).find((k) => !fetched.has(k));
        if (next === undefined) {
          await change();
          continue;
        }
        await until(signal, idle);
        await screens[next].preload();
        // Offline meanwhile: it failed, and is fetched again once the network is back.
        if (navigator.onLine) fetched.add(next);
      }
    };
    run().catch(() => {
      // Aborted: the app is closing.
    });
    return () => controller.abort();
  }, [screens, order, home]);
}
