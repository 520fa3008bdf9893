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
