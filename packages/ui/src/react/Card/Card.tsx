// A surface that groups one thing: a dossier, a service, a report. With `href` the title is a
// real link and the whole card is its touch target (the link's box is stretched over the card),
// so screen readers hear one link named by the title, not a card full of text.
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { Heading, type HeadingLevel } from '../Heading/Heading';
import { cx } from '../internal/class-names';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  /** Default 3 (cards sit under a page's h1 and a section's h2). */
  headingLevel?: HeadingLevel;
  /** Makes the title a link covering the whole card. */
  href?: string;
  /** Default `div`; `li` inside a list of cards, `article` or `section` when it stands alone. */
  as?: 'div' | 'li' | 'article' | 'section';
}

export const Card = forwardRef<HTMLElement, CardProps>(function Card(
  { title, headingLevel = 3, href, as: Tag = 'div', className, children, ...props },
  ref,
) {
  return (
    <Tag
      // One element of several possible tags: TypeScript can't narrow the ref's type to it.
      ref={ref as never}
      className={cx('gm-card', href !== undefined && 'gm-card--link', className)}
      {...props}
    >
      {title && (
        <Heading level={headingLevel} size="s" className="gm-card__title">
          {href !== undefined ? (
            <a className="gm-card__link" href={href}>
              {title}
            </a>
          ) : (
            title
          )}
        </Heading>
      )}
      {children}
    </Tag>
  );
});
