// The report being written, as it is kept on the phone: every answer exactly as typed (never
// normalised under the citizen's fingers), the photos by reference (their bytes are under their
// own keys, ../../core/photos/store), the step, and the idempotency key made once with it.
// Read back checked: a damaged draft is dropped field by field, never half-trusted.
import type { AddressValue } from '@govmini/ui';
import { isStoredPhotoRef, type StoredPhotoRef } from '../../core/photos/store';
import type { LocationValue } from '../LocationField/location-value';

export const DRAFT_KEY = 'feedback:draft';

export const STEPS = [
  'category',
  'description',
  'photos',
  'blur',
  'location',
  'choices',
  'check',
] as const;
export type FormStep = (typeof STEPS)[number];
/** After "Gửi phản ánh": similar reports found, then done (sent or waiting in the outbox). */
export type ReportStep = FormStep | 'duplicates';

export type YesNo = 'yes' | 'no';

export interface ReportDraft {
  readonly version: 1;
  readonly step: FormStep;
  /** Came from "Thay đổi" on the check page: "Tiếp tục" goes back there. */
  readonly returnToCheck: boolean;
  readonly categoryId?: string | undefined;
  readonly description: string;
  readonly photos: readonly StoredPhotoRef[];
  /** Ids of the photos that were blurred on the phone ("Đã che"). */
  readonly blurred: readonly string[];
  readonly location: LocationValue;
  readonly showName?: YesNo | undefined;
  readonly publish?: YesNo | undefined;
  /** "Báo cho tôi khi có trả lời", ticked and allowed by Zalo. */
  readonly notify: boolean;
  /** Made once, when the draft is made: the same report never becomes two. */
  readonly idempotencyKey: string;
  readonly createdAt: number;
}

export function newDraft(now: number): ReportDraft {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${now.toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
  return {
    version: 1,
    step: 'category',
    returnToCheck: false,
    description: '',
    photos: [],
    blurred: [],
    location: {},
    notify: false,
    idempotencyKey: `fb-${random}`,
    createdAt: now,
  };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const yesNo = (v: unknown) => (v === 'yes' || v === 'no' ? v : undefined);

function unit(v: unknown): AddressValue['province'] {
  return isObj(v) && typeof v.code === 'string' && typeof v.name === 'string'
    ? { code: v.code, name: v.name }
    : undefined;
}

function parseLocation(v: unknown): LocationValue {
  if (!isObj(v)) return {};
  const mode = v.mode === 'device' || v.mode === 'hand' ? v.mode : undefined;
  const d = isObj(v.device) ? v.device : undefined;
  const device =
    d && d.kind === 'device' && typeof d.latitude === 'number' && typeof d.longitude === 'number'
      ? {
          kind: 'device' as const,
          latitude: d.latitude,
          longitude: d.longitude,
          ...(str(d.provinceCode) && { provinceCode: str(d.provinceCode) as string }),
          ...(str(d.communeCode) && { communeCode: str(d.communeCode) as string }),
          ...(str(d.address) && { address: str(d.address) as string }),
        }
      : undefined;
  const a = isObj(v.address) ? v.address : undefined;
  const province = unit(a?.province);
  const commune = unit(a?.commune);
  const street = str(a?.street);
  const address: AddressValue | undefined = a
    ? {
        ...(province && { province }),
        ...(commune && { commune }),
        ...(street !== undefined && { street }),
      }
    : undefined;
  return {
    ...(mode && { mode }),
    ...(device && { device }),
    ...(str(v.devicePlace) !== undefined && { devicePlace: str(v.devicePlace) }),
    ...(address && { address }),
  };
}

/** The stored draft, or undefined when there is none worth keeping. */
export function parseDraft(value: unknown): ReportDraft | undefined {
  if (!isObj(value) || value.version !== 1 || typeof value.idempotencyKey !== 'string') {
    return undefined;
  }
  const step = (STEPS as readonly string[]).includes(value.step as string)
    ? (value.step as FormStep)
    : 'category';
  return {
    version: 1,
    step,
    returnToCheck: value.returnToCheck === true,
    categoryId: str(value.categoryId),
    description: str(value.description) ?? '',
    photos: Array.isArray(value.photos) ? value.photos.filter(isStoredPhotoRef) : [],
    blurred: Array.isArray(value.blurred)
      ? value.blurred.filter((id): id is string => typeof id === 'string')
      : [],
    location: parseLocation(value.location),
    showName: yesNo(value.showName),
    publish: yesNo(value.publish),
    notify: value.notify === true,
    idempotencyKey: value.idempotencyKey,
    createdAt: typeof value.createdAt === 'number' ? value.createdAt : Date.now(),
  };
}

/** Whether anything was entered (an empty draft is not offered back). */
export const hasContent = (d: ReportDraft) =>
  Boolean(d.categoryId || d.description.trim() || d.photos.length || d.location.mode);
