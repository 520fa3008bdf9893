// GeoReport v2 records ↔ our contract. Open311 is thin (two statuses, one media URL, no
// answer distinct from `status_notes`, no supporters), so the mapping is lossy in known ways,
// each written down in README.md next to this file.

import { searchKey } from '@govmini/vn';
import { findProvince, getProvince } from '@govmini/vn/admin';
import type {
  LocalizedText,
  PublicReport,
  ReportEvent,
  ReportLocation,
  ReportPhoto,
  ReportStatus,
} from '../core/types';
import { toVietnamIso, vietnamDay } from './time';
import type { Open311Request } from './wire';

/** Commune names by code and back; `createAdminIndex(data)` from @govmini/vn/admin fits. */
export interface CommuneDirectory {
  getCommune(code: string): { readonly name: string } | undefined;
  communesOf(provinceCode: string): readonly { readonly code: string; readonly name: string }[];
}

export const localized = (text: string, locale: string): LocalizedText =>
  locale.startsWith('en') ? { vi: text, en: text } : { vi: text };

/** Open311 caps descriptions at 4,000 characters (POST /requests, `description`). */
export const OPEN311_DESCRIPTION_MAX = 4000;

const coordinate = (n: number) => n.toFixed(7).replace(/\.?0+$/, '');

/** `lat`/`long` (plus the citizen's place as `address_string`) or `address_string` alone. */
export function locationFields(
  location: ReportLocation,
  communes: CommuneDirectory | undefined,
): Record<string, string | undefined> {
  if (location.kind === 'device') {
    const words = [location.place, location.address].map((s) => s?.trim()).filter(Boolean);
    return {
      lat: coordinate(location.latitude),
      long: coordinate(location.longitude),
      address_string: words.length > 0 ? words.join(', ') : undefined,
    };
  }
  // Most specific to most general, as the spec asks: place, commune, province.
  const commune =
    communes?.getCommune(location.communeCode)?.name ?? `Xã/phường mã ${location.communeCode}`;
  const province =
    getProvince(location.provinceCode)?.fullName ?? `Tỉnh/thành phố mã ${location.provinceCode}`;
  const place = location.place.trim();
  return { address_string: [place, commune, province].filter(Boolean).join(', ') };
}

/** Where an Open311 request is, as one of our locations (see README: what cannot come back). */
export function locationOf(
  request: Open311Request,
  communes: CommuneDirectory | undefined,
  fallbackProvince: string | undefined,
): ReportLocation {
  const parsed = parseAddress(request.address, communes);
  if (request.lat !== undefined && request.long !== undefined) {
    return {
      kind: 'device',
      latitude: request.lat,
      longitude: request.long,
      ...(parsed?.provinceCode ? { provinceCode: parsed.provinceCode } : {}),
      ...(parsed?.communeCode ? { communeCode: parsed.communeCode } : {}),
      ...(request.address ? { address: request.address } : {}),
    };
  }
  return {
    kind: 'commune',
    provinceCode: parsed?.provinceCode ?? fallbackProvince ?? '',
    communeCode: parsed?.communeCode ?? '',
    place: parsed?.communeCode ? parsed.place : (request.address ?? ''),
  };
}

/** "place, commune, province" back to codes, when the last two parts name real units. */
function parseAddress(address: string | undefined, communes: CommuneDirectory | undefined) {
  if (!address) return undefined;
  const parts = address
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const province = findProvince(parts.at(-1) ?? '');
  if (!province) return undefined;
  const communeText = parts.at(-2) ?? '';
  const byCode = /mã (\d{5})$/.exec(communeText)?.[1];
  const key = searchKey(communeText);
  const communeCode =
    byCode ?? communes?.communesOf(province.code).find((c) => searchKey(c.name) === key)?.code;
  return {
    provinceCode: province.code,
    communeCode,
    place: parts.slice(0, communeCode ? -2 : -1).join(', '),
  };
}

const EXTRA_PHOTOS = '\n\nẢnh khác:\n';

/**
 * The description as sent: the citizen's text, then (when several photos) the URLs after the
 * first, one per line under "Ảnh khác:", as many as fit in 4,000 characters. Open311 takes
 * one `media_url`; this keeps the others reachable by the agency and readable back.
 */
export function composeDescription(description: string, extraPhotoUrls: readonly string[]) {
  let out = description;
  const fitting: string[] = [];
  for (const url of extraPhotoUrls) {
    const next = `${description}${EXTRA_PHOTOS}${[...fitting, url].join('\n')}`;
    if (next.length > OPEN311_DESCRIPTION_MAX) break;
    fitting.push(url);
    out = next;
  }
  return out;
}

/** The inverse of composeDescription. */
export function splitDescription(sent: string | undefined) {
  const text = (sent ?? '').replace(/\r\n?/g, '\n');
  const at = text.lastIndexOf(EXTRA_PHOTOS);
  if (at < 0) return { description: text, extraPhotoUrls: [] as string[] };
  const urls = text
    .slice(at + EXTRA_PHOTOS.length)
    .split('\n')
    .map((u) => u.trim());
  if (urls.length === 0 || !urls.every((u) => /^https?:\/\/\S+$/.test(u))) {
    return { description: text, extraPhotoUrls: [] as string[] };
  }
  return { description: text.slice(0, at), extraPhotoUrls: urls };
}

const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  heic: 'image/heic',
};

export function photoFromUrl(url: string): ReportPhoto {
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  return { id: url, url, type: EXTENSION_TYPES[extension] ?? 'image/jpeg' };
}

/**
 * Open311 has two statuses and keeps no history. Ours, from what a request shows:
 * open → sent ("Đã gửi": filed, nobody has committed to anything yet); open with
 * `expected_datetime` → received (the agency has a date to answer by); open with
 * `status_notes` → in_progress; closed with notes → answered (the notes are the answer), or
 * rejected when the province's `rejection` convention recognises them; closed without notes
 * → closed.
 */
export function statusOf(
  request: Pick<Open311Request, 'status' | 'statusNotes' | 'expectedAt'>,
  rejection?: RejectionRule,
): ReportStatus {
  if (request.status === 'closed') {
    if (!request.statusNotes) return 'closed';
    return rejection?.(request.statusNotes) !== undefined ? 'rejected' : 'answered';
  }
  if (request.statusNotes) return 'in_progress';
  return request.expectedAt === undefined ? 'sent' : 'received';
}

/** The reason, when a closed request's status_notes mean "Không tiếp nhận" (a refusal). */
export type RejectionRule = (statusNotes: string) => string | undefined;

export interface RequestContext {
  /** The agency of a category, for answers without `agency_responsible`. */
  agencyFor(serviceCode: string | undefined): LocalizedText;
  readonly communes?: CommuneDirectory;
  readonly provinceCode?: string;
  readonly rejection?: RejectionRule;
  readonly locale: string;
  now(): number;
}

/** The timeline rebuilt from status, notes and the request's times (Open311 keeps none). */
function historyOf(
  request: Open311Request,
  status: ReportStatus,
  requestedAt: number,
  changedAt: number,
  rejection: RejectionRule | undefined,
): ReportEvent[] {
  const history: ReportEvent[] = [{ status: 'sent', at: toVietnamIso(requestedAt) }];
  if (request.expectedAt !== undefined && status !== 'sent') {
    history.push({ status: 'received', at: toVietnamIso(requestedAt) });
  }
  const notes = request.statusNotes;
  if (status === 'in_progress' || status === 'rejected' || status === 'closed') {
    const note = status === 'rejected' && notes ? rejection?.(notes) : notes;
    history.push({ status, at: toVietnamIso(changedAt), ...(note ? { note } : {}) });
  } else if (status === 'answered') {
    history.push({ status, at: toVietnamIso(changedAt) });
  }
  return history;
}

export function toPublicReport(request: Open311Request, context: RequestContext): PublicReport {
  const status = statusOf(request, context.rejection);
  const requestedAt = request.requestedAt ?? request.updatedAt ?? context.now();
  const changedAt = request.updatedAt ?? requestedAt;
  const { description, extraPhotoUrls } = splitDescription(request.description);
  const photos = [request.mediaUrl, ...extraPhotoUrls]
    .filter((url): url is string => url !== undefined)
    .map(photoFromUrl);
  return {
    id: request.id,
    code: request.id,
    categoryId: request.serviceCode ?? '',
    description,
    photos,
    location: locationOf(request, context.communes, context.provinceCode),
    status,
    history: historyOf(request, status, requestedAt, changedAt, context.rejection),
    ...(status === 'answered'
      ? {
          answer: {
            agency: request.agencyResponsible
              ? localized(request.agencyResponsible, context.locale)
              : context.agencyFor(request.serviceCode),
            answeredAt: toVietnamIso(changedAt),
            text: request.statusNotes ?? '',
            attachments: [],
          },
        }
      : {}),
    supporters: 0,
    createdAt: toVietnamIso(requestedAt),
    ...(request.expectedAt === undefined ? {} : { dueDate: vietnamDay(request.expectedAt) }),
  };
}
