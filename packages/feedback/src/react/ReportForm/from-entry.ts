// A report taken back from the outbox into the form ("Sửa lại phản ánh" after the backend
// refused it): the same answers and photos, and a new idempotency key (the old one may be
// spent on the refused version).

import type { AdminIndex } from '@govmini/vn/admin';
import { getProvince } from '@govmini/vn/admin';
import type { FeedbackOutboxEntry } from '../../core/outbox';
import type { LocationValue } from '../LocationField/location-value';
import { newDraft, type ReportDraft } from './draft';

function locationValue(entry: FeedbackOutboxEntry, index: AdminIndex | undefined): LocationValue {
  const location = entry.request.report.location;
  if (location.kind === 'device') {
    const { place, ...device } = location;
    return { mode: 'device', device, ...(place && { devicePlace: place }) };
  }
  const province =
    index?.getProvince(location.provinceCode)?.name ?? getProvince(location.provinceCode)?.fullName;
  const commune = index?.getCommune(location.communeCode)?.name;
  return {
    mode: 'hand',
    address: {
      province: { code: location.provinceCode, name: province ?? location.provinceCode },
      commune: { code: location.communeCode, name: commune ?? location.communeCode },
      street: location.place,
    },
  };
}

export function draftFromEntry(
  entry: FeedbackOutboxEntry,
  index: AdminIndex | undefined,
  now: number,
): ReportDraft {
  const { report, photos } = entry.request;
  return {
    ...newDraft(now),
    step: 'check',
    categoryId: report.categoryId,
    description: report.description,
    photos,
    location: locationValue(entry, index),
    showName: report.showName ? 'yes' : 'no',
    publish: report.publish ? 'yes' : 'no',
    notify: report.notify,
  };
}
