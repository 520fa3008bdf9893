// A real <a href> (keyboard, long press, screen readers) that moves through the app's router
// instead of reloading the page: a reload would restart the in-browser backend, and inside Zalo
// paths need the router's base. For links the @govmini/* screens render (`renderLink`).
import type { ComponentPropsWithoutRef } from 'react';
import { useNavigate } from 'zmp-ui';

export function RouterLink({
  to,
  onClick,
  ...props
}: { to: string } & ComponentPropsWithoutRef<'a'>) {
  const navigate = useNavigate();
  return (
    <a
      {...props}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented) return;
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}
