// "Gửi phản ánh", the parts without React: the report as it goes into the outbox (texts in NFC,
// the contract's shapes, the draft's idempotency key), and the similar open reports nearby.
import type { QueuedReport } from '../../core/outbox';
import { isOpenStatus } from '../../core/status';
import type { FeedbackService, PublicReport } from '../../core/types';
import { normalizeDescription, normalizeLocation } from '../../core/validate';
import { toReportLocation } from '../LocationField/location-value';
import type { ReportDraft } from './draft';

/** The outbox request for a complete draft (undefined while a part is missing). */
export function queuedReportOf(draft: ReportDraft): QueuedReport | undefined {
  const location = toReportLocation(draft.location);
  if (!draft.categoryId || !location) return undefined;
  return {
    idempotencyKey: draft.idempotencyKey,
    report: {
      categoryId: draft.categoryId,
      description: normalizeDescription(draft.description),
      location: normalizeLocation(location),
      showName: draft.showName === 'yes',
      publish: draft.publish === 'yes',
      notify: draft.notify,
    },
    photos: draft.photos,
  };
}

/**
 * Open reports like this one nearby, or none when they cannot be had in `timeoutMs` (offline,
 * slow, failing): a slow search must never keep a report from being sent.
 */
export async function openDuplicates(
  service: FeedbackService,
  request: QueuedReport,
  timeoutMs: number,
): Promise<readonly PublicReport[]> {
  const { categoryId, location, description } = request.report;
  const found = await within(
    service.findDuplicates({ categoryId, location, description }),
    timeoutMs,
  );
  return (found ?? []).filter((r) => isOpenStatus(r.status));
}

/** What the promise gives, or undefined when it fails or takes longer than `ms`. */
export const within = <T>(promise: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([
    promise.catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, ms)),
  ]);
