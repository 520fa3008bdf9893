// Headings 1–4 whose look is chosen apart from their level: the outline follows the page's
// structure, the size follows the design (a card's h3 may look small, a page's h1 large).
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from '../internal/class-names';

export type HeadingLevel = 1 | 2 | 3 | 4;
export type HeadingSize = 'xl' | 'l' | 'm' | 's';

const sizeOfLevel: Record<HeadingLevel, HeadingSize> = { 1: 'xl', 2: 'l', 3: 'm', 4: 's' };

export interface HeadingProps extends ComponentPropsWithoutRef<'h2'> {
  level: HeadingLevel;
  /** `xl` 32 px, `l` 26 px, `m` 22 px, `s` 20 px (at 100 % text); default follows `level`. */
  size?: HeadingSize;
}

export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, size, className, ...props },
  ref,
) {
  const Tag = `h${level}` as const;
  return (
    <Tag
      ref={ref}
      className={cx('gm-heading', `gm-heading--${size ?? sizeOfLevel[level]}`, className)}
      {...props}
    />
  );
});
