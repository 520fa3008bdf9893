// zmp-ui's Header with what it lacks: a back button with an accessible name (its default
// icon reads "zi_chevron_left"), and a language switch. The page's <h1> is in the content.
// It stays at the top while it is small; its height is published as --tinh-mau-header-height,
// so that what takes focus (an error summary, a heading) scrolls into view below it, not under
// it. Grown tall with large text, it scrolls away with the page instead.
import { useEffect, useRef } from 'react';
import { Header } from 'zmp-ui';
import { useI18n } from '../messages';

export function AppHeader({ title, showBack }: { title: string; showBack: boolean }) {
  const { t, locale, setLocale } = useI18n();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
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
      <button
        type="button"
        className="gm-app-header__language"
        onClick={() => setLocale(locale === 'vi' ? 'en' : 'vi')}
      >
        {/* The accessible name starts with the visible word, as WCAG 2.5.3 asks. */}
        <span lang={locale === 'vi' ? 'en' : 'vi'}>{t('app.language')}</span>
        <span className="gm-visually-hidden"> — {t('app.languageLabel')}</span>
      </button>
    </div>
  );
}
