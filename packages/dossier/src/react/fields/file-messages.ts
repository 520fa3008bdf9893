// The words of the file and photo answer (FileAnswer), in its chunk (see messages.ts).
import { defineDossierMessages } from '../messages';

export const fileMessages = /* @__PURE__ */ defineDossierMessages('dossier.fields.', {
  'file.limits': 'Tối đa {max} tệp, mỗi tệp không quá {size}. Nhận: {types}.',
  'file.photoLimits': 'Tối đa {max} ảnh, mỗi ảnh không quá {size}.',
  'file.choose': 'Chọn tệp',
  'file.camera': 'Chụp ảnh',
  'file.album': 'Chọn ảnh có sẵn',
  'file.count': 'Đã có {count}/{max} tệp',
  'file.queued': 'Đang chờ tải lên',
  'file.compressing': 'Đang thu nhỏ ảnh',
  'file.uploading': 'Đang tải lên {percent} %',
  'file.done': 'Đã tải lên',
  'file.saved': 'Đã lưu',
  'file.failed': 'Chưa tải lên được.',
  'file.retry': 'Thử lại',
  'file.retryHidden': 'tải lên {name}',
  'file.remove': 'Xoá',
  'file.removeHidden': 'tệp {name}',
  'file.removed': 'Đã xoá tệp {name}.',
  'file.added': 'Đã thêm {count} tệp.',
  'file.full': 'Đã đủ {max} tệp. Vui lòng xoá bớt một tệp nếu muốn thêm tệp khác.',
  'file.tooLarge': 'Tệp {name} lớn hơn {size} nên chưa được thêm. Vui lòng chọn tệp nhỏ hơn.',
  'file.wrongType': 'Tệp {name} không đúng loại ({types}) nên chưa được thêm.',
  'file.pickFailed': 'Chưa lấy được ảnh. Vui lòng thử lại.',
  'file.error.offline': 'Không có mạng. Tệp sẽ tự tải lên khi có mạng lại.',
  'file.error.other': 'Vui lòng bấm “Thử lại”.',
});
