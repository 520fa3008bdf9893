// A real <button>. `type="button"` unless told otherwise, so a button in a form never submits
// by accident. `loading` keeps the button's width and focus, says "Đang xử lý…" and swallows
// every further click (and the form submit it would cause): citizens on slow networks tap twice.
import { type ComponentPropsWithoutRef, forwardRef, type MouseEvent } from 'react';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { useGovMini } from '../provider/context';
import { buttonMessages } from './messages';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'link';

export interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** `primary` (default): the one main action; `secondary`; `warning`: destructive (xoá, huỷ hồ sơ); `link`: looks like a link. */
  variant?: ButtonVariant;
  /** Work in progress: spinner, "Đang xử lý…", aria-busy, and further clicks are ignored. */
  loading?: boolean;
  /** Full width always (by default only on narrow screens at large text). */
  fullWidth?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'primary', loading = false, fullWidth, type, className, onClick, children, ...props },
  ref,
) {
  useGovMini('Button');
  const t = useMessages(buttonMessages);
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    // Not `disabled`: that would drop focus to <body> and hide the button from screen readers
    // mid-task. preventDefault also stops the form submit a second tap would cause.
    if (loading || props['aria-disabled'] === true || props['aria-disabled'] === 'true') {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      ref={ref}
      type={type ?? 'button'}
      className={cx(
        'gm-button',
        `gm-button--${variant}`,
        fullWidth && 'gm-button--full',
        loading && 'gm-button--loading',
        className,
      )}
      {...props}
      {...(loading && { 'aria-busy': true, 'aria-disabled': true })}
      onClick={handleClick}
    >
      {/* Hidden but still read while loading, so the width holds and the name stays. */}
      <span className="gm-button__label">{children}</span>
      {loading && (
        <>
          <span className="gm-button__spinner gm-spinner__circle" aria-hidden="true" />{' '}
          <span className="gm-visually-hidden">{t('button.loading')}</span>
        </>
      )}
    </button>
  );
});
