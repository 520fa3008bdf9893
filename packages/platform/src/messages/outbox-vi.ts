// What a citizen reads when something waiting to be sent cannot be kept on the phone, or was
// lost there. Plain, polite, no pronoun for the reader (CONTRIBUTING.md).
export const outboxVi = {
  storage_full:
    'Bộ nhớ của ứng dụng trên điện thoại đã đầy nên chưa lưu được để gửi. Những gì đã nhập vẫn còn trên màn hình; vui lòng xoá bớt bản nháp cũ rồi thử lại.',
  storage_evicted:
    'Một mục đang chờ gửi đã bị Zalo xoá khỏi điện thoại vì bộ nhớ đầy. Vui lòng kiểm tra lại và gửi lại nếu cần.',
  corrupt:
    'Một mục đang chờ gửi trên điện thoại bị hỏng và không đọc được. Vui lòng kiểm tra lại và gửi lại nếu cần.',
  not_found: 'Không tìm thấy mục này trong danh sách chờ gửi. Vui lòng gửi lại.',
  send_failed: 'Chưa gửi được. Vui lòng kiểm tra lại thông tin rồi gửi lại.',
  disposed: 'Ứng dụng đang đóng lại nên chưa gửi được. Vui lòng mở lại ứng dụng rồi thử lại.',
  unknown: 'Chưa lưu được trên điện thoại để gửi. Vui lòng thử lại sau ít phút.',
} as const;

export type OutboxErrorCode = keyof typeof outboxVi;
