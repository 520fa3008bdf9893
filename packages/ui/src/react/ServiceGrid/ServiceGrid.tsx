// The home screen's tiles: "Nộp hồ sơ", "Tra cứu hồ sơ", "Phản ánh kiến nghị"… A list (screen
// readers say "danh sách, 6 mục"), each tile a real link (`href`) or button (`onClick`), the
// icon decorative and the label its name. The grid drops to one column when the text is large.
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type MouseEventHandler,
  type ReactNode,
  type Ref,
} from 'react';
import { cx } from '../internal/class-names';

export type ServiceGridProps = ComponentPropsWithoutRef<'ul'>;

export const ServiceGrid = forwardRef<HTMLUListElement, ServiceGridProps>(function ServiceGrid(
  { className, ...props },
  ref,
) {
  return <ul ref={ref} className={cx('gm-service-grid', className)} {...props} />;
});

interface TileCommon {
  /** Any ReactNode, e.g. an inline <svg>; hidden from screen readers (the label names the tile). */
  icon?: ReactNode;
  /** "Nộp hồ sơ" */
  label: ReactNode;
  /** One short line under the label, e.g. "3 hồ sơ cần bổ sung". Read with the label. */
  description?: ReactNode;
  className?: string;
}

export type ServiceTileProps = TileCommon &
  (
    | ({ href: string; onClick?: MouseEventHandler<HTMLAnchorElement> } & Omit<
        ComponentPropsWithoutRef<'a'>,
        'children' | keyof TileCommon
      >)
    | ({ href?: undefined; onClick: MouseEventHandler<HTMLButtonElement> } & Omit<
        ComponentPropsWithoutRef<'button'>,
        'children' | 'type' | keyof TileCommon
      >)
  );

export const ServiceTile = forwardRef<HTMLAnchorElement | HTMLButtonElement, ServiceTileProps>(
  function ServiceTile({ icon, label, description, className, ...props }, ref) {
    const inner = (
      <>
        {icon && (
          <span className="gm-service-tile__icon" aria-hidden="true">
            {icon}
          </span>
        )}
        <span className="gm-service-tile__label">{label}</span>
        {description && (
          <>
            {' '}
            <span className="gm-service-tile__description">{description}</span>
          </>
        )}
      </>
    );
    const cls = cx('gm-service-tile', className);
    return (
      <li className="gm-service-grid__item">
        {props.href !== undefined ? (
          <a
            ref={ref as Ref<HTMLAnchorElement>}
            className={cls}
            {...(props as ComponentPropsWithoutRef<'a'>)}
          >
            {inner}
          </a>
        ) : (
          <button
            ref={ref as Ref<HTMLButtonElement>}
            type="button"
            className={cls}
            {...(props as ComponentPropsWithoutRef<'button'>)}
          >
            {inner}
          </button>
        )}
      </li>
    );
  },
);
