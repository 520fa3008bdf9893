// Realistic dossiers at each of the 10 statuses, for the tracking screens' stories and tests.
// "Today" in them is Wednesday 2 December 2026. Not exported from the package.
import type { LocalizedText, PaymentAccount } from '../../core/definition/types';
import { transferContentFor } from '../../core/payment/payment';
import type {
  Dossier,
  DossierPayment,
  DossierStatusCode,
  DossierSummary,
  StatusEvent,
} from '../../core/service/types';

export const SAMPLE_TODAY = '2026-12-02';

/** A made-up account of the fictional Department of Justice of Tỉnh Mẫu (VietinBank). */
export const SAMPLE_ACCOUNT: PaymentAccount = {
  bankBin: '970415',
  accountNumber: '113000012345',
  accountName: 'SO TU PHAP TINH MAU',
};

/** The fee of a sample dossier, in a given state. */
export function samplePayment(
  code: string,
  status: DossierPayment['status'] = 'unpaid',
  overrides: Partial<DossierPayment> = {},
): DossierPayment {
  return {
    status,
    amount: 200_000,
    transferContent: transferContentFor(code),
    account: SAMPLE_ACCOUNT,
    ...(status !== 'unpaid' && { reportedAt: '2026-12-01T19:40:00+07:00' }),
    ...(status === 'paid' && { confirmedAt: '2026-12-02T08:10:00+07:00' }),
    ...overrides,
  };
}

const birth: LocalizedText = { vi: 'Đăng ký khai sinh', en: 'Birth registration' };
const record: LocalizedText = {
  vi: 'Cấp Phiếu lý lịch tư pháp',
  en: 'Criminal record certificate',
};
const agency = 'UBND xã Tân Phong';
const officer = 'Công chức tư pháp – hộ tịch xã Tân Phong';

const at = (day: number, time: string) =>
  `2026-11-${String(day).padStart(2, '0')}T${time}:00+07:00`;

/** The events that lead to each status, oldest first. */
function historyFor(status: DossierStatusCode): StatusEvent[] {
  const submitted: StatusEvent = { status: 1, at: at(25, '08:15'), by: 'citizen' };
  const accepted: StatusEvent = {
    status: 2,
    at: at(25, '14:30'),
    by: agency,
    note: 'Đã tiếp nhận hồ sơ tại Bộ phận Một cửa.',
  };
  const processing: StatusEvent = { status: 4, at: at(26, '09:00'), by: officer };
  switch (status) {
    case 1:
      return [submitted];
    case 2:
      return [submitted, accepted];
    case 3:
      return [
        submitted,
        {
          status: 3,
          at: at(25, '15:10'),
          by: agency,
          note: 'Ảnh Giấy chứng sinh bị mờ, không đọc được họ tên người mẹ.',
        },
      ];
    case 4:
      return [submitted, accepted, processing];
    case 5:
      return [
        submitted,
        accepted,
        processing,
        {
          status: 5,
          at: at(27, '10:20'),
          by: officer,
          note: 'Cần bổ sung giấy tờ chứng minh nơi cư trú của người mẹ.',
        },
      ];
    case 6:
      return [
        submitted,
        accepted,
        processing,
        { status: 6, at: at(27, '16:45'), by: agency, note: 'Lệ phí cấp Phiếu lý lịch tư pháp.' },
      ];
    case 7:
      return [
        submitted,
        accepted,
        { status: 7, at: at(26, '07:50'), by: 'citizen', note: 'Nộp nhầm thủ tục.' },
      ];
    case 8:
      return [
        submitted,
        accepted,
        processing,
        {
          status: 8,
          at: at(30, '11:05'),
          by: agency,
          note: 'Trẻ đã được đăng ký khai sinh tại xã Bình An ngày 12/11/2026.',
        },
      ];
    case 9:
      return [submitted, accepted, processing, { status: 9, at: at(30, '15:30'), by: officer }];
    case 10:
      return [
        submitted,
        accepted,
        processing,
        { status: 9, at: at(30, '15:30'), by: officer },
        { status: 10, at: '2026-12-01T09:40:00+07:00', by: agency },
      ];
  }
}

/** A dossier at `status`, with whatever that status brings (a request, a result, a fee…). */
export function sampleDossier(
  status: DossierStatusCode,
  overrides: Partial<Dossier> = {},
): Dossier {
  const paying = status === 6;
  const finished = status === 9 || status === 10;
  const code = paying
    ? '000.00.06.H56-261125-0011'
    : `000.00.06.H56-261125-00${String(status).padStart(2, '0')}`;
  const base: Dossier = {
    code,
    procedureId: paying ? 'cap-phieu-ly-lich-tu-phap' : 'dang-ky-khai-sinh',
    procedureVersion: 1,
    procedureTitle: paying ? record : birth,
    status,
    submittedAt: at(25, '08:15'),
    dueDate: '2026-12-04',
    answers: {},
    resultDelivery: status === 10 ? 'online' : 'in_person',
    history: historyFor(status),
    feeAmount: paying ? 200_000 : 0,
    ...(paying && { payment: samplePayment(code) }),
    cancellable: [1, 2, 4, 5, 6].includes(status),
    ...(status === 5 && {
      supplementRequest: {
        requestedAt: at(27, '10:20'),
        reason: 'Cần bổ sung giấy tờ chứng minh nơi cư trú của người mẹ.',
        documents: [
          'Giấy xác nhận thông tin về cư trú của người mẹ',
          'Bản sao Giấy chứng nhận kết hôn của cha mẹ (nếu có)',
        ],
        dueDate: '2026-12-07',
      },
    }),
    ...(finished && { completedAt: at(30, '15:30') }),
    ...(status === 9 && {
      result: {
        delivery: 'in_person',
        pickup: {
          place: 'Bộ phận Một cửa UBND xã Tân Phong, số 12 đường Lê Lợi',
          hours: 'Thứ Hai đến thứ Sáu, sáng 7:30–11:30, chiều 13:30–17:00',
        },
        note: 'Vui lòng mang theo CCCD của người đi nhận.',
      },
    }),
    ...(status === 10 && {
      result: {
        delivery: 'online',
        attachments: [
          {
            id: 'kq-1',
            name: 'Giấy khai sinh bản điện tử.pdf',
            type: 'application/pdf',
            size: 248_000,
          },
        ],
      },
    }),
  };
  return { ...base, ...overrides };
}

/** The same dossier, rated. */
export const ratedDossier = (): Dossier =>
  sampleDossier(10, {
    rating: {
      level: 'satisfied',
      comment: 'Cán bộ hướng dẫn tận tình.',
      ratedAt: '2026-12-01T10:05:00+07:00',
    },
  });

/** A citizen's list: several procedures, newest last here (the screen sorts). */
export function sampleList(): Dossier[] {
  return [
    sampleDossier(10, {
      code: '000.00.06.H56-260915-0007',
      submittedAt: '2026-09-15T09:00:00+07:00',
      procedureTitle: { vi: 'Đăng ký thường trú', en: 'Permanent residence registration' },
      dueDate: '2026-09-22',
    }),
    sampleDossier(3, {
      submittedAt: '2026-11-20T10:30:00+07:00',
      code: '000.00.06.H56-261120-0002',
    }),
    sampleDossier(6, { submittedAt: '2026-11-24T08:05:00+07:00', dueDate: '2026-11-30' }),
    sampleDossier(5),
    sampleDossier(4, {
      code: '000.00.06.H56-261127-0004',
      submittedAt: '2026-11-27T16:20:00+07:00',
      procedureTitle: { vi: 'Đăng ký kết hôn', en: 'Marriage registration' },
      dueDate: '2026-12-02',
    }),
  ];
}

export const summaryOf = (d: Dossier): DossierSummary => ({
  code: d.code,
  procedureId: d.procedureId,
  procedureTitle: d.procedureTitle,
  status: d.status,
  submittedAt: d.submittedAt,
  ...(d.dueDate !== undefined && { dueDate: d.dueDate }),
  ...(d.payment !== undefined && { paymentStatus: d.payment.status }),
});
