// The citizen's location at the point of need, in the same pattern as PhoneNumberRequest: why
// first, then Zalo's prompt, the token exchanged by the backend; on refusal or failure the
// address is chosen by hand with AddressPicker (province → commune → street).
import {
  AddressPicker,
  type AddressValue,
  Button,
  ErrorSummary,
  Heading,
  Notice,
  Spinner,
  Text,
} from '@govmini/ui';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useAuth } from '../AuthProvider/AuthProvider';
import { actions, stack } from '../layout';
import { useAuthMessages } from '../messages';
import { usePointOfNeed } from '../PhoneNumberRequest/use-point-of-need';
import { locationMessages } from './messages';

export interface LocationRequestProps {
  /** Why this service needs the location, in plain words (shown before Zalo's prompt). */
  reason: ReactNode;
  /** The location Zalo shared, as the backend's exchange returned it. */
  onLocation?: (location: { latitude: number; longitude: number }) => void;
  /** The address chosen by hand instead (at least the province). */
  onAddress: (address: AddressValue) => void;
  /** Passed to AddressPicker (`createAdminIndex(data)`), so communes can be searched. */
  addressIndex?: Parameters<typeof AddressPicker>[0]['index'];
  /** Ask Zalo as soon as the screen shows (default true); false waits for "Tiếp tục". */
  autoStart?: boolean;
  /** Level of the screen's heading (default 2). */
  headingLevel?: 1 | 2 | 3;
}

type Location = { latitude: number; longitude: number };

export function LocationRequest({
  reason,
  onLocation,
  onAddress,
  addressIndex,
  autoStart = true,
  headingLevel = 2,
}: LocationRequestProps) {
  const t = useAuthMessages(locationMessages);
  const { requestLocation, status } = useAuth('LocationRequest');
  const { stage, decide, start, finishTyped } = usePointOfNeed<Location | AddressValue>(
    (options) => requestLocation(options),
    onLocation as ((value: Location | AddressValue) => void) | undefined,
    autoStart,
    status === 'signed_in',
  );
  const fieldId = `gm${useId().replace(/:/g, '')}-address`;
  const [address, setAddress] = useState<AddressValue>({});
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!address.province) return setError(t('missing'));
    setError(undefined);
    finishTyped(address);
    onAddress(address);
  };

  if (stage.kind === 'working') return <Spinner label={t('working')} showLabel />;
  if (stage.kind === 'done') {
    return <Notice variant="success" headingLevel={false} title={t('done')} />;
  }
  if (stage.kind === 'explaining') {
    return (
      <section className="gm-auth-screen" style={stack} aria-labelledby={`${fieldId}-why`}>
        <Heading level={headingLevel} size="l" id={`${fieldId}-why`}>
          {t('explainTitle')}
        </Heading>
        <div className="gm-auth-reason">{reason}</div>
        <Text>{t('explainNext')}</Text>
        <div className="gm-auth-actions" style={actions}>
          <Button fullWidth onClick={() => decide(true)}>
            {t('continue')}
          </Button>
          <Button variant="secondary" fullWidth onClick={() => decide(false)}>
            {t('typeInstead')}
          </Button>
        </div>
      </section>
    );
  }
  return (
    <form className="gm-auth-screen" style={stack} noValidate onSubmit={submit}>
      <ErrorSummary errors={error ? [{ fieldId, message: error }] : []} />
      <Heading level={headingLevel} size="l">
        {t('fallbackTitle')}
      </Heading>
      <Notice variant="info" headingLevel={false}>
        <p>{t(stage.why === 'refused' ? 'refused' : 'failed')}</p>
      </Notice>
      <div className="gm-auth-reason">{reason}</div>
      <AddressPicker
        id={fieldId}
        label={t('label')}
        index={addressIndex}
        value={address}
        onChange={(value) => {
          setAddress(value);
          if (error && value.province) setError(undefined);
        }}
        error={error}
      />
      <div className="gm-auth-actions" style={actions}>
        <Button type="submit" fullWidth>
          {t('submit')}
        </Button>
        {stage.why === 'failed' ? (
          <Button variant="secondary" fullWidth onClick={() => start()}>
            {t('retry')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
