// "Kiểm tra trước khi gửi": every answer with "Thay đổi" (back to that page, then back here).
// The citizen's text is shown as text, exactly as it will be sent (NFC).
import { Heading, Notice, SummaryList } from '@govmini/ui';
import type { FeedbackCategory } from '../../core/types';
import { normalizeDescription } from '../../core/validate';
import { describeLocation } from '../LocationField/location-value';
import { useFeedbackMessages, useLocalized } from '../messages';
import type { FormStep, ReportDraft } from './draft';
import { reportFormMessages } from './messages';
import type { PhotoInMemory } from './use-photo-blobs';

export interface CheckStepProps {
  draft: ReportDraft;
  category: FeedbackCategory | undefined;
  photo: (id: string) => PhotoInMemory | undefined;
  online: boolean;
  /** Why the last "Gửi phản ánh" did not work (the content stays). */
  problem?: string | undefined;
  onChange: (step: FormStep) => void;
}

export function CheckStep({ draft, category, photo, online, problem, onChange }: CheckStepProps) {
  const t = useFeedbackMessages(reportFormMessages);
  const localized = useLocalized();
  const yesNo = (v: boolean | undefined) =>
    v === undefined ? '' : v ? t('check.yes') : t('check.no');
  const change = (step: FormStep) => [{ onClick: () => onChange(step) }];
  const blurred = draft.photos.filter((p) => draft.blurred.includes(p.id)).length;
  return (
    <>
      <Heading level={1}>{t('check.title')}</Heading>
      <p>{t('check.lead')}</p>
      {problem && (
        <Notice variant="error" headingLevel={false} announce>
          {problem}
        </Notice>
      )}
      <SummaryList>
        <SummaryList.Row
          label={t('check.category')}
          value={category ? localized(category.title) : ''}
          actions={change('category')}
        />
        <SummaryList.Row
          label={t('check.description')}
          value={
            <span className="gm-feedback-text">{normalizeDescription(draft.description)}</span>
          }
          actions={change('description')}
        />
        <SummaryList.Row
          label={t('check.photos')}
          value={
            <>
              {t('check.photosValue', { count: draft.photos.length })}
              {blurred > 0 && `, ${t('check.blurred', { count: blurred })}`}
              <ul className="gm-feedback-check__photos">
                {draft.photos.map((p, i) => {
                  const url = photo(p.id)?.url;
                  return url ? (
                    <li key={p.id}>
                      <img src={url} alt={t('photos.alt', { n: i + 1 })} />
                    </li>
                  ) : null;
                })}
              </ul>
            </>
          }
          actions={change('photos')}
        />
        <SummaryList.Row
          label={t('check.location')}
          value={describeLocation(draft.location, (latitude, longitude) =>
            t('check.coordinates', { latitude, longitude }),
          )}
          actions={change('location')}
        />
        <SummaryList.Row
          label={t('check.showName')}
          value={yesNo(draft.showName && draft.showName === 'yes')}
          actions={change('choices')}
        />
        <SummaryList.Row
          label={t('check.publish')}
          value={yesNo(draft.publish && draft.publish === 'yes')}
          actions={change('choices')}
        />
        <SummaryList.Row
          label={t('check.notify')}
          value={yesNo(draft.notify)}
          actions={change('choices')}
        />
      </SummaryList>
      {!online && (
        <Notice variant="info" headingLevel={false}>
          {t('check.offline')}
        </Notice>
      )}
    </>
  );
}
