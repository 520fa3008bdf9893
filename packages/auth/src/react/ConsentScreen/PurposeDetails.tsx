// A purpose as ConsentScreen and ConsentSettings show it: a section titled by the purpose, its
// four facts (what data, why, who processes it, how long it is kept) as a description list, then
// what the screen adds (the question, or the decision and its actions).
import { Heading, SummaryList, SummaryListRow } from '@govmini/ui';
import type { ReactNode } from 'react';
import type { ConsentPurpose, LocalizedText } from '../../core/types';
import { stack } from '../layout';
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

export function PurposeSection({
  purpose,
  titleId,
  level,
  rows,
  children,
}: {
  purpose: ConsentPurpose;
  /** The heading's id, which names the section. */
  titleId: string;
  level: 2 | 3 | 4;
  /** More rows for the list of facts. */
  rows?: ReactNode;
  children?: ReactNode;
}) {
  const t = useAuthMessages(purposeMessages);
  const text = useText();
  return (
    <section className="gm-auth-purpose" style={stack} aria-labelledby={titleId}>
      <Heading level={level} size="m" id={titleId}>
        {text(purpose.title)}
      </Heading>
      <SummaryList className="gm-auth-purpose__details">
        {(['data', 'why', 'processor', 'retention'] as const).map((fact) => (
          <SummaryListRow key={fact} label={t(fact)} value={text(purpose[fact])} />
        ))}
        {rows}
      </SummaryList>
      {children}
    </section>
  );
}
