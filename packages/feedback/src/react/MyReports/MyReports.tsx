// "Phản ánh của tôi": the reports the citizen sent and those joined with "Tôi cũng gặp",
// newest first, each a card with the category (icon and title), the code, the status in plain
// words, the start of the description, when it was sent and when the answer is due (with the
// working days left). The app decides where a card leads: `renderLink` for its router's links,
// or `onOpen(id)`.
import { Card, EmptyState, Heading } from '@govmini/ui';
import { forwardRef, type ReactNode, useId, useRef } from 'react';
import type { MyReport } from '../../core/types';
import { useFeedback } from '../FeedbackProvider/context';
import { useFeedbackMessages } from '../messages';
import { Pending } from '../ReportDetail/pending';
import { CategoryTitle } from '../ReportDetail/sections';
import { categoryById, useCategoryList } from '../ReportDetail/use-categories';
import { useSignedInRemote } from '../ReportDetail/use-remote';
import { AnswerDue } from '../ReportTimeline/AnswerDue';
import { formatDay } from '../ReportTimeline/report-dates';
import { ReportStatusTag } from '../StatusBadge/ReportStatusTag';
import { myReportsMessages } from './messages';

export interface ReportLinkProps {
  /** The report's id. */
  id: string;
  /** Put on the link: it makes the whole card its touch target. */
  className: string;
  /** Put on the link: screen readers hear the code after the title (two of a kind differ). */
  'aria-describedby': string;
  children: ReactNode;
}

export interface MyReportsProps {
  /** A card was chosen (rendered as a button). Ignored when `renderLink` is given. */
  onOpen?: ((id: string) => void) | undefined;
  /** Renders each card's link with the app's router, e.g. `(p) => <RouterLink to={…} {...p} />`. */
  renderLink?: ((link: ReportLinkProps) => ReactNode) | undefined;
  /** The empty state's one action, e.g. a link "Gửi phản ánh". */
  emptyAction?: ReactNode;
  /** Default "Phản ánh của tôi". */
  title?: ReactNode;
  /** Default 1 (the list is a screen of its own). */
  headingLevel?: 1 | 2;
  /** `YYYY-MM-DD` for the working days left; default today in Vietnam. */
  today?: string | undefined;
}

/** The first words of a description, on one line: enough to tell two reports apart. */
export const excerpt = (text: string, max = 90): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

/** A card's title: the app's link, a button for `onOpen`, or plain words. */
export function cardLink(
  id: string,
  codeId: string,
  name: ReactNode,
  onOpen: ((id: string) => void) | undefined,
  renderLink: ((link: ReportLinkProps) => ReactNode) | undefined,
): ReactNode {
  const props = { className: 'gm-card__link gm-report-list__open', 'aria-describedby': codeId };
  if (renderLink) return renderLink({ id, ...props, children: name });
  if (!onOpen) return name;
  return (
    <button type="button" {...props} onClick={() => onOpen(id)}>
      {name}
    </button>
  );
}

const newestFirst = (a: MyReport, b: MyReport) => Date.parse(b.createdAt) - Date.parse(a.createdAt);

export const MyReports = /* @__PURE__ */ forwardRef<HTMLElement, MyReportsProps>(function MyReports(
  { onOpen, renderLink, emptyAction, title, headingLevel = 1, today },
  ref,
) {
  const t = useFeedbackMessages(myReportsMessages);
  const { service } = useFeedback('MyReports');
  const categories = useCategoryList('MyReports');
  const { remote, retry } = useSignedInRemote('MyReports', (token) => service.listMine(token), '');
  const headingId = `${useId().replace(/:/g, '')}-heading`;
  const heading = useRef<HTMLHeadingElement>(null);
  const sub = headingLevel === 1 ? 2 : 3;

  let body: ReactNode;
  if (remote.state !== 'ready') {
    body = (
      <Pending
        remote={remote}
        label={t('loading')}
        shape="cards"
        title={t('errorTitle')}
        headingLevel={sub}
        onRetry={() => {
          // The button goes while loading: focus stays on the screen, not on <body>.
          heading.current?.focus();
          retry();
        }}
      />
    );
  } else if (remote.data.length === 0) {
    body = (
      <EmptyState title={t('emptyTitle')} headingLevel={sub} action={emptyAction}>
        <p>{t('emptyBody')}</p>
      </EmptyState>
    );
  } else {
    const shown = [...remote.data].sort(newestFirst);
    body = (
      <>
        <p className="gm-visually-hidden" role="status">
          {t('count', { count: shown.length })}
        </p>
        <ul className="gm-report-list">
          {shown.map((report) => {
            const name = <CategoryTitle category={categoryById(categories, report.categoryId)} />;
            const codeId = `${headingId}-${report.id}`;
            const link = cardLink(report.id, codeId, name, onOpen, renderLink);
            return (
              <Card
                key={report.id}
                as="li"
                title={link}
                headingLevel={sub}
                className={renderLink || onOpen ? 'gm-card--link' : undefined}
              >
                <ReportStatusTag status={report.status} />
                {report.role === 'supporter' && (
                  <p className="gm-report-list__role">{t('supporter')}</p>
                )}
                <p className="gm-report-list__excerpt">{excerpt(report.description)}</p>
                <dl className="gm-report-facts">
                  <div>
                    <dt>{t('code')}</dt>
                    <dd id={codeId}>{report.code}</dd>
                  </div>
                  <div>
                    <dt>{t('sent')}</dt>
                    <dd>
                      <time dateTime={report.createdAt}>{formatDay(report.createdAt)}</time>
                    </dd>
                  </div>
                  {report.dueDate && (
                    <div>
                      <dt>{t('due')}</dt>
                      <dd>
                        <AnswerDue dueDate={report.dueDate} status={report.status} today={today} />
                      </dd>
                    </div>
                  )}
                </dl>
              </Card>
            );
          })}
        </ul>
      </>
    );
  }

  return (
    <section ref={ref} className="gm-my-reports" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} ref={heading} tabIndex={-1}>
        {title ?? t('title')}
      </Heading>
      {body}
    </section>
  );
});
