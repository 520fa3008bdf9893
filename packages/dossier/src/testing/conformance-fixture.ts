// The procedure the conformance suite files against, its valid answers, and file bytes whose
// type only their first bytes tell. A backend under test publishes exactly these procedures.
import type { Answers, ProcedureDefinition } from '../core/definition/types';
import type { SubmitRequest } from '../core/service/types';

export const CONFORMANCE_PROCEDURE: ProcedureDefinition = {
  schemaVersion: 1,
  id: 'xac-nhan-tinh-trang-hon-nhan',
  version: 3,
  nationalCode: '1.004873',
  title: {
    vi: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    en: 'Certificate of marital status',
  },
  summary: {
    vi: 'Xác nhận một người đang độc thân hoặc đã kết hôn, để đăng ký kết hôn hoặc dùng vào việc khác.',
    en: 'Confirms whether a person is single or married, to register a marriage or for another use.',
  },
  sector: { vi: 'Hộ tịch', en: 'Civil status' },
  agency: {
    name: { vi: 'UBND xã Mẫu Sơn', en: 'Mau Son Commune People’s Committee' },
    unitCode: '000.00.06.H56',
  },
  fee: {
    kind: 'fixed',
    amount: 15_000,
    // Paid by transfer to the commune's account (Vietcombank), with a VietQR code.
    account: { bankBin: '970436', accountNumber: '0011001234567', accountName: 'UBND XA MAU SON' },
  },
  processingDays: 3,
  legalBasis: [{ vi: 'Luật Hộ tịch số 60/2014/QH13' }],
  eligibility: [{ vi: 'Công dân Việt Nam cư trú trong nước' }],
  documents: [
    {
      id: 'giay-to-tuy-than',
      title: { vi: 'Ảnh hai mặt thẻ Căn cước', en: 'Both sides of the ID card' },
      required: false,
    },
  ],
  onBehalf: {
    allowed: true,
    relationships: [
      { value: 'cha-me', label: { vi: 'Cha, mẹ', en: 'Parent' } },
      { value: 'uy-quyen', label: { vi: 'Người được ủy quyền', en: 'Authorised person' } },
    ],
  },
  declaration: {
    vi: 'Tôi cam đoan những thông tin trên là đúng sự thật và chịu trách nhiệm trước pháp luật.',
    en: 'I declare that the above is true and I am responsible before the law.',
  },
  resultDelivery: ['in_person', 'online'],
  nextSteps: {
    vi: 'Cơ quan sẽ kiểm tra hồ sơ trong 8 giờ làm việc và báo ngày hẹn trả kết quả.',
    en: 'The office checks the application within 8 working hours and sets the appointment date.',
  },
  pages: [
    {
      id: 'nguoi-yeu-cau',
      title: { vi: 'Người cần xác nhận', en: 'The person to certify' },
      fields: [
        {
          id: 'fullName',
          type: 'text',
          label: { vi: 'Họ và tên', en: 'Full name' },
          required: true,
          maxLength: 100,
          autocomplete: 'name',
        },
        {
          id: 'dateOfBirth',
          type: 'date',
          label: { vi: 'Ngày sinh', en: 'Date of birth' },
          required: true,
          max: 'today',
        },
        {
          id: 'cccd',
          type: 'cccd',
          label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
          required: true,
        },
      ],
    },
    {
      id: 'muc-dich',
      fields: [
        {
          id: 'purpose',
          type: 'radio',
          label: { vi: 'Mục đích sử dụng', en: 'Purpose' },
          required: true,
          options: [
            { value: 'ket-hon', label: { vi: 'Đăng ký kết hôn', en: 'To register a marriage' } },
            { value: 'khac', label: { vi: 'Việc khác', en: 'Something else' } },
          ],
        },
        {
          id: 'purposeOther',
          type: 'textarea',
          label: { vi: 'Dùng vào việc gì?', en: 'What is it for?' },
          required: true,
          maxLength: 500,
          visibleWhen: { eq: [{ var: 'purpose' }, 'khac'] },
        },
      ],
    },
    {
      id: 'giay-to',
      fields: [
        {
          id: 'idPhotos',
          type: 'file',
          label: { vi: 'Ảnh thẻ Căn cước', en: 'Photos of the ID card' },
          maxFiles: 2,
          maxBytes: 1_000_000,
          accept: ['image/jpeg', 'image/png', 'application/pdf'],
          documentId: 'giay-to-tuy-than',
        },
      ],
    },
    {
      id: 'lich-hen',
      fields: [
        {
          id: 'appointment',
          type: 'appointment',
          label: { vi: 'Lịch hẹn nộp bản chính', en: 'Appointment to show the originals' },
          horizonDays: 14,
        },
      ],
    },
  ],
};

/** Answers that pass: the person, and the marriage purpose (so `purposeOther` is hidden). */
export const VALID_ANSWERS: Answers = {
  fullName: 'Nguyễn Thị Hoa',
  dateOfBirth: '1985-04-12',
  cccd: '001185012345',
  purpose: 'ket-hon',
};

let keys = 0;
/** A request for the fixture with a fresh idempotency key. */
export function submission(overrides: Partial<SubmitRequest> = {}): SubmitRequest {
  keys++;
  return {
    procedureId: CONFORMANCE_PROCEDURE.id,
    procedureVersion: CONFORMANCE_PROCEDURE.version,
    answers: VALID_ANSWERS,
    resultDelivery: 'in_person',
    idempotencyKey: `conformance-${keys}-${globalThis.crypto.randomUUID()}`,
    declaredAt: '2026-12-01T08:05:00+07:00',
    ...overrides,
  };
}

/** A file's bytes: the signature of `kind`, then filler up to `size`. */
export function fileBytes(kind: 'png' | 'jpeg' | 'pdf' | 'webp' | 'text', size = 256): Uint8Array {
  const head: Record<typeof kind, number[]> = {
    png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    jpeg: [0xff, 0xd8, 0xff, 0xe0],
    pdf: [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)),
    webp: [...'RIFF\0\0\0\0WEBPVP8 '].map((c) => c.charCodeAt(0)),
    text: [...'#!/bin/sh\necho hi\n'].map((c) => c.charCodeAt(0)),
  };
  const bytes = new Uint8Array(Math.max(size, head[kind].length)).fill(0x20);
  bytes.set(head[kind]);
  return bytes;
}

export const blobOf = (bytes: Uint8Array, type: string) =>
  new Blob([bytes.slice().buffer as ArrayBuffer], { type });
