// "Hồ sơ đã nộp": the signed-in citizen's dossiers, newest first, each a card with the
// procedure, the code, the status in plain words, when it was filed and when the result is due
// (with the working days left). The app decides where a card leads: `renderLink` for its
// router's links, or `onOpen(code)`.
import {
  Button,
  Card,
  EmptyState,
  Heading,
  Notice,
  Radio,
  RadioGroup,
  Skeleton,
  SkeletonGroup,
  StatusTag,
} from '@govmini/ui';
import { forwardRef, type ReactNode, useId, useRef } from 'react';
import { paymentOutstanding } from '../../core/payment/payment';
import { isFinal } from '../../core/service/status';
import type { DossierSummary } from '../../core/service/types';
import {
  errorCodeOf,
  useServiceErrorText,
  useServiceErrorWords,
} from '../DossierDetail/service-error';
import { useSignedInRemote } from '../DossierDetail/use-remote';
import { useDossier } from '../DossierProvider/context';
import { useDossierMessages, useLocalized } from '../messages';
import { DueDate } from '../StatusTimeline/DueDate';
import { formatDay } from '../StatusTimeline/dossier-dates';
import { myDossiersMessages } from './messages';

export type DossierFilter = 'all' | 'in_progress' | 'finished';

export interface DossierLinkProps {
  code: string;
  /** Put on the link: it makes the whole card its touch target. */
  className: string;
  /** Put on the link: screen readers hear the code after the title (two of a kind differ). */
  'aria-describedby': string;
  children: ReactNode;
}

export interface MyDossiersProps {
  /** A card was chosen (rendered as a button). Ignored when `renderLink` is given. */
  onOpen?: ((code: string) => void) | undefined;
  /** Renders each card's link with the app's router, e.g. `(p) => <RouterLink to={…} {...p} />`. */
  renderLink?: ((link: DossierLinkProps) => ReactNode) | undefined;
  /** The empty state's one action, e.g. a link "Nộp hồ sơ mới". */
  emptyAction?: ReactNode;
  /** Which dossiers to show (default all). */
  filter?: DossierFilter;
  /** Given: the "Hiển thị" choice is shown and reports changes here (the app keeps `filter`). */
  onFilterChange?: ((filter: DossierFilter) => void) | undefined;
  /** Default "Hồ sơ đã nộp". */
  title?: ReactNode;
  /** Default 1 (the list is a screen of its own). */
  headingLevel?: 1 | 2;
  /** `YYYY-MM-DD` for the days left; default today in Vietnam. */
  today?: string;
}

const newestFirst = (a: DossierSummary, b: DossierSummary) =>
  Date.parse(b.submittedAt) - Date.parse(a.submittedAt);

const filters: readonly DossierFilter[] = ['all', 'in_progress', 'finished'];

/**
 * The fee to flag on a card: one still to pay or to be confirmed, on a dossier not closed. At
 * status 6 an unpaid fee is the status itself ("Cần nộp phí, lệ phí"), not said twice.
 */
function feeFlag(d: DossierSummary): 'unpaid' | 'pending_confirmation' | undefined {
  const status = d.paymentStatus;
  if (!status || status === 'paid') return undefined;
  if (!paymentOutstanding({ status: d.status, payment: { status } })) return undefined;
  return d.status === 6 && status === 'unpaid' ? undefined : status;
}

const FLAG_TONE = { unpaid: 'warning', pending_confirmation: 'info' } as const;

export const MyDossiers = /* @__PURE__ */ forwardRef<HTMLElement, MyDossiersProps>(
  function MyDossiers(
    {
      onOpen,
      renderLink,
      emptyAction,
      filter = 'all',
      onFilterChange,
      title,
      headingLevel = 1,
      today,
    },
    ref,
  ) {
    const t = useDossierMessages(myDossiersMessages);
    const errorText = useServiceErrorText();
    const words = useServiceErrorWords();
    const localized = useLocalized();
    const { service } = useDossier('MyDossiers');
    const { remote, retry } = useSignedInRemote(
      'MyDossiers',
      (token) => service.listMine(token),
      '',
    );
    const headingId = `${useId()}-heading`;
    const heading = useRef<HTMLHeadingElement>(null);

    const again = () => {
      // The retry button goes away while loading: focus stays on the screen, not on <body>.
      heading.current?.focus();
      retry();
    };

    let body: ReactNode;
    if (remote.state === 'loading') {
      body = (
        <SkeletonGroup label={t('loading')}>
          {[0, 1, 2].map((i) => (
            <div key={i} className="gm-card">
              <Skeleton shape="heading" width="70%" />
              <Skeleton lines={2} />
            </div>
          ))}
        </SkeletonGroup>
      );
    } else if (remote.state === 'error') {
      const signedOut = errorCodeOf(remote.error) === 'unauthenticated';
      body = (
        <Notice
          variant="error"
          title={t('errorTitle')}
          headingLevel={headingLevel === 1 ? 2 : 3}
          announce
        >
          <p>{signedOut ? t('signInNeeded') : errorText(remote.error)}</p>
          {!signedOut && (
            <Button variant="secondary" onClick={again}>
              {words('retry')}
            </Button>
          )}
        </Notice>
      );
    } else {
      const shown = remote.data
        .filter((d) => filter === 'all' || (filter === 'finished') === isFinal(d.status))
        .sort(newestFirst);
      body =
        shown.length === 0 ? (
          <EmptyState
            title={filter === 'all' ? t('emptyTitle') : t(`emptyTitle.${filter}`)}
            headingLevel={headingLevel === 1 ? 2 : 3}
            action={emptyAction}
          >
            <p>{t('emptyBody')}</p>
          </EmptyState>
        ) : (
          <>
            <p className="gm-visually-hidden" role="status">
              {t('count', { count: shown.length })}
            </p>
            <ul className="gm-dossier-list">
              {shown.map((d) => {
                const name = localized(d.procedureTitle);
                const fee = feeFlag(d);
                const codeId = `${headingId}-${d.code}`;
                const linkProps = {
                  className: 'gm-card__link gm-dossier-list__open',
                  'aria-describedby': codeId,
                };
                const link = renderLink ? (
                  renderLink({ code: d.code, ...linkProps, children: name })
                ) : onOpen ? (
                  <button type="button" {...linkProps} onClick={() => onOpen(d.code)}>
                    {name}
                  </button>
                ) : (
                  name
                );
                return (
                  <Card
                    key={d.code}
                    as="li"
                    title={link}
                    headingLevel={headingLevel === 1 ? 2 : 3}
                    className={renderLink || onOpen ? 'gm-card--link' : undefined}
                  >
                    <div className="gm-dossier-list__tags">
                      <StatusTag status={d.status} />
                      {fee && (
                        // The tag's look (@govmini/ui) for a fact that is not a status of its own.
                        <span className={`gm-status-tag gm-status-tag--${FLAG_TONE[fee]}`}>
                          {t(`fee.${fee}`)}
                        </span>
                      )}
                    </div>
                    <dl className="gm-dossier-facts">
                      <div>
                        <dt>{t('code')}</dt>
                        <dd id={codeId}>{d.code}</dd>
                      </div>
                      <div>
                        <dt>{t('submitted')}</dt>
                        <dd>
                          <time dateTime={d.submittedAt}>{formatDay(d.submittedAt)}</time>
                        </dd>
                      </div>
                      <div>
                        <dt>{t('due')}</dt>
                        <dd>
                          <DueDate dueDate={d.dueDate} status={d.status} today={today} />
                        </dd>
                      </div>
                    </dl>
                  </Card>
                );
              })}
            </ul>
          </>
        );
    }

    return (
      <section ref={ref} className="gm-my-dossiers" aria-labelledby={headingId}>
        <Heading level={headingLevel} id={headingId} ref={heading} tabIndex={-1}>
          {title ?? t('title')}
        </Heading>
        {onFilterChange && (
          <RadioGroup
            label={t('filter')}
            inline
            value={filter}
            onValueChange={(value) => onFilterChange(value as DossierFilter)}
          >
            {filters.map((f) => (
              <Radio key={f} value={f} label={t(`filter.${f}`)} />
            ))}
          </RadioGroup>
        )}
        {body}
      </section>
    );
  },
);
