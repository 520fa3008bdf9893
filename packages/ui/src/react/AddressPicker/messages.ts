import { defineMessages } from '../internal/messages';

export const addressPickerMessages = defineMessages({
  'addressPicker.province.label': 'Tỉnh hoặc thành phố',
  'addressPicker.province.hint':
    'Gõ vài chữ của tên, có dấu hay không dấu đều được; tên tỉnh cũ (trước tháng 7/2025) cũng được. Ví dụ: sài gòn, binh duong.',
  'addressPicker.province.all': 'Hoặc chọn trong danh sách dưới đây',
  'addressPicker.province.chosen': 'Tỉnh, thành phố',
  'addressPicker.commune.label': 'Xã, phường hoặc đặc khu',
  'addressPicker.commune.hint':
    'Gõ vài chữ của tên, có dấu hay không dấu đều được. Ví dụ: ben thanh.',
  'addressPicker.commune.freeHint': 'Vui lòng gõ đầy đủ tên, ví dụ: Phường Bến Thành.',
  'addressPicker.commune.chosen': 'Xã, phường',
  'addressPicker.street.label': 'Số nhà, tên đường',
  'addressPicker.street.hint': 'Ví dụ: Số 12, ngõ 34, đường Láng. Có thể ghi thêm thôn, ấp, tổ.',
  'addressPicker.results': 'Có {count} kết quả',
  'addressPicker.noResults':
    'Không tìm thấy tên nào như vậy. Vui lòng gõ ít chữ hơn hoặc kiểm tra lại chính tả.',
  'addressPicker.legacy': '{legacy} cũ',
  'addressPicker.now': 'nay thuộc {name}',
  'addressPicker.change': 'Đổi',
});
