// The fee screen's words (Vietnamese; English in src/locales/en.ts). Full keys
// `dossier.payment.<key>`. The three payment states in plain words; money always as figures
// and in words; the transfer content named as banking apps name it ("nội dung chuyển khoản").
import { defineDossierMessages } from '../messages';

export const feePaymentMessages = /* @__PURE__ */ defineDossierMessages('dossier.payment.', {
  title: 'Nộp phí, lệ phí',
  status: 'Tình trạng',
  'status.unpaid': 'Chưa thanh toán',
  'status.pending_confirmation': 'Đang chờ cơ quan xác nhận',
  'status.paid': 'Đã thanh toán',
  amount: 'Số tiền',
  amountWords: 'Bằng chữ: {words}',
  scan: 'Mở ứng dụng ngân hàng hoặc ví điện tử, chọn quét mã QR rồi quét mã dưới đây. Số tiền và nội dung chuyển khoản đã có sẵn; chỉ cần kiểm tra lại rồi xác nhận.',
  qr: 'Mã VietQR để chuyển {amount} vào tài khoản {account} tại {bank}, nội dung {content}.',
  qrCaption:
    'Quét mã bằng một điện thoại khác, hoặc lưu mã vào máy rồi chọn ảnh mã trong mục quét mã QR của ứng dụng ngân hàng.',
  save: 'Lưu mã QR vào máy',
  saved: 'Đã lưu ảnh mã QR vào máy.',
  saveFailed: 'Chưa lưu được ảnh mã QR. Vui lòng chụp màn hình để giữ mã.',
  screenshot: 'Có thể chụp màn hình để giữ mã QR này.',
  noQr: 'Chưa tạo được mã QR cho tài khoản này. Vui lòng chuyển khoản theo thông tin dưới đây.',
  manual: 'Hoặc chuyển khoản theo thông tin sau',
  bank: 'Ngân hàng',
  accountNumber: 'Số tài khoản',
  accountName: 'Chủ tài khoản',
  content: 'Nội dung chuyển khoản',
  copy: 'Sao chép',
  copied: 'Đã sao chép {what}.',
  copyFailed: 'Chưa sao chép được. Vui lòng ghi lại {what}.',
  'what.accountNumber': 'số tài khoản',
  'what.content': 'nội dung chuyển khoản',
  contentWarning:
    'Vui lòng ghi đúng nội dung chuyển khoản, để cơ quan biết khoản tiền này của hồ sơ nào.',
  desk: 'Vui lòng nộp {amount} tại Bộ phận Một cửa của cơ quan giải quyết, mang theo mã hồ sơ {code}.',
  report: 'Tôi đã chuyển khoản',
  reportHint: 'Bấm sau khi chuyển tiền xong, để cơ quan kiểm tra và xác nhận.',
  reportFailed: 'Chưa báo được việc chuyển khoản',
  pendingTitle: 'Đang chờ cơ quan xác nhận',
  pending:
    'Đã báo chuyển khoản lúc {time}. Cơ quan sẽ xác nhận khi nhận được tiền; tình trạng sẽ cập nhật tại đây.',
  pendingNoTime:
    'Đã báo chuyển khoản. Cơ quan sẽ xác nhận khi nhận được tiền; tình trạng sẽ cập nhật tại đây.',
  again: 'Xem lại thông tin chuyển khoản',
  paidTitle: 'Đã thanh toán',
  paid: 'Cơ quan đã nhận đủ {amount} lúc {time}.',
  paidNoTime: 'Cơ quan đã nhận đủ {amount}.',
  declinedTitle: 'Cơ quan chưa nhận được tiền',
  declined: 'Lý do: {note}. Vui lòng kiểm tra lại rồi chuyển khoản theo hướng dẫn dưới đây.',
  'image.amount': 'Số tiền: {amount}',
  'image.account': '{bank} – {account}',
  'image.content': 'Nội dung: {content}',
  'image.file': 'ma-qr-nop-phi-{code}.png',
});

export type FeePaymentMessageKey = keyof typeof feePaymentMessages.vi;
