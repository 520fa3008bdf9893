// A native <a>: underlined (never colour alone), a visited colour, the focus ring of base.css.
// `external` opens a new page and says so to everyone who can't see the new tab open.
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { useGovMini } from '../provider/context';
import { linkMessages } from './messages';

export interface LinkProps extends ComponentPropsWithoutRef<'a'> {
  /** Opens in a new page: `target="_blank"`, `rel="noopener noreferrer"`, "(mở trang mới)". */
  external?: boolean;
}

export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { external, className, rel, target, children, ...props },
  ref,
) {
  useGovMini('Link');
  const t = useMessages(linkMessages);
  const relParts = new Set(rel?.split(/\s+/).filter(Boolean));
  if (external) {
    relParts.add('noopener');
    relParts.add('noreferrer');
  }
  return (
    <a
      ref={ref}
      className={cx('gm-link', className)}
      target={external ? '_blank' : target}
      rel={relParts.size ? [...relParts].join(' ') : undefined}
      {...props}
    >
      {children}
      {external && (
        <>
          {' '}
          <span className="gm-visually-hidden">{t('link.external')}</span>
        </>
      )}
    </a>
  );
});
