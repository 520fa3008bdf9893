// Every string the sample app shows, in Vietnamese (default). en.ts has the same keys.
export const vi = {
  'app.name': 'Tỉnh Mẫu',
  'app.tagline': 'Dịch vụ công của Tỉnh Mẫu, ngay trên Zalo',
  'app.intro':
    'Ứng dụng mẫu của GovMini: cách một tỉnh xây dựng ứng dụng dịch vụ công trên Zalo, chữ to, dễ đọc, không cần cài đặt.',
  'app.back': 'Quay lại',
  'app.language': 'English',
  'app.languageLabel': 'Chuyển sang tiếng Anh',
  'home.services': 'Tiện ích',
  'home.adminSearch.title': 'Tra cứu địa bàn mới',
  'home.adminSearch.description':
    'Từ 1/7/2025 cả nước còn 34 tỉnh, thành phố và không còn cấp huyện. Tìm tỉnh, xã, phường theo tên mới hoặc tên cũ.',
  'home.display.title': 'Cỡ chữ và màu sắc',
  'home.display.description':
    'Chọn chữ to hơn (đến 200 %) hoặc tương phản cao cho dễ đọc. Ứng dụng ghi nhớ lựa chọn này.',
  'display.title': 'Cỡ chữ và màu sắc',
  'display.intro':
    'Chọn cỡ chữ dễ đọc nhất. Mọi trang trong ứng dụng sẽ dùng cỡ chữ này, kể cả lần mở sau.',
  'display.sample': 'Ví dụ: Hồ sơ của ông Nguyễn Văn An đã được tiếp nhận ngày 05/01/2026.',
  'home.platform.title': 'Nền tảng mô phỏng (cho nhà phát triển)',
  'home.platform.description':
    'Ngoài Zalo, ứng dụng chạy trên một Zalo mô phỏng. Tại đây có thể tắt mạng, từ chối quyền và xem ứng dụng phản ứng thế nào.',
  'offline.banner':
    'Đang mất mạng. Những gì đã nhập vẫn được giữ lại; khi có mạng, ứng dụng sẽ tiếp tục.',
  'platform.title': 'Nền tảng mô phỏng',
  'platform.intro':
    'Ứng dụng này đang chạy ngoài Zalo, trên nền tảng mô phỏng của GovMini. Thay đổi các tuỳ chọn dưới đây để xem ứng dụng xử lý mất mạng và từ chối quyền ra sao.',
  'platform.kind': 'Nền tảng: {kind}',
  'platform.network': 'Mạng',
  'platform.online': 'Có mạng',
  'platform.offline': 'Mất mạng',
  'platform.goOffline': 'Tắt mạng',
  'platform.goOnline': 'Bật mạng',
  'platform.permissions': 'Quyền',
  'platform.permission.userInfo': 'Tên và ảnh đại diện',
  'platform.permission.phoneNumber': 'Số điện thoại',
  'platform.permission.location': 'Vị trí',
  'platform.permission.camera': 'Máy ảnh',
  'platform.permission.microphone': 'Micrô',
  'platform.state.granted': 'Đã cho phép',
  'platform.state.denied': 'Đã từ chối',
  'platform.state.prompt-grant': 'Hỏi, rồi đồng ý',
  'platform.state.prompt-deny': 'Hỏi, rồi từ chối',
  'platform.state.prompt-cancel': 'Hỏi, rồi đóng lại',
  'platform.try': 'Thử gọi',
  'platform.tryPhone': 'Lấy số điện thoại',
  'platform.tryLocation': 'Lấy vị trí',
  'platform.explain.phone':
    'Ứng dụng cần số điện thoại để cán bộ liên hệ khi hồ sơ cần bổ sung. Zalo sẽ hỏi ý kiến ngay sau đây.',
  'platform.result.token':
    'Thành công: đã nhận mã dùng một lần (hết hạn lúc {time}). Máy chủ của tỉnh sẽ đổi mã này lấy thông tin.',
  'platform.explain.continue': 'Tiếp tục',
  'platform.explain.decline': 'Không, cảm ơn',
  'platform.history': 'Các lần gọi gần đây',
  'platform.history.empty': 'Chưa có lần gọi nào.',
  'platform.lifecycle': 'Vòng đời ứng dụng',
  'platform.fireHidden': 'Giả lập ẩn ứng dụng',
  'platform.fireShown': 'Giả lập mở lại',
  'platform.lastLifecycle': 'Sự kiện gần nhất: {event}',
  'search.title': 'Tra cứu địa bàn mới',
  'search.label': 'Tên tỉnh, thành phố, xã hoặc phường',
  'search.hint': 'Gõ có dấu hoặc không dấu đều được, ví dụ: ba dinh, tp hcm, Đắk Lắk.',
  'search.loading': 'Đang tải danh sách xã, phường…',
  'search.loadFailed':
    'Chưa tải được danh sách xã, phường, nên bây giờ chỉ tìm được tỉnh, thành phố. Vui lòng kiểm tra kết nối mạng rồi bấm “Thử lại”.',
  'search.retry': 'Thử lại',
  'search.empty':
    'Không tìm thấy địa bàn nào có tên “{query}”. Vui lòng thử gõ ít chữ hơn, hoặc kiểm tra lại chính tả.',
  'search.count': 'Tìm thấy {count} kết quả.',
  'search.countMore': 'Hiện {count} kết quả đầu tiên. Gõ thêm chữ để thu hẹp.',
  'search.prompt': 'Gõ ít nhất một chữ để bắt đầu tìm.',
  'result.province': 'Tỉnh, thành phố',
  'result.inProvince': 'Thuộc {province}',
  'result.mergedFrom': 'Trước 1/7/2025 gồm: {list}.',
  'result.unchanged': 'Không sáp nhập với tỉnh khác khi sắp xếp năm 2025.',
  'result.provinceMergedFrom': '{province} được hợp nhất ngày 1/7/2025 từ: {list}.',
  'result.provinceUnchanged': '{province} không sáp nhập với tỉnh khác khi sắp xếp năm 2025.',
  'result.viaLegacy': '“{legacy}” cũ nay thuộc {province}.',
  'result.code': 'Mã đơn vị: {code}',
} as const;

export type MessageKey = keyof typeof vi;
