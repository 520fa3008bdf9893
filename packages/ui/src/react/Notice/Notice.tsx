// A box that tells the citizen something: info, success, warning or error. The kind is said
// three ways: colour, an icon of its own shape, and a prefix word ("Lưu ý:") for screen readers.
// Live regions: info and success are polite `status`; a warning or an error interrupts (`alert`,
// or `status` for a warning) only when `announce` says it appeared because of what the citizen did.
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { useGovMini } from '../provider/context';
import { noticeMessages } from './messages';

export type NoticeVariant = 'info' | 'success' | 'warning' | 'error';

export interface NoticeProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  variant?: NoticeVariant;
  title?: ReactNode;
  /** Level of the title's heading (default 2); `false` for bold text without a heading. */
  headingLevel?: 2 | 3 | 4 | false;
  /** Announce it now: `alert` for an error, `status` for a warning (info and success always are). */
  announce?: boolean;
}

// One 24-unit path per kind: circle-i, circle-tick, triangle-!, octagon-× (shape, not colour).
const icons: Record<NoticeVariant, string> = {
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.5 5h3v3h-3Zm0 4.5h3V17h-3Z',
  success: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.6 14.2-4.3-4.3 2-2 2.3 2.3 5.2-5.3 2 2Z',
  warning: 'M12 1.5 23 21H1Zm-1.5 6.5v6h3V8Zm0 7.5v3h3v-3Z',
  error:
    'M7.8 2h8.4L22 7.8v8.4L16.2 22H7.8L2 16.2V7.8Zm.6 4.3-2 2 3.6 3.7-3.6 3.6 2 2 3.6-3.6 3.7 3.6 2-2-3.6-3.6 3.6-3.7-2-2-3.7 3.6Z',
};

function roleOf(variant: NoticeVariant, announce: boolean | undefined) {
  if (variant === 'info' || variant === 'success') return 'status';
  if (!announce) return undefined;
  return variant === 'error' ? 'alert' : 'status';
}

export const Notice = forwardRef<HTMLDivElement, NoticeProps>(function Notice(
  { variant = 'info', title, headingLevel = 2, announce, className, children, ...props },
  ref,
) {
  useGovMini('Notice');
  const t = useMessages(noticeMessages);
  const prefix = (
    <>
      <span className="gm-visually-hidden">{t(`notice.${variant}`)}</span>{' '}
    </>
  );
  const TitleTag = headingLevel ? (`h${headingLevel}` as const) : 'p';
  return (
    <div
      ref={ref}
      role={roleOf(variant, announce)}
      className={cx('gm-notice', `gm-notice--${variant}`, className)}
      {...props}
    >
      <svg className="gm-notice__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path fill="currentColor" fillRule="evenodd" d={icons[variant]} />
      </svg>
      <div className="gm-notice__content">
        {title ? (
          <TitleTag className="gm-notice__title">
            {prefix}
            {title}
          </TitleTag>
        ) : (
          prefix
        )}
        {children && <div className="gm-notice__body">{children}</div>}
      </div>
    </div>
  );
});
