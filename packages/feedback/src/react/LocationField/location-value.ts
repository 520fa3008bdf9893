// What the location step keeps in the draft: both ways at once (the device's resolved location
// and the commune chosen by hand), so switching back and forth loses nothing typed, and which
// one is in use. `toReportLocation` turns it into the contract's ReportLocation.
import type { AddressValue } from '@govmini/ui';
import type { ReportLocation } from '../../core/types';

export type DeviceLocation = Extract<ReportLocation, { kind: 'device' }>;

export interface LocationValue {
  readonly mode?: 'device' | 'hand' | undefined;
  /** As resolved by the backend (without the citizen's place). */
  readonly device?: DeviceLocation | undefined;
  /** Free text added to a device location. */
  readonly devicePlace?: string | undefined;
  /** Province, commune and place ("Số nhà, tên đường") chosen by hand. */
  readonly address?: AddressValue | undefined;
}

/** The location to send, or undefined when none is complete enough to check. */
export function toReportLocation(value: LocationValue | undefined): ReportLocation | undefined {
  if (value?.mode === 'device' && value.device) {
    const { place: _resolved, ...device } = value.device;
    const place = value.devicePlace?.trim();
    return place ? { ...device, place } : device;
  }
  if (value?.mode === 'hand' && value.address?.province) {
    return {
      kind: 'commune',
      provinceCode: value.address.province.code,
      communeCode: value.address.commune?.code ?? '',
      place: value.address.street ?? '',
    };
  }
  return undefined;
}

/** One line for the check page and the confirmation. */
export function describeLocation(
  value: LocationValue | undefined,
  coordinates: (lat: string, lon: string) => string,
): string {
  if (value?.mode === 'device' && value.device) {
    const { address, latitude, longitude } = value.device;
    const base = address ?? coordinates(latitude.toFixed(5), longitude.toFixed(5));
    return value.devicePlace?.trim() ? `${value.devicePlace.trim()}, ${base}` : base;
  }
  if (value?.mode === 'hand' && value.address?.province) {
    const { street, commune, province } = value.address;
    return [street?.trim(), commune?.name, province.name].filter(Boolean).join(', ');
  }
  return '';
}
