// The dossier screen's words (Vietnamese; English in src/locales/en.ts).
// Full keys `dossier.detail.<key>`.
// "Việc cần làm" says, per status, what (if anything) the citizen has to do now.
import { defineDossierMessages } from '../messages';

export const dossierDetailMessages = /* @__PURE__ */ defineDossierMessages('dossier.detail.', {
  back: 'Quay lại danh sách hồ sơ',
  loading: 'Đang tải hồ sơ…',
  loadingPayment: 'Đang tải hướng dẫn nộp phí…',
  paymentFailed:
    'Chưa tải được hướng dẫn nộp phí. Vui lòng kiểm tra kết nối mạng rồi bấm “Thử lại”.',
  paymentRetry: 'Thử lại',
  errorTitle: 'Chưa mở được hồ sơ',
  notFoundTitle: 'Không tìm thấy hồ sơ',
  signInNeeded: 'Vui lòng đăng nhập để xem hồ sơ.',
  nextTitle: 'Việc cần làm',
  'next.1':
    'Chưa cần làm gì thêm. Cơ quan sẽ kiểm tra hồ sơ và báo việc tiếp nhận trong vòng 8 giờ làm việc.',
  'next.2': 'Chưa cần làm gì thêm. Hồ sơ đang được chuyển đến bộ phận xử lý.',
  'next.3': 'Vui lòng xem lý do, chuẩn bị lại giấy tờ theo hướng dẫn rồi nộp hồ sơ mới.',
  'next.4':
    'Chưa cần làm gì thêm. Khi có kết quả hoặc cần thêm giấy tờ, thông tin sẽ được cập nhật tại đây.',
  'next.5': 'Vui lòng gửi giấy tờ bổ sung theo yêu cầu bên dưới.',
  'next.5.due': 'Vui lòng gửi giấy tờ bổ sung theo yêu cầu bên dưới trước ngày {date}.',
  'next.6': 'Vui lòng nộp phí, lệ phí theo hướng dẫn của cơ quan để hồ sơ được tiếp tục xử lý.',
  'next.6.amount':
    'Vui lòng nộp {amount} phí, lệ phí theo hướng dẫn của cơ quan để hồ sơ được tiếp tục xử lý.',
  'next.6.pay':
    'Vui lòng nộp {amount} phí, lệ phí theo hướng dẫn ở mục “Nộp phí, lệ phí” bên dưới để hồ sơ được tiếp tục xử lý.',
  'next.6.pending':
    'Đã báo chuyển khoản. Hồ sơ được tiếp tục xử lý khi cơ quan xác nhận đã nhận được tiền.',
  'next.pay': 'Vui lòng nộp {amount} lệ phí theo hướng dẫn ở mục “Nộp phí, lệ phí” bên dưới.',
  'next.7': 'Hồ sơ đã được rút nên không cần làm gì thêm. Khi cần, vui lòng nộp hồ sơ mới.',
  'next.8':
    'Vui lòng xem lý do dừng xử lý. Cần giải thích thêm, vui lòng liên hệ cơ quan giải quyết.',
  'next.9.in_person': 'Vui lòng đến nhận kết quả tại nơi ghi ở mục Kết quả, mang theo CCCD.',
  'next.9.post': 'Kết quả được gửi qua bưu điện đến địa chỉ ghi ở mục Kết quả.',
  'next.9.online': 'Kết quả điện tử có ở mục Kết quả bên dưới.',
  'next.10': 'Kết quả đã được trả. Vui lòng đánh giá mức độ hài lòng ở bên dưới.',
  'next.10.rated': 'Kết quả đã được trả. Không cần làm gì thêm.',
  reason: 'Lý do: {reason}',
  factsTitle: 'Thông tin hồ sơ',
  'fact.code': 'Mã hồ sơ',
  'fact.procedure': 'Thủ tục',
  'fact.submitted': 'Ngày nộp',
  'fact.due': 'Ngày hẹn trả',
  'fact.completed': 'Ngày có kết quả',
  'fact.delivery': 'Cách nhận kết quả',
  'fact.fee': 'Phí, lệ phí',
  'delivery.in_person': 'Nhận trực tiếp tại cơ quan',
  'delivery.online': 'Nhận bản điện tử trong ứng dụng',
  'delivery.post': 'Nhận qua bưu điện',
  free: 'Không mất phí',
  'fee.unpaid': '{amount}, chưa thanh toán',
  'fee.pending_confirmation': '{amount}, đang chờ cơ quan xác nhận',
  'fee.paid': '{amount}, đã thanh toán',
  historyTitle: 'Quá trình giải quyết',
  supplementTitle: 'Yêu cầu bổ sung giấy tờ',
  supplementAsked: 'Cơ quan yêu cầu lúc {time}.',
  supplementDocuments: 'Giấy tờ cần bổ sung',
  supplementDue: 'Hạn gửi bổ sung',
  supplementAnswered: 'Đã gửi bổ sung lúc {time}.',
  resultTitle: 'Kết quả',
  pickupPlace: 'Nơi nhận kết quả',
  pickupHours: 'Thời gian nhận',
  postTo: 'Gửi đến',
  resultFiles: 'Tệp kết quả',
  fileSize: '{name} ({size})',
});
