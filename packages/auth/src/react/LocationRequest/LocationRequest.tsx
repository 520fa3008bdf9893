// The citizen's location at the point of need, in the same pattern as PhoneNumberRequest: why
// first, then Zalo's prompt, the token exchanged by the backend; on refusal or failure the
// address is chosen by hand with AddressPicker (province → commune → street).
import { AddressPicker, type AddressValue, useFieldIds } from '@govmini/ui';
import { type ReactNode, useState } from 'react';
import { useAuth } from '../AuthProvider/AuthProvider';
import { useAuthMessages } from '../messages';
import { PointOfNeed } from '../PhoneNumberRequest/PointOfNeed';
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
  const fieldId = `${useFieldIds().control}-address`;
  const [address, setAddress] = useState<AddressValue>({});
  const [error, setError] = useState<string>();

  return (
    <PointOfNeed<Location | AddressValue>
      t={t}
      request={requestLocation}
      enabled={status === 'signed_in'}
      onValue={onLocation as ((value: Location | AddressValue) => void) | undefined}
      autoStart={autoStart}
      headingLevel={headingLevel}
      reason={reason}
      fieldId={fieldId}
      error={error}
      typed={() => {
        if (!address.province) return void setError(t('missing'));
        setError(undefined);
        onAddress(address);
        return address;
      }}
      done={() => t('done')}
    >
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
    </PointOfNeed>
  );
}
