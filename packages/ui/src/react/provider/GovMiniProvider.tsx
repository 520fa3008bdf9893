// GovMiniProvider: the platform, the province's theme, the citizen's text size and contrast
// choice, the locale and message overrides, for every GovMini component below it.
import type { Platform } from '@govmini/platform';
import { PlatformProvider } from '@govmini/platform/react';
import {
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { type Locale, loadLocale } from '../../core/locale';
import { applyThemeMode, defaultTheme, type Theme } from '../../core/theme';
import { GovMiniContext, type GovMiniContextValue, type TextSize, textSizes } from './context';

/** Storage key of the citizen's display preferences (app-wide, not per user). */
export const PREFERENCES_KEY = 'govmini.ui.preferences';

interface Preferences {
  textSize: TextSize;
  highContrast: boolean;
}

function readPreferences(value: unknown): Preferences {
  const v = (value ?? {}) as Partial<Preferences>;
  return {
    textSize: textSizes.includes(v.textSize as TextSize) ? (v.textSize as TextSize) : 1,
    highContrast: v.highContrast === true,
  };
}

export interface GovMiniProviderProps {
  platform: Platform;
  /** The province's theme from `createTheme()`; default: Tỉnh Mẫu. */
  theme?: Theme;
  /** Default `vi`. */
  locale?: Locale;
  /** Replace any component message, by key (e.g. `'errorSummary.title'`). */
  messages?: Record<string, string>;
  /** Force dark or light; by default the platform's setting (Zalo's theme) decides. */
  darkMode?: boolean;
  /**
   * Where theme attributes and the root font size go. `document` (default) styles the whole
   * page, as an app wants; `none` leaves the document alone (a test or a docs page can scope
   * the theme itself).
   */
  applyTo?: 'document' | 'none';
  children: ReactNode;
}

export function GovMiniProvider({
  platform,
  theme = defaultTheme,
  locale = 'vi',
  messages,
  darkMode: forcedDark,
  applyTo = 'document',
  children,
}: GovMiniProviderProps) {
  const [prefs, setPrefs] = useState<Preferences>({ textSize: 1, highContrast: false });

  // The citizen's choices live in platform storage, so they survive the app being killed.
  useEffect(() => {
    let live = true;
    platform.storage.get(PREFERENCES_KEY, readPreferences).then(
      (stored) => {
        if (live && stored) setPrefs(stored);
      },
      () => undefined, // evicted or unreadable: the defaults are a safe start
    );
    return () => {
      live = false;
    };
  }, [platform]);

  // Only the citizen's own changes are saved (not the defaults or what was just loaded).
  const changedByCitizen = useRef(false);
  const update = useCallback((patch: Partial<Preferences>) => {
    setPrefs((prev) => {
      const next = { ...prev, ...patch };
      if (next.textSize === prev.textSize && next.highContrast === prev.highContrast) return prev;
      changedByCitizen.current = true;
      return next;
    });
  }, []);
  useEffect(() => {
    if (!changedByCitizen.current) return;
    // A failed save keeps the choice for this session; nothing else depends on it.
    platform.storage.set(PREFERENCES_KEY, prefs).catch(() => undefined);
  }, [platform, prefs]);

  const systemDark = useSyncExternalStore(
    (notify) => platform.system.onDarkModeChange(notify),
    () => platform.system.getInfo().darkMode,
    () => false,
  );
  const darkMode = forcedDark ?? systemDark;

  useEffect(() => {
    if (applyTo !== 'document' || typeof document === 'undefined') return;
    const style = document.createElement('style');
    style.dataset.gmTheme = theme.name;
    style.textContent = theme.css();
    document.head.appendChild(style);
    return () => style.remove();
  }, [theme, applyTo]);

  useEffect(() => {
    if (applyTo !== 'document' || typeof document === 'undefined') return;
    applyThemeMode({ dark: darkMode, highContrast: prefs.highContrast });
    document.documentElement.lang = locale;
    document.documentElement.style.fontSize = `calc(112.5% * ${prefs.textSize})`;
  }, [applyTo, darkMode, prefs, locale]);

  useEffect(() => {
    // Every pack at once (one burst, not one request per screen); a failure leaves Vietnamese.
    if (locale !== 'vi') loadLocale(locale).catch(() => undefined);
  }, [locale]);

  const value = useMemo<GovMiniContextValue>(
    () => ({
      platform,
      theme,
      locale,
      messages,
      textSize: prefs.textSize,
      setTextSize: (textSize) => update({ textSize }),
      highContrast: prefs.highContrast,
      setHighContrast: (highContrast) => update({ highContrast }),
      darkMode,
    }),
    [platform, theme, locale, messages, prefs, darkMode, update],
  );

  return (
    <PlatformProvider platform={platform}>
      <GovMiniContext.Provider value={value}>{children}</GovMiniContext.Provider>
    </PlatformProvider>
  );
}
