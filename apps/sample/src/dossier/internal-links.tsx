// The dossier screens link with plain <a href="/ho-so/…"> (they know no router). A full page
// load would restart the app and, with it, the in-browser backend; inside Zalo the paths also
// need the router's basename. So a click on a link to one of our own paths goes through the
// router instead, like any link the app renders itself.
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { useNavigate } from 'zmp-ui';

export function InternalLinks({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement)) return;
    if (link.target && link.target !== '_self') return;
    if (link.hasAttribute('download') || link.origin !== window.location.origin) return;
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('/')) return;
    event.preventDefault();
    navigate(href);
  };
  // A wrapper for delegation only; the links inside stay the interactive elements.
  // biome-ignore lint/a11y/noStaticElementInteractions: delegates clicks of the links inside
  // biome-ignore lint/a11y/useKeyWithClickEvents: Enter on a link fires this click event
  return <div onClick={onClick}>{children}</div>;
}

/** A link to one of the app's screens: a real link, followed through the router. */
export function RouterLink({
  to,
  children,
  ...props
}: { to: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  return (
    <a href={to} {...props}>
      {children}
    </a>
  );
}
