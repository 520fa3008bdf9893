// The categories the conformance suite reports in, places in Hà Nội, new reports with fresh
// idempotency keys, and photo bytes whose type only their first bytes tell. A backend under
// test publishes exactly these categories.
import type { FeedbackCategory, NewReport, ReportLocation } from '../core/types';
import type { ConformanceCitizen, FeedbackConformanceSubject } from './conformance';

export const CONFORMANCE_CATEGORIES: readonly FeedbackCategory[] = [
  {
    id: 'ha-tang-giao-thong',
    title: { vi: 'Hạ tầng giao thông', en: 'Roads and pavements' },
    description: { vi: 'Ổ gà, sụt lún, hư hỏng mặt đường, vỉa hè', en: 'Potholes, subsidence' },
    icon: 'road',
    agency: {
      id: 'ubnd-phuong-hoan-kiem',
      name: { vi: 'UBND phường Hoàn Kiếm', en: 'Hoan Kiem Ward People’s Committee' },
    },
    answerDays: 5,
  },
  {
    id: 'moi-truong',
    title: { vi: 'Vệ sinh môi trường', en: 'Rubbish and cleanliness' },
    description: { vi: 'Rác thải, đổ trộm phế thải, mùi hôi', en: 'Rubbish, dumping, smells' },
    icon: 'rubbish',
    agency: {
      id: 'ubnd-phuong-hoan-kiem',
      name: { vi: 'UBND phường Hoàn Kiếm', en: 'Hoan Kiem Ward People’s Committee' },
    },
    answerDays: 3,
    notice: { vi: 'Trường hợp cháy nổ, vui lòng gọi 114.', en: 'For fire, please call 114.' },
  },
  {
    id: 'chieu-sang',
    title: { vi: 'Chiếu sáng công cộng', en: 'Street lighting' },
    description: { vi: 'Đèn đường hỏng, tắt, sáng ban ngày', en: 'Broken or unlit street lights' },
    icon: 'light',
    agency: { id: 'cong-ty-chieu-sang', name: { vi: 'Công ty Chiếu sáng Hà Nội' } },
    answerDays: 2,
  },
];

export const [ROADS, RUBBISH, LIGHTS] = CONFORMANCE_CATEGORIES.map((c) => c.id) as [
  string,
  string,
  string,
];

/** Hồ Gươm, and points about 100 m and 3 km from it. */
export const HO_GUOM = { latitude: 21.0287, longitude: 105.8524 } as const;
export const NEAR_HO_GUOM = { latitude: 21.0296, longitude: 105.8524 } as const;
export const FAR_AWAY = { latitude: 21.0557, longitude: 105.8524 } as const;

export const device = (
  point: { latitude: number; longitude: number } = HO_GUOM,
  place?: string,
): ReportLocation => ({ kind: 'device', ...point, ...(place ? { place } : {}) });

/** Phường Hoàn Kiếm (01, 00070) and Phường Ba Đình (01, 00004), 2025 codes. */
export const HOAN_KIEM = '00070';
export const BA_DINH = '00004';
export const commune = (communeCode = HOAN_KIEM, place = 'Trước số 12 phố Hàng Bài') =>
  ({ kind: 'commune', provinceCode: '01', communeCode, place }) as const;

let keys = 0;
/** A valid new report (given its photo ids) with a fresh idempotency key. */
export function newReport(photoIds: readonly string[], overrides: Partial<NewReport> = {}) {
  keys++;
  return {
    categoryId: ROADS,
    description: 'Ổ gà lớn giữa đường Đinh Tiên Hoàng, xe máy đi qua dễ ngã.',
    photoIds,
    location: commune(),
    showName: false,
    publish: true,
    notify: true,
    idempotencyKey: `conformance-${keys}-${globalThis.crypto.randomUUID()}`,
    ...overrides,
  } satisfies NewReport;
}

/** A photo's bytes: the signature of `kind` (PNG with a 640×480 header), then filler. */
export function photoBytes(kind: 'png' | 'jpeg' | 'webp' | 'pdf' | 'text', size = 256): Uint8Array {
  const head: Record<typeof kind, number[]> = {
    png: [
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0,
      0x02, 0x80, 0, 0, 0x01, 0xe0,
    ],
    jpeg: [0xff, 0xd8, 0xff, 0xe0],
    webp: [...'RIFF\0\0\0\0WEBPVP8 '].map((c) => c.charCodeAt(0)),
    pdf: [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)),
    text: [...'<script>alert(1)</script>'].map((c) => c.charCodeAt(0)),
  };
  const bytes = new Uint8Array(Math.max(size, head[kind].length)).fill(0x20);
  bytes.set(head[kind]);
  return bytes;
}

export const blobOf = (bytes: Uint8Array, type: string) =>
  new Blob([bytes.slice().buffer as ArrayBuffer], { type });

/** Uploads `count` small PNGs as `citizen`; their ids. */
export async function uploadPhotos(
  subject: FeedbackConformanceSubject,
  citizen: ConformanceCitizen,
  count = 1,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const photo = await subject.service.uploadPhoto(
      citizen.session,
      blobOf(photoBytes('png', 300 + i), 'image/png'),
      { name: `anh-${i + 1}.png`, type: 'image/png' },
    );
    ids.push(photo.id);
  }
  return ids;
}

/** Files a report as `citizen` (one fresh photo) and returns it. */
export async function fileReport(
  subject: FeedbackConformanceSubject,
  citizen: ConformanceCitizen,
  overrides: Partial<NewReport> = {},
) {
  const photoIds = overrides.photoIds ?? (await uploadPhotos(subject, citizen));
  return subject.service.submit(citizen.session, newReport(photoIds, overrides));
}

/** Files a report and has the agency answer it. */
export async function answeredReport(
  subject: FeedbackConformanceSubject,
  citizen: ConformanceCitizen,
  overrides: Partial<NewReport> = {},
  text = 'Đã vá ổ gà và cắm biển cảnh báo.',
) {
  const report = await fileReport(subject, citizen, overrides);
  await agencyOf(subject).answer(report.id, { text });
  return report;
}

export function agencyOf(subject: FeedbackConformanceSubject) {
  if (!subject.agency) throw new Error('conformance: this case needs the subject’s agency hooks');
  return subject.agency;
}
