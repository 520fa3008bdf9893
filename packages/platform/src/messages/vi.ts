// What a citizen reads when a platform call fails: what happened and what to do. Plain,
// polite and without a pronoun for the reader (GovMini's wording rule, CONTRIBUTING.md).
export const vi = {
  permission_denied:
    'Ứng dụng chưa được phép dùng chức năng này. Vui lòng bấm “Cho phép” khi Zalo hỏi, hoặc mở phần cài đặt quyền của ứng dụng.',
  user_cancelled: 'Chưa có gì được chọn. Khi sẵn sàng, vui lòng thử lại.',
  timeout: 'Zalo chưa trả lời kịp. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
  offline:
    'Điện thoại đang mất mạng. Những gì đã nhập vẫn được giữ lại; khi có mạng, vui lòng thử lại.',
  throttled: 'Thao tác hơi nhanh. Vui lòng đợi vài giây rồi thử lại.',
  unsupported:
    'Điện thoại hoặc phiên bản Zalo này chưa hỗ trợ chức năng này. Vui lòng cập nhật Zalo hoặc dùng cách khác.',
  storage_evicted:
    'Một phần dữ liệu lưu trên điện thoại đã bị xoá vì bộ nhớ Zalo đầy. Vui lòng kiểm tra lại thông tin.',
  storage_full:
    'Bộ nhớ của ứng dụng trên điện thoại đã đầy nên chưa lưu được. Vui lòng xoá bớt bản nháp cũ.',
  not_in_zalo: 'Chức năng này chỉ dùng được trong ứng dụng Zalo. Vui lòng mở ứng dụng từ Zalo.',
  unknown: 'Đã có lỗi xảy ra. Vui lòng thử lại sau ít phút.',
} as const;

export type PlatformErrorCode = keyof typeof vi;
