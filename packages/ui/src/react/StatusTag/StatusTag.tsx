// A dossier's status in plain words, e.g. "Cần bổ sung giấy tờ". The words carry the meaning;
// the colour only groups them: blue = in progress, amber = the citizen must act, green = done,
// red = refused or stopped, grey = withdrawn.
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { useGovMini } from '../provider/context';
import { statusTagMessages } from './messages';

/** The 10 standard statuses (TrangThaiHoSoId): 1 submitted … 10 result delivered. */
export type DossierStatusCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
export const dossierStatusCodes: readonly DossierStatusCode[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export type StatusTone = 'info' | 'warning' | 'success' | 'error' | 'neutral';

/** The colour group of each status; exported for lists and filters that want the same. */
export const dossierStatusTone: Readonly<Record<DossierStatusCode, StatusTone>> = {
  1: 'info',
  2: 'info',
  3: 'error',
  4: 'info',
  5: 'warning',
  6: 'warning',
  7: 'neutral',
  8: 'error',
  9: 'success',
  10: 'success',
};

export interface StatusTagProps extends ComponentPropsWithoutRef<'span'> {
  status: DossierStatusCode;
  /**
   * `true`: also show the catalogue's long form ("Hồ sơ cần thêm giấy tờ. Vui lòng …") below
   * the tag; or a text of your own (e.g. the official's reason).
   */
  description?: boolean | ReactNode;
}

export const StatusTag = forwardRef<HTMLSpanElement, StatusTagProps>(function StatusTag(
  { status, description, className, children, ...props },
  ref,
) {
  useGovMini('StatusTag');
  const t = useMessages(statusTagMessages);
  const tag = (
    <span
      ref={ref}
      className={cx('gm-status-tag', `gm-status-tag--${dossierStatusTone[status]}`, className)}
      data-status={status}
      {...props}
    >
      {children ?? t(`statusTag.${status}`)}
    </span>
  );
  if (!description) return tag;
  return (
    <span className="gm-status">
      {tag}
      <span className="gm-status__description">
        {description === true ? t(`statusTag.${status}.description`) : description}
      </span>
    </span>
  );
});
