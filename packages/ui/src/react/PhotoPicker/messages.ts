import { defineMessages } from '../internal/messages';

export const photoPickerMessages = defineMessages({
  'photoPicker.limits': 'Tối đa {max} ảnh, mỗi ảnh không quá {size}.',
  'photoPicker.count': '{count}/{max} ảnh',
  'photoPicker.countSpoken': 'Đã chọn {count} trên {max} ảnh',
  'photoPicker.camera': 'Chụp ảnh',
  'photoPicker.album': 'Chọn ảnh có sẵn',
  'photoPicker.alt': 'Ảnh {n}: {name}',
  'photoPicker.remove': 'Xoá ảnh {n}',
  'photoPicker.added': 'Đã thêm {count} ảnh.',
  'photoPicker.removed': 'Đã xoá ảnh {n}.',
  'photoPicker.tooLarge': 'Ảnh {name} lớn hơn {size} nên chưa được thêm.',
  'photoPicker.notImage': 'Tệp {name} không phải là ảnh nên chưa được thêm.',
  'photoPicker.overLimit': 'Chỉ thêm được tối đa {max} ảnh nên một số ảnh chưa được thêm.',
  'photoPicker.full': 'Đã đủ {max} ảnh. Vui lòng xoá bớt một ảnh nếu muốn thêm ảnh khác.',
  'photoPicker.failed': 'Chưa lấy được ảnh. Vui lòng thử lại.',
});
