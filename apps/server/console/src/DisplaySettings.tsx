// Text size, contrast and language, at the foot of every screen: officers read long lists all
// day, some with weak eyes, and some provinces have staff who prefer English.
import { Radio, RadioGroup, TextSizeControl } from '@govmini/ui';
import { createContext, useContext } from 'react';
import { commonMessages } from './common.messages.ts';
import { useMessages } from './i18n.ts';

export type ConsoleLocale = 'vi' | 'en';

export const LocaleContext = createContext<{
  locale: ConsoleLocale;
  setLocale(locale: ConsoleLocale): void;
}>({ locale: 'vi', setLocale: () => undefined });

export function DisplaySettings() {
  const t = useMessages(commonMessages);
  const { locale, setLocale } = useContext(LocaleContext);
  return (
    <details className="staff-display">
      <summary>{t('display')}</summary>
      <div className="staff-display__body">
        <TextSizeControl />
        <RadioGroup
          label={t('language')}
          name="staff-language"
          value={locale}
          onValueChange={(value) => setLocale(value === 'en' ? 'en' : 'vi')}
          inline
        >
          {/* Each language is named in itself, so it is found whatever the page's language. */}
          <Radio value="vi" label={<span lang="vi">Tiếng Việt</span>} />
          <Radio value="en" label={<span lang="en">English</span>} />
        </RadioGroup>
      </div>
    </details>
  );
}
