// A link to one of the app's screens: a real <a href> (keyboard, long-press, "open in a new
// tab" all work), followed through the router so the in-browser backend is not restarted by a
// full page load (and so that inside Zalo the router's basename applies).
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { useNavigate } from 'zmp-ui';

export function AppLink({
  to,
  children,
  ...props
}: { to: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const navigate = useNavigate();
  return (
    <a
      {...props}
      href={to}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

/** `/phan-anh/cua-toi/:id` with the id filled in (encoded: ids come from the backend). */
export const withId = (pattern: string, id: string) =>
  pattern.replace(':id', encodeURIComponent(id));
