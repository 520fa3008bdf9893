// Where the problem is, without a map that needs a tile server: "Dùng vị trí hiện tại" asks Zalo
// for a one-time location token, the backend turns it into coordinates and an address, and the
// address is shown for the citizen to check (with a free-text place). Or the commune is chosen by
// hand with @govmini/ui's AddressPicker (2025 units) and the place typed. A refusal, no network
// or a failure says so in plain words and opens the hand-picked way; nothing typed is lost.
import { isPlatformError } from '@govmini/platform';
import {
  AddressPicker,
  Button,
  ErrorMessage,
  Fieldset,
  FormGroup,
  Hint,
  Notice,
  TextInput,
  useFieldIds,
} from '@govmini/ui';
import { type ReactNode, useRef, useState } from 'react';
import { feedbackError, isFeedbackError } from '../../core/errors';
import type { FeedbackErrorCode } from '../../core/types';
import { useFeedbackErrorText } from '../error-text';
import { useFeedback } from '../FeedbackProvider/context';
import { useFeedbackMessages } from '../messages';
import type { LocationValue } from './location-value';
import { locationFieldMessages } from './messages';

export interface LocationFieldProps {
  value: LocationValue;
  onChange: (value: LocationValue) => void;
  /** Default "Vấn đề ở đâu?". */
  label?: ReactNode;
  /** The page's only question: the legend is its <h1>. */
  legendAsHeading?: boolean | undefined;
  error?: ReactNode;
  /** Given to the first control, so an error summary link lands on it. */
  id?: string | undefined;
}

type Problem = 'denied' | 'offline' | 'failed' | 'cancelled' | { code: FeedbackErrorCode };

function problemOf(error: unknown): Problem {
  if (isPlatformError(error, 'permission_denied')) return 'denied';
  if (isPlatformError(error, 'user_cancelled')) return 'cancelled';
  if (isPlatformError(error, 'offline') || isFeedbackError(error, 'offline')) return 'offline';
  if (isFeedbackError(error) && error.code !== 'unknown') return { code: error.code };
  return 'failed';
}

export function LocationField({
  value,
  onChange,
  label,
  legendAsHeading,
  error,
  id,
}: LocationFieldProps) {
  const t = useFeedbackMessages(locationFieldMessages);
  const errorText = useFeedbackErrorText();
  const { service, platform, getSessionToken, adminIndex } = useFeedback('LocationField');
  const ids = useFieldIds(id);
  // The AddressPicker inside takes `ids.control` (for error summary links) and with it
  // `<id>-hint`: this fieldset's own hint needs another id.
  const hintId = `${ids.control}-where`;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const found = useRef<HTMLHeadingElement>(null);
  const latest = useRef(value);
  latest.current = value;

  const locate = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const token = await platform.location.getToken();
      const session = await getSessionToken();
      if (!session) throw feedbackError('unauthenticated');
      const device = await service.resolveLocation(session, token.token);
      onChange({ ...latest.current, mode: 'device', device });
      // The address appears above the button: take the citizen to it.
      requestAnimationFrame(() => found.current?.focus());
    } catch (failure) {
      const why = problemOf(failure);
      setProblem(why);
      // Denied or offline: the hand-picked way is the way forward, open it.
      if (why === 'denied' || why === 'offline') onChange({ ...latest.current, mode: 'hand' });
    } finally {
      setBusy(false);
    }
  };

  const problemText =
    problem === undefined
      ? undefined
      : typeof problem === 'string'
        ? t(problem)
        : errorText(problem.code);
  const device = value.mode === 'device' ? value.device : undefined;

  return (
    <FormGroup error={error}>
      <Fieldset
        legend={label ?? t('label')}
        legendAsHeading={legendAsHeading}
        className="gm-location"
        aria-describedby={`${hintId}${error ? ` ${ids.error}` : ''}`}
      >
        <Hint id={hintId}>{t('hint')}</Hint>
        {error && <ErrorMessage id={ids.error}>{error}</ErrorMessage>}
        {problemText && (
          <Notice variant="warning" headingLevel={false} announce>
            <p>{problemText}</p>
            {problem === 'denied' && (
              <Button
                variant="secondary"
                onClick={() => void platform.permissions.openSettings().catch(() => undefined)}
              >
                {t('openSettings')}
              </Button>
            )}
          </Notice>
        )}
        {device && (
          <div className="gm-location__found">
            <h2 ref={found} tabIndex={-1} className="gm-location__found-title">
              {t('found')}
            </h2>
            <p className="gm-location__address">
              {device.address ??
                t('coordinates', {
                  latitude: device.latitude.toFixed(5),
                  longitude: device.longitude.toFixed(5),
                })}
            </p>
            {!device.address && <p className="gm-location__note">{t('noAddress')}</p>}
            <p className="gm-location__note">{t('check')}</p>
            <TextInput
              label={t('place')}
              hint={t('placeHint')}
              optional
              value={value.devicePlace ?? ''}
              onChange={(event) =>
                onChange({ ...latest.current, devicePlace: event.currentTarget.value })
              }
            />
          </div>
        )}
        {value.mode !== 'hand' && (
          <div className="gm-location__actions">
            <Button id={ids.control} variant="secondary" loading={busy} onClick={locate}>
              {busy ? t('locating') : t('useDevice')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => onChange({ ...latest.current, mode: 'hand' })}
            >
              {t('byHand')}
            </Button>
          </div>
        )}
        {value.mode === 'hand' && (
          <>
            <AddressPicker
              id={ids.control}
              label={t('byHandTitle')}
              hint={t('byHandHint')}
              index={adminIndex}
              value={value.address ?? {}}
              onChange={(address) => onChange({ ...latest.current, mode: 'hand', address })}
            />
            <div className="gm-location__actions">
              <Button variant="secondary" loading={busy} onClick={locate}>
                {busy ? t('locating') : t('useDeviceInstead')}
              </Button>
            </div>
          </>
        )}
      </Fieldset>
    </FormGroup>
  );
}
