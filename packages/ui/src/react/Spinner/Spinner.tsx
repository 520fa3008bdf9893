// A spinning ring inside role="status": screen readers hear "Đang tải…" (or `label`), the ring
// itself is hidden from them. Under prefers-reduced-motion the ring stands still.
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId } from 'react';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { useGovMini } from '../provider/context';
import { spinnerMessages } from './messages';

export interface SpinnerProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** What is happening, e.g. "Đang tải danh sách hồ sơ…"; default from the catalogue. */
  label?: ReactNode;
  /** Also show the label beside the ring (default: only screen readers hear it). */
  showLabel?: boolean;
  size?: 'small' | 'medium' | 'large';
}

export const Spinner = forwardRef<HTMLSpanElement, SpinnerProps>(function Spinner(
  { label, showLabel, size = 'medium', className, ...props },
  ref,
) {
  useGovMini('Spinner');
  const t = useMessages(spinnerMessages);
  const labelId = useId();
  return (
    <span
      ref={ref}
      role="status"
      // status takes its name from the author only: point it at the (hidden) label
      aria-labelledby={labelId}
      className={cx('gm-spinner', `gm-spinner--${size}`, className)}
      {...props}
    >
      <span className="gm-spinner__circle" aria-hidden="true" />
      <span id={labelId} className={showLabel ? 'gm-spinner__label' : 'gm-visually-hidden'}>
        {label ?? t('spinner.label')}
      </span>
    </span>
  );
});
