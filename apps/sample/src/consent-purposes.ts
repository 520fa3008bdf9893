// What Tỉnh Mẫu asks consent for, as data (Law 91/2025 on personal data; Decree 356/2025).
// Each purpose says what data, why, who processes it and how long it is kept, in plain words.
// Changing a text means raising its version: citizens are then asked again.
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
      vi: 'Để biết ai đang nộp hồ sơ và gửi kết quả đúng người, không cần tạo tài khoản mới.',
      en: 'To know who is filing and send results to the right person, with no new account.',
    },
    processor: {
      vi: 'Ủy ban nhân dân Tỉnh Mẫu (Trung tâm Phục vụ hành chính công).',
      en: 'Tỉnh Mẫu People’s Committee (Public Administration Service Centre).',
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
      vi: 'Để báo khi hồ sơ có kết quả hoặc cần bổ sung giấy tờ.',
      en: 'To tell you when a dossier has a result or needs more documents.',
    },
    processor: {
      vi: 'Ủy ban nhân dân Tỉnh Mẫu, qua tài khoản Zalo OA chính thức của Tỉnh.',
      en: 'Tỉnh Mẫu People’s Committee, through the province’s official Zalo OA.',
    },
    retention: {
      vi: 'Đến khi rút lại đồng ý.',
      en: 'Until you withdraw consent.',
    },
    withdrawEffect: {
      vi: 'Sẽ không nhận tin nhắn Zalo về hồ sơ nữa; vẫn xem được tình trạng hồ sơ trong ứng dụng.',
      en: 'You will no longer get Zalo messages about dossiers; you can still see their status in the app.',
    },
  },
  {
    id: 'khao-sat',
    version: 1,
    required: false,
    title: { vi: 'Khảo sát mức độ hài lòng', en: 'Satisfaction surveys' },
    data: {
      vi: 'Số điện thoại và đánh giá đã gửi.',
      en: 'Your phone number and the ratings you give.',
    },
    why: {
      vi: 'Để hỏi ý kiến về chất lượng phục vụ và cải thiện dịch vụ.',
      en: 'To ask about the quality of service and improve it.',
    },
    processor: {
      vi: 'Văn phòng Ủy ban nhân dân Tỉnh Mẫu.',
      en: 'The Office of Tỉnh Mẫu People’s Committee.',
    },
    retention: { vi: '2 năm.', en: '2 years.' },
    withdrawEffect: {
      vi: 'Sẽ không được mời tham gia khảo sát nữa.',
      en: 'You will no longer be invited to surveys.',
    },
  },
];
