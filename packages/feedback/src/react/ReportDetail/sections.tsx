// The parts both report screens show (the citizen's own and a public one): the title with the
// category's icon, the description, the photos, the place and the official answer. Every text a
// person wrote (description, answer, place) is rendered as text, never as HTML, with its line
// breaks kept by CSS (white-space: pre-wrap).
import { Heading, SummaryList } from '@govmini/ui';
import { getProvince } from '@govmini/vn/admin';
import type {
  FeedbackCategory,
  OfficialAnswer,
  PublicReport,
  ReportLocation,
  ReportPhoto,
} from '../../core/types';
import { useFeedback } from '../FeedbackProvider/context';
import { CategoryIcon } from '../icons/CategoryIcon';
import { useFeedbackMessages, useLocalized } from '../messages';
import { formatDateTime } from '../ReportTimeline/report-dates';
import { reportDetailMessages } from './messages';
import type { PhotoRefresh } from './photo-refresh';

type Level = 2 | 3;

/** The category's title with its icon (the icon is decorative), or "Phản ánh" when unknown. */
export function CategoryTitle({ category }: { category: FeedbackCategory | undefined }) {
  const t = useFeedbackMessages(reportDetailMessages);
  const localized = useLocalized();
  return (
    <span className="gm-report-title">
      <CategoryIcon name={category?.icon ?? 'other'} />
      <span>{category ? localized(category.title) : t('untitled')}</span>
    </span>
  );
}

/** Text someone typed: as text, line breaks kept. */
export function UserText({ text, className }: { text: string; className?: string }) {
  return <p className={className ? `gm-report-text ${className}` : 'gm-report-text'}>{text}</p>;
}

const isImage = (photo: ReportPhoto) => photo.type.startsWith('image/');

/**
 * Pictures as thumbnails, each with its place in the set as alt text; other files as links.
 * With `refresh`, an expired URL (a private report's) is renewed when it fails or is opened.
 */
export function PhotoList({
  photos,
  alt,
  fileName,
  refresh,
}: {
  photos: readonly ReportPhoto[];
  alt: (index: number, count: number) => string;
  fileName?: ((index: number, count: number) => string) | undefined;
  refresh?: PhotoRefresh | undefined;
}) {
  if (photos.length === 0) return null;
  const count = photos.length;
  return (
    <ul className="gm-report-photos">
      {photos.map((photo, i) => (
        <li key={photo.id}>
          {isImage(photo) || !fileName ? (
            <img
              src={photo.url}
              alt={alt(i + 1, count)}
              loading="lazy"
              decoding="async"
              {...(photo.width && photo.height && { width: photo.width, height: photo.height })}
              {...(refresh && { onError: () => refresh.onError(photo) })}
            />
          ) : (
            <a
              className="gm-report-photos__file"
              href={photo.url}
              target="_blank"
              rel="noreferrer"
              {...(refresh && { onClick: (event) => refresh.onOpen(photo, event) })}
            >
              {fileName(i + 1, count)}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The place in words: the citizen's own words first, then the address or commune. */
export function usePlaceText(): (location: ReportLocation) => string {
  const t = useFeedbackMessages(reportDetailMessages);
  const { adminIndex } = useFeedback('ReportDetail');
  const nf = (n: number) => n.toFixed(5);
  return (location) => {
    const area =
      location.kind === 'device' && location.address
        ? location.address
        : [
            location.communeCode && adminIndex?.getCommune(location.communeCode)?.name,
            location.provinceCode && getProvince(location.provinceCode)?.fullName,
          ]
            .filter(Boolean)
            .join(', ') ||
          (location.kind === 'device'
            ? t('coordinates', {
                latitude: nf(location.latitude),
                longitude: nf(location.longitude),
              })
            : '');
    return [location.place?.trim(), area].filter(Boolean).join(', ');
  };
}

/** Description, photos and place: what was reported, where. */
export function ReportBody({
  report,
  level,
  photoRefresh,
}: {
  report: PublicReport;
  level: Level;
  /** Renews expired photo URLs (the citizen's own report); public photos do not expire. */
  photoRefresh?: PhotoRefresh | undefined;
}) {
  const t = useFeedbackMessages(reportDetailMessages);
  const placeText = usePlaceText();
  const place = placeText(report.location);
  return (
    <>
      <section>
        <Heading level={level} size="m">
          {t('descriptionTitle')}
        </Heading>
        <UserText text={report.description} />
        <PhotoList
          photos={report.photos}
          alt={(index, count) => t('photoAlt', { index, count })}
          refresh={photoRefresh}
        />
      </section>
      {place && (
        <section>
          <Heading level={level} size="m">
            {t('placeTitle')}
          </Heading>
          <UserText text={place} />
        </section>
      )}
    </>
  );
}

/** The official answer: who, when, what, and what came with it. */
export function AnswerSection({
  answer,
  level,
  earlier = false,
  photoRefresh,
}: {
  answer: OfficialAnswer | undefined;
  level: Level;
  /** The report was reopened: this answer did not solve it, a new one will come. */
  earlier?: boolean;
  /** Renews expired attachment URLs (the citizen's own report). */
  photoRefresh?: PhotoRefresh | undefined;
}) {
  const t = useFeedbackMessages(reportDetailMessages);
  const localized = useLocalized();
  if (!answer) return null;
  return (
    <section className="gm-report-answer">
      <Heading level={level} size="m">
        {earlier ? t('answerTitleEarlier') : t('answerTitle')}
      </Heading>
      <SummaryList>
        <SummaryList.Row label={t('answerAgency')} value={localized(answer.agency)} />
        <SummaryList.Row
          label={t('answerTime')}
          value={<time dateTime={answer.answeredAt}>{formatDateTime(answer.answeredAt)}</time>}
        />
      </SummaryList>
      <UserText text={answer.text} className="gm-report-answer__text" />
      {answer.attachments.length > 0 && (
        <>
          <Heading level={(level + 1) as 3 | 4} size="s">
            {t('attachmentsTitle')}
          </Heading>
          <PhotoList
            photos={answer.attachments}
            alt={(index, count) => t('attachmentAlt', { index, count })}
            fileName={(index, count) => t('attachmentFile', { index, count })}
            refresh={photoRefresh}
          />
        </>
      )}
    </section>
  );
}
