import { defineDossierMessages } from '../messages';

export const draftListMessages = /* @__PURE__ */ defineDossierMessages('dossier.drafts.', {
  title: 'Hồ sơ đang làm dở',
  lead: 'Các hồ sơ chưa gửi, lưu trên điện thoại này. Có thể làm tiếp từ đúng chỗ đã dừng.',
  emptyTitle: 'Chưa có hồ sơ đang làm dở',
  empty: 'Hồ sơ đang khai mà chưa gửi sẽ được lưu ở đây để làm tiếp.',
  loading: 'Đang tải hồ sơ đang làm dở…',
  failed: 'Chưa đọc được hồ sơ lưu trên điện thoại. Vui lòng thử lại.',
  changed: 'Sửa lần cuối lúc {time}',
  unknownProcedure: 'Thủ tục {id}',
  resume: 'Làm tiếp',
  resumeHidden: '{title}',
  delete: 'Xoá',
  deleteHidden: 'hồ sơ {title}',
  confirmTitle: 'Xoá hồ sơ đang làm dở này?',
  confirmBody:
    'Những thông tin đã nhập cho hồ sơ “{title}” sẽ bị xoá khỏi điện thoại và không lấy lại được.',
  confirmDelete: 'Xoá hồ sơ',
  keep: 'Giữ lại',
  deleted: 'Đã xoá hồ sơ “{title}”.',
});
