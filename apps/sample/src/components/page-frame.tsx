// What every screen sits in while it is not there yet: the layout zmp-ui's AnimationRoutes
// gives a page, a loading page (the header at once, then an announced spinner), and the page
// shown when a screen's code could not be fetched (offline on the first visit), with a retry
// that fetches it again. Nothing typed is lost: drafts live in platform storage, and this only
// replaces the screen that failed to load.
import { Button, Heading, Spinner, Text } from '@govmini/ui';
import { Component, type ComponentType, createElement, lazy, type ReactNode } from 'react';
import { Page } from 'zmp-ui';
import { useI18n } from '../messages';
import { routes } from '../routes';
import { AppHeader } from './app-header';

/** The elements AnimationRoutes puts a page in, for a page rendered beside it. */
export function RoutesFrame({ children }: { children: ReactNode }) {
  return (
    <div className="zaui-routes">
      <div className="zaui-routes-item">{children}</div>
    </div>
  );
}

export function PageLoading() {
  const { t } = useI18n();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <Spinner label={t('page.loading')} showLabel size="large" />
      </main>
    </Page>
  );
}

function PageFailed({ onRetry, loading }: { onRetry: () => void; loading: boolean }) {
  const { t } = useI18n();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <Heading level={1}>{t('page.failed.title')}</Heading>
        <Text>{t(loading ? 'page.failed.body' : 'page.error.body')}</Text>
        <div className="gm-button-row">
          <Button onClick={onRetry}>{t('page.failed.retry')}</Button>
          <a className="gm-link" href={routes.home}>
            {t('page.failed.home')}
          </a>
        </div>
      </main>
    </Page>
  );
}

/** A screen loaded on demand, which can be fetched ahead, and fetched again after a failure. */
export interface LazyScreen<P extends object> {
  (props: P): ReactNode;
  /** Fetches the screen's code now (e.g. while the app is idle); never rejects. */
  preload(): Promise<void>;
  reload(): void;
}

/**
 * `React.lazy` that can be fetched ahead of time (so the screen opens at once, offline too) and
 * whose failure is not final: React keeps a failed lazy component failed, so `reload()` makes a
 * new one (the error boundary calls it before trying again).
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let fetching: Promise<ComponentType<P>> | undefined;
  // One request at a time; a failed one is forgotten, so the next attempt fetches again.
  const fetchOnce = () => {
    fetching ??= load().catch((error: unknown) => {
      fetching = undefined;
      throw error;
    });
    return fetching;
  };
  // Typed as the component it resolves to (React's lazy type loses generic props).
  const make = () =>
    lazy(async () => ({ default: await fetchOnce() })) as unknown as ComponentType<P>;
  let Loaded = make();
  const Screen = ((props: P) => createElement(Loaded, props)) as LazyScreen<P>;
  Screen.preload = () =>
    fetchOnce().then(
      () => undefined,
      () => undefined,
    );
  Screen.reload = () => {
    Loaded = make();
  };
  return Screen;
}

interface BoundaryProps {
  /** Fetches the failed screen's code again (lazyScreen's reload). */
  onRetry: () => void;
  /** Shown instead of the error page (e.g. nothing, on the home page). */
  quiet?: boolean;
  /** Shown instead of the error page, for a part of a screen: gets the retry. */
  failed?: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/** A screen's code that could not be fetched (browsers word it differently). */
const isLoadError = (error: unknown) =>
  error instanceof TypeError &&
  /dynamically imported module|module script|importing a module/i.test(error.message);

interface BoundaryState {
  failed: false | 'loading' | 'rendering';
}

/**
 * Catches a screen whose code could not be loaded (or that failed to render) and offers to try
 * again, instead of the white page React leaves. Quiet (home page) it shows nothing, and tries
 * again by itself as soon as the citizen goes to a screen that needs what failed, or the network
 * comes back.
 */
export class ScreenErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { failed: isLoadError(error) ? 'loading' : 'rendering' };
  }

  override componentDidMount() {
    window.addEventListener('online', this.onOnline);
  }

  override componentWillUnmount() {
    window.removeEventListener('online', this.onOnline);
  }

  override componentDidUpdate(previous: BoundaryProps) {
    if (previous.quiet && !this.props.quiet && this.state.failed) this.retry();
  }

  /** Quiet, code that could not be fetched is fetched again once the network is back. */
  onOnline = () => {
    if (this.props.quiet && this.state.failed === 'loading') this.retry();
  };

  retry = () => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  override render() {
    const { failed } = this.state;
    if (!failed) return this.props.children;
    if (this.props.quiet) return null;
    if (this.props.failed) return this.props.failed(this.retry);
    return <PageFailed onRetry={this.retry} loading={failed === 'loading'} />;
  }
}
