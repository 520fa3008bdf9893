// A router the size of the problem: six screens under /staff, real URLs (filters in the
// query, so back, reload and a shared link all work), and links that are plain <a href>.
// After a navigation the new screen's <h1> takes focus (see PageHeading), as a page load
// would put a screen reader at the top.
import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';

export const BASE = '/staff';

export type Route =
  | { readonly name: 'dossiers'; readonly query: URLSearchParams }
  | { readonly name: 'dossier'; readonly code: string }
  | { readonly name: 'reports'; readonly query: URLSearchParams }
  | { readonly name: 'report'; readonly id: string }
  | { readonly name: 'ratings' }
  | { readonly name: 'notFound' };

export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const query = new URLSearchParams(search);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'dossiers')) {
    return { name: 'dossiers', query };
  }
  if (parts.length === 2 && parts[0] === 'dossiers')
    return { name: 'dossier', code: parts[1] ?? '' };
  if (parts.length === 1 && parts[0] === 'reports') return { name: 'reports', query };
  if (parts.length === 2 && parts[0] === 'reports') return { name: 'report', id: parts[1] ?? '' };
  if (parts.length === 1 && parts[0] === 'ratings') return { name: 'ratings' };
  return { name: 'notFound' };
}

export const hrefFor = {
  dossiers: (query?: URLSearchParams) => `${BASE}/dossiers${query?.size ? `?${query}` : ''}`,
  dossier: (code: string) => `${BASE}/dossiers/${encodeURIComponent(code)}`,
  reports: (query?: URLSearchParams) => `${BASE}/reports${query?.size ? `?${query}` : ''}`,
  report: (id: string) => `${BASE}/reports/${encodeURIComponent(id)}`,
  ratings: () => `${BASE}/ratings`,
};

interface RouterValue {
  readonly route: Route;
  /** Increases on every navigation (0 on the first screen): headings focus when it moved. */
  readonly visit: number;
  navigate(href: string, options?: { replace?: boolean }): void;
}

const RouterContext = createContext<RouterValue | null>(null);

const read = () => parseRoute(window.location.pathname, window.location.search);

export function RouterProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(() => ({ route: read(), visit: 0 }));
  useEffect(() => {
    const onPop = () => setState((s) => ({ route: read(), visit: s.visit + 1 }));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((href: string, options: { replace?: boolean } = {}) => {
    if (options.replace) window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
    window.scrollTo(0, 0);
    setState((s) => ({ route: read(), visit: s.visit + 1 }));
  }, []);
  const value = useMemo(() => ({ ...state, navigate }), [state, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter must be used inside <RouterProvider>');
  return value;
}

/** An <a href> that navigates in place on a plain click (new tab and the like still work). */
export function RouterLink({
  href,
  onClick,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { navigate } = useRouter();
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...props} />;
}
