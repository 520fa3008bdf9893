// "Nền tảng mô phỏng": shows the simulated platform's state and lets a newcomer flip it
// (offline, refused permissions, lifecycle events) and watch the app react.
import type { PermissionScope, SimulatedPermission } from '@govmini/platform';
import { isPlatformError } from '@govmini/platform';
import { useAppLifecycle, useOnline, usePlatform } from '@govmini/platform/react';
import { useEffect, useId, useReducer, useRef, useState } from 'react';
import { Page } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { useI18n } from '../messages';
import { simulator } from '../platform';

const scopes: readonly PermissionScope[] = ['userInfo', 'phoneNumber', 'location', 'camera'];
const states: readonly SimulatedPermission[] = [
  'granted',
  'denied',
  'prompt-grant',
  'prompt-deny',
  'prompt-cancel',
];

/** Re-renders whenever the simulator's options or call history change. */
function useSimulator() {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => simulator.controls.subscribe(rerender), []);
}

export function PlatformPage() {
  const { t, locale } = useI18n();
  const platform = usePlatform();
  const online = useOnline();
  useSimulator();
  const { options, history } = simulator.controls;
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [explaining, setExplaining] = useState<((go: boolean) => void) | null>(null);
  const [lastLifecycle, setLastLifecycle] = useState<string>('—');
  const resultRef = useRef<HTMLDivElement>(null);
  const ids = { explain: useId() };

  useAppLifecycle({
    onHidden: () => setLastLifecycle('hidden'),
    onShown: () => setLastLifecycle('shown'),
  });

  const explain = () =>
    new Promise<boolean>((resolve) => setExplaining(() => (go: boolean) => resolve(go)));

  async function attempt(call: () => Promise<{ expiresAt: number }>) {
    setResult(null);
    try {
      const token = await call();
      const time = new Date(token.expiresAt).toLocaleTimeString(
        locale === 'vi' ? 'vi-VN' : 'en-GB',
      );
      setResult({ ok: true, text: t('platform.result.token', { time }) });
    } catch (error) {
      setResult({
        ok: false,
        text: isPlatformError(error) ? error.messageIn(locale) : String(error),
      });
    } finally {
      setExplaining(null);
      // Move focus to the outcome so a screen-reader user hears it.
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  }

  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <h1 className="gm-heading-xl">{t('platform.title')}</h1>
        <p className="gm-body">{t('platform.intro')}</p>
        <p className="gm-body">{t('platform.kind', { kind: platform.kind })}</p>

        <h2 className="gm-heading-l">{t('platform.network')}</h2>
        <p className="gm-body" data-testid="network-state">
          {online ? t('platform.online') : t('platform.offline')}
        </p>
        <button
          type="button"
          className="gm-button gm-button--secondary"
          onClick={() => simulator.controls.update({ online: !online })}
        >
          {online ? t('platform.goOffline') : t('platform.goOnline')}
        </button>

        <h2 className="gm-heading-l">{t('platform.permissions')}</h2>
        {scopes.map((scope) => (
          <PermissionSelect
            key={scope}
            scope={scope}
            value={options.permissions?.[scope] ?? 'prompt-grant'}
          />
        ))}

        <h2 className="gm-heading-l">{t('platform.try')}</h2>
        <div className="gm-button-row">
          <button
            type="button"
            className="gm-button gm-button--primary"
            onClick={() => attempt(() => platform.identity.getPhoneNumberToken({ explain }))}
          >
            {t('platform.tryPhone')}
          </button>
          <button
            type="button"
            className="gm-button gm-button--secondary"
            onClick={() => attempt(() => platform.location.getToken())}
          >
            {t('platform.tryLocation')}
          </button>
        </div>
        {explaining && (
          <section className="gm-notice" aria-labelledby={ids.explain}>
            <p id={ids.explain}>{t('platform.explain.phone')}</p>
            <div className="gm-button-row">
              <button
                type="button"
                className="gm-button gm-button--primary"
                onClick={() => explaining(true)}
              >
                {t('platform.explain.continue')}
              </button>
              <button
                type="button"
                className="gm-button gm-button--secondary"
                onClick={() => explaining(false)}
              >
                {t('platform.explain.decline')}
              </button>
            </div>
          </section>
        )}
        <div
          ref={resultRef}
          tabIndex={-1}
          className={
            result
              ? `gm-notice ${result.ok ? 'gm-notice--success' : 'gm-notice--warning'}`
              : undefined
          }
          role="status"
          data-testid="call-result"
        >
          {result?.text}
        </div>

        <h2 className="gm-heading-l">{t('platform.lifecycle')}</h2>
        <p className="gm-body">{t('platform.lastLifecycle', { event: lastLifecycle })}</p>
        <div className="gm-button-row">
          <button
            type="button"
            className="gm-button gm-button--secondary"
            onClick={() => simulator.controls.fire('hidden')}
          >
            {t('platform.fireHidden')}
          </button>
          <button
            type="button"
            className="gm-button gm-button--secondary"
            onClick={() => simulator.controls.fire('shown')}
          >
            {t('platform.fireShown')}
          </button>
        </div>

        <h2 className="gm-heading-l">{t('platform.history')}</h2>
        {history.length === 0 ? (
          <p className="gm-body">{t('platform.history.empty')}</p>
        ) : (
          <ol className="gm-history" data-testid="call-history">
            {history
              .slice(-8)
              .reverse()
              .map((entry) => (
                <li key={`${entry.api}-${entry.at}-${entry.outcome}`}>
                  <code>{entry.api}</code> → {entry.outcome}
                </li>
              ))}
          </ol>
        )}
      </main>
    </Page>
  );
}

function PermissionSelect({
  scope,
  value,
}: {
  scope: PermissionScope;
  value: SimulatedPermission;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="gm-field">
      <label className="gm-label" htmlFor={id}>
        {t(`platform.permission.${scope}`)}
      </label>
      <select
        id={id}
        className="gm-input"
        value={value}
        onChange={(event) =>
          simulator.controls.setPermission(scope, event.target.value as SimulatedPermission)
        }
      >
        {states.map((state) => (
          <option key={state} value={state}>
            {t(`platform.state.${state}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
