import { defineFeedbackMessages } from '../messages';

export const locationFieldMessages = /* @__PURE__ */ defineFeedbackMessages('feedback.location.', {
  label: 'Vấn đề ở đâu?',
  hint: 'Lấy vị trí hiện tại khi đang đứng ở nơi có vấn đề, hoặc chọn xã, phường bằng tay.',
  useDevice: 'Dùng vị trí hiện tại',
  locating: 'Đang lấy vị trí…',
  found: 'Vị trí đã lấy',
  check: 'Vui lòng kiểm tra đây đúng là nơi có vấn đề.',
  coordinates: 'Toạ độ {latitude}, {longitude}',
  noAddress: 'Chưa tìm được địa chỉ cho vị trí này; cơ quan sẽ dùng toạ độ.',
  place: 'Ghi rõ thêm về địa điểm',
  placeHint: 'Ví dụ: trước cổng chợ, đầu ngõ 12, cột điện số 5.',
  byHand: 'Chọn xã, phường bằng tay',
  byHandTitle: 'Chọn nơi có vấn đề',
  byHandHint:
    'Sau khi chọn xã, phường, vui lòng ghi rõ địa điểm: số nhà, tên đường hoặc nơi dễ nhận ra như “trước cổng chợ”.',
  useDeviceInstead: 'Lấy vị trí hiện tại thay cho cách này',
  denied:
    'Chưa được phép lấy vị trí của điện thoại. Vui lòng chọn xã, phường bằng tay, hoặc cho phép Zalo dùng vị trí trong phần cài đặt rồi thử lại.',
  openSettings: 'Mở cài đặt quyền',
  offline:
    'Điện thoại đang mất mạng nên chưa lấy được vị trí. Vui lòng chọn xã, phường bằng tay; phản ánh sẽ được gửi khi có mạng.',
  failed: 'Chưa lấy được vị trí lúc này. Vui lòng thử lại hoặc chọn xã, phường bằng tay.',
  cancelled:
    'Chưa lấy vị trí. Khi sẵn sàng, vui lòng bấm lại “Dùng vị trí hiện tại” hoặc chọn bằng tay.',
});
