// zmp-ui's Header with what it lacks: a back button with an accessible name (its default
// icon reads "zi_chevron_left"), and a language switch. The page's <h1> is in the content.
import { useEffect } from 'react';
import { Header } from 'zmp-ui';
import { useI18n } from '../messages';

export function AppHeader({ title, showBack }: { title: string; showBack: boolean }) {
  const { t, locale, setLocale } = useI18n();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <div className="gm-app-header">
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
