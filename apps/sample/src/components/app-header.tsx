// zmp-ui's Header with what it lacks: a back button with an accessible name (its default icon
// reads "zi_chevron_left"), and "Trợ giúp" (the province's hotline and contacts) one tap away
// from every screen. The page's <h1> is in the content.
// It stays at the top while it is small; its height is published as --tinh-mau-header-height,
// so that what takes focus (an error summary, a heading) scrolls into view below it, not under
// it. Grown tall with large text, it scrolls away with the page instead.
import { useEffect, useRef } from 'react';
import { Header, useLocation } from 'zmp-ui';
import { useI18n } from '../messages';
import { routes } from '../routes';

export function AppHeader({ title, showBack }: { title: string; showBack: boolean }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const publish = () => {
      const height = element.getBoundingClientRect().height;
      // At large text a sticky header would keep a third of the screen: then it scrolls away.
      const tall = height > window.innerHeight * 0.2;
      element.classList.toggle('gm-app-header--scrolls', tall);
      document.documentElement.style.setProperty(
        '--tinh-mau-header-height',
        `${tall ? 0 : height}px`,
      );
    };
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    publish();
    return () => observer.disconnect();
  }, []);
  return (
    <div className="gm-app-header" ref={bar}>
      <Header
        title={title}
        showBackIcon={showBack}
        backIcon={
          <>
            <span aria-hidden="true" className="gm-app-header__chevron">
              ‹
            </span>
            <span className="gm-visually-hidden">{t('app.back')}</span>
          </>
        }
      />
      {pathname !== routes.help && (
        // A plain link: InternalLinks (app.tsx) follows it through the router.
        <a className="gm-app-header__help" href={routes.help}>
          {t('app.help')}
        </a>
      )}
    </div>
  );
}
