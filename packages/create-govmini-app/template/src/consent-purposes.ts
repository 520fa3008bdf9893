// What the app asks consent for, as data (Law 91/2025 on personal data; Decree 356/2025): what
// data, why, who processes it and how long it is kept, in plain words. Changing a text means
// raising its version: citizens are then asked again. src/consent-purposes.test.ts checks them.
import type { ConsentPurpose } from '@govmini/auth';

export const consentPurposes: readonly ConsentPurpose[] = [
  {
    id: 'tai-khoan',
    version: 1,
    required: true,
    title: { vi: 'Đăng nhập và nhận diện người dùng', en: 'Signing in and knowing who you are' },
    data: {
      vi: 'Mã người dùng Zalo, tên và ảnh đại diện Zalo.',
      en: 'Your Zalo user id, Zalo name and profile picture.',
    },
    why: {
      vi: 'Để biết ai đang gửi hồ sơ, phản ánh và trả kết quả đúng người, không cần tạo tài khoản mới.',
      en: 'To know who is sending dossiers and reports and answer the right person, with no new account.',
    },
    processor: {
      vi: 'Ủy ban nhân dân {{provinceFullName}}.',
      en: 'The People’s Committee of {{provinceNameEn}}.',
    },
    retention: {
      vi: 'Trong thời gian sử dụng dịch vụ và 5 năm sau lần dùng cuối.',
      en: 'While you use the service and 5 years after your last use.',
    },
  },
  {
    id: 'thong-bao-zalo',
    version: 1,
    required: false,
    title: { vi: 'Nhận thông báo qua Zalo', en: 'Notifications on Zalo' },
    data: { vi: 'Mã người dùng Zalo.', en: 'Your Zalo user id.' },
    why: {
      vi: 'Để báo khi hồ sơ có kết quả, cần bổ sung giấy tờ hoặc phản ánh được trả lời.',
      en: 'To tell you when a dossier has a result or needs documents, or a report is answered.',
    },
    processor: {
      vi: 'Ủy ban nhân dân {{provinceFullName}}, qua tài khoản Zalo OA chính thức.',
      en: 'The People’s Committee of {{provinceNameEn}}, through its official Zalo OA.',
    },
    retention: { vi: 'Đến khi rút lại đồng ý.', en: 'Until you withdraw consent.' },
    withdrawEffect: {
      vi: 'Sẽ không nhận tin nhắn Zalo nữa; vẫn xem được tình trạng trong ứng dụng.',
      en: 'You will no longer get Zalo messages; you can still see the status in the app.',
    },
  },
];
