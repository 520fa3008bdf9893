// A route guard that knows no router. Signed in: the children. Otherwise, in place, the sign-in
// screen (then the consent screen), and once signed in the children again, with `onReturn`
// called so a router app can restore the exact place; or, with `redirectTo`, the app stores the
// intended location itself and navigates to its own sign-in route. While a stored session is
// being restored nothing is decided (a spinner), so a signed-in citizen never sees "Đăng nhập".
import { Spinner } from '@govmini/ui';
import { type ReactNode, useEffect, useRef } from 'react';
import { useAuth } from '../AuthProvider/AuthProvider';
import { ConsentScreen } from '../ConsentScreen/ConsentScreen';
import { useAuthMessages } from '../messages';
import { SignInScreen } from '../SignInScreen/SignInScreen';
import { requireAuthMessages } from './messages';

export interface RequireAuthProps {
  children: ReactNode;
  /** Where the citizen is going (e.g. the router's current path): given back after sign-in. */
  location?: string;
  /**
   * Instead of signing in here: called once each time the guard stops the citizen, with
   * `location`, to store it and navigate to the app's sign-in route (which can itself be a
   * `<RequireAuth onReturn={…}>` around nothing).
   */
  redirectTo?: (location: string | undefined) => void;
  /** Called with `location` once the citizen signed in after being stopped here. */
  onReturn?: (location: string | undefined) => void;
  /** Shown while the stored session is checked; default a spinner. */
  checking?: ReactNode;
}

export function RequireAuth({
  children,
  location,
  redirectTo,
  onReturn,
  checking,
}: RequireAuthProps) {
  const t = useAuthMessages(requireAuthMessages);
  const { status, ready } = useAuth('RequireAuth');
  const signedIn = status === 'signed_in';
  // Set while the citizen is held here (or sent away), cleared when they come back signed in.
  const stopped = useRef<{ location: string | undefined } | undefined>(undefined);
  const latest = useRef({ redirectTo, onReturn, location });
  latest.current = { redirectTo, onReturn, location };

  useEffect(() => {
    if (!ready) return;
    if (!signedIn && !stopped.current) {
      stopped.current = { location: latest.current.location };
      latest.current.redirectTo?.(latest.current.location);
    } else if (signedIn && stopped.current) {
      const { location: intended } = stopped.current;
      stopped.current = undefined;
      latest.current.onReturn?.(intended);
    }
  }, [ready, signedIn]);

  if (!ready) return <>{checking ?? <Spinner label={t('checking')} showLabel />}</>;
  if (signedIn) return <>{children}</>;
  if (redirectTo) return null;
  return status === 'consenting' ? <ConsentScreen /> : <SignInScreen />;
}
