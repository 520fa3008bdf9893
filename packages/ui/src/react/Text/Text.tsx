// Body copy: `body` (18 px at 100 %), `lead` (the larger first paragraph of a page) and `small`
// (16 px, the floor: nothing smaller exists). `secondary` greys it for captions, still ≥ 4.5:1.
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from '../internal/class-names';

export type TextVariant = 'body' | 'lead' | 'small';

export interface TextProps extends ComponentPropsWithoutRef<'p'> {
  variant?: TextVariant;
  /** Secondary colour for captions and metadata (ngày nộp, mã hồ sơ). */
  secondary?: boolean;
  /** Default `p`; `span` inside other text, `div` around blocks. */
  as?: 'p' | 'span' | 'div';
}

export const Text = forwardRef<HTMLParagraphElement, TextProps>(function Text(
  { variant = 'body', secondary, as: Tag = 'p', className, ...props },
  ref,
) {
  return (
    <Tag
      ref={ref}
      className={cx('gm-text', `gm-text--${variant}`, secondary && 'gm-text--secondary', className)}
      {...props}
    />
  );
});
