// What a list says when it has nothing yet ("Chưa có hồ sơ nào"): a heading that says so, a
// sentence on why or what happens next, and at most one action to get started.
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { Heading, type HeadingLevel } from '../Heading/Heading';
import { cx } from '../internal/class-names';

export interface EmptyStateProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  /** "Chưa có hồ sơ nào" */
  title: ReactNode;
  /** Default 2. */
  headingLevel?: HeadingLevel;
  /** A picture; decorative, hidden from screen readers. */
  illustration?: ReactNode;
  /** One action, e.g. a Button or Link "Nộp hồ sơ mới". */
  action?: ReactNode;
}

export const EmptyState = forwardRef<HTMLDivElement, EmptyStateProps>(function EmptyState(
  { title, headingLevel = 2, illustration, action, className, children, ...props },
  ref,
) {
  return (
    <div ref={ref} className={cx('gm-empty-state', className)} {...props}>
      {illustration && (
        <div className="gm-empty-state__illustration" aria-hidden="true">
          {illustration}
        </div>
      )}
      <Heading level={headingLevel} size="m">
        {title}
      </Heading>
      {children && <div className="gm-empty-state__body">{children}</div>}
      {action && <div className="gm-empty-state__action">{action}</div>}
    </div>
  );
});
