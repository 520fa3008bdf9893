// Grey shapes where content will be. The shapes are hidden from screen readers; they hear one
// "Đang tải…" per group instead (a list of ten skeleton cards says it once, not ten times).
import {
  type ComponentPropsWithoutRef,
  createContext,
  forwardRef,
  type ReactNode,
  useContext,
} from 'react';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { useGovMini } from '../provider/context';
import { skeletonMessages } from './messages';

const InGroup = createContext(false);

function LoadingStatus({ label }: { label: ReactNode }) {
  const t = useMessages(skeletonMessages);
  return (
    <span role="status" className="gm-visually-hidden">
      {label ?? t('skeleton.loading')}
    </span>
  );
}

export interface SkeletonGroupProps extends ComponentPropsWithoutRef<'div'> {
  /** What is loading, e.g. "Đang tải danh sách hồ sơ…"; default "Đang tải…". */
  label?: ReactNode;
}

/** Wraps several skeletons: one status for all of them. */
export const SkeletonGroup = forwardRef<HTMLDivElement, SkeletonGroupProps>(function SkeletonGroup(
  { label, className, children, ...props },
  ref,
) {
  useGovMini('SkeletonGroup');
  return (
    <div ref={ref} className={cx('gm-skeleton-group', className)} {...props}>
      <LoadingStatus label={label} />
      <div aria-hidden="true">
        <InGroup.Provider value={true}>{children}</InGroup.Provider>
      </div>
    </div>
  );
});

export type SkeletonShape = 'text' | 'heading' | 'block' | 'circle';

export interface SkeletonProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** `text` (default): lines of text; `heading`; `block`: an image or card; `circle`: an avatar. */
  shape?: SkeletonShape;
  /** Lines of a `text` skeleton (default 1); the last one is shorter, as real text is. */
  lines?: number;
  /** Any CSS length; default fits the shape. Prefer em/rem/% so it grows with text. */
  width?: string;
  height?: string;
  /** Outside a group: what is loading (default "Đang tải…"). */
  label?: ReactNode;
}

export const Skeleton = forwardRef<HTMLSpanElement, SkeletonProps>(function Skeleton(
  { shape = 'text', lines = 1, width, height, label, className, style, ...props },
  ref,
) {
  useGovMini('Skeleton');
  const grouped = useContext(InGroup);
  const count = shape === 'text' ? Math.max(1, lines) : 1;
  const shapes = (
    <span
      ref={ref}
      aria-hidden="true"
      className={cx('gm-skeleton', `gm-skeleton--${shape}`, className)}
      style={{ width, height, ...style }}
      {...props}
    >
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholder lines
        <span key={i} className="gm-skeleton__bone" />
      ))}
    </span>
  );
  if (grouped) return shapes;
  return (
    <span className="gm-skeleton-single">
      <LoadingStatus label={label} />
      {shapes}
    </span>
  );
});
