// A purpose's four facts (what data, why, who processes it, how long it is kept) as a
// description list: shared by ConsentScreen and ConsentSettings.
import { SummaryList, SummaryListRow } from '@govmini/ui';
import type { ReactNode } from 'react';
import type { ConsentPurpose, LocalizedText } from '../../core/types';
import { useAuthMessages, useLocalized } from '../messages';
import { purposeMessages } from './messages';

/** Text in the page's language, or Vietnamese marked `lang="vi"` when there is no translation. */
export function useText(): (text: LocalizedText) => ReactNode {
  const localize = useLocalized();
  return (text) => {
    const { text: shown, lang } = localize(text);
    return lang ? <span lang={lang}>{shown}</span> : shown;
  };
}

export function PurposeDetails({
  purpose,
  children,
}: {
  purpose: ConsentPurpose;
  children?: ReactNode;
}) {
  const t = useAuthMessages(purposeMessages);
  const text = useText();
  return (
    <SummaryList className="gm-auth-purpose__details">
      <SummaryListRow label={t('data')} value={text(purpose.data)} />
      <SummaryListRow label={t('why')} value={text(purpose.why)} />
      <SummaryListRow label={t('processor')} value={text(purpose.processor)} />
      <SummaryListRow label={t('retention')} value={text(purpose.retention)} />
      {children}
    </SummaryList>
  );
}
