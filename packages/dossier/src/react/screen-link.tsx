// Links from a dossier screen to another screen of the app. The screens know no router, so by
// default they render a plain link; `renderLink` lets the app render its router's link instead
// (inside Zalo the router adds a basename, and a full page load would restart the app).
// Like MyDossiers' `renderLink`: the props are spread on the app's link, children inside.
import { Link } from '@govmini/ui';
import type { ReactNode } from 'react';

export interface ScreenLinkProps {
  /** Where it leads, as the app gave it (e.g. `myDossiersHref`, `dossierHref(code)`). */
  href: string;
  /** Put on the link: the toolkit's link style. */
  className: string;
  children: ReactNode;
}

/** Renders a link to another screen with the app's router, e.g. `(p) => <RouterLink to={p.href} {...p} />`. */
export type RenderScreenLink = (link: ScreenLinkProps) => ReactNode;

export function ScreenLink({
  href,
  renderLink,
  children,
}: {
  href: string;
  renderLink?: RenderScreenLink | undefined;
  children: ReactNode;
}) {
  if (renderLink) return <>{renderLink({ href, className: 'gm-link', children })}</>;
  return <Link href={href}>{children}</Link>;
}
