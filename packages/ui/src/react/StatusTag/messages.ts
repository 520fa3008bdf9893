import { defineMessages } from '../internal/messages';

// The 10 standard dossier statuses (TrangThaiHoSoId of the provincial one-stop systems), in
// plain words a citizen understands, and a long form saying what happens next.
export const statusTagMessages = defineMessages({
  'statusTag.1': 'Đã nộp, chờ tiếp nhận',
  'statusTag.1.description': 'Hồ sơ đã được gửi. Cơ quan sẽ kiểm tra và tiếp nhận hồ sơ.',
  'statusTag.2': 'Đã tiếp nhận',
  'statusTag.2.description': 'Cơ quan đã tiếp nhận hồ sơ và sẽ chuyển đến bộ phận xử lý.',
  'statusTag.3': 'Không được tiếp nhận',
  'statusTag.3.description':
    'Hồ sơ không được tiếp nhận. Vui lòng xem lý do và nộp lại hồ sơ nếu cần.',
  'statusTag.4': 'Đang xử lý',
  'statusTag.4.description': 'Hồ sơ đang được xử lý. Kết quả dự kiến có vào ngày hẹn trả.',
  'statusTag.5': 'Cần bổ sung giấy tờ',
  'statusTag.5.description':
    'Hồ sơ cần thêm giấy tờ. Vui lòng xem yêu cầu và nộp bổ sung trước hạn.',
  'statusTag.6': 'Cần nộp phí, lệ phí',
  'statusTag.6.description': 'Vui lòng nộp phí, lệ phí để hồ sơ được tiếp tục xử lý.',
  'statusTag.7': 'Đã rút hồ sơ',
  'statusTag.7.description': 'Hồ sơ đã được rút theo yêu cầu và không còn được xử lý.',
  'statusTag.8': 'Dừng xử lý',
  'statusTag.8.description':
    'Hồ sơ đã dừng xử lý vì chưa đủ điều kiện. Vui lòng xem lý do trong thông báo của cơ quan.',
  'statusTag.9': 'Đã có kết quả, chờ trả',
  'statusTag.9.description':
    'Đã có kết quả. Vui lòng nhận kết quả theo cách đã chọn khi nộp hồ sơ.',
  'statusTag.10': 'Đã trả kết quả',
  'statusTag.10.description': 'Kết quả đã được trả. Vui lòng đánh giá mức độ hài lòng với dịch vụ.',
});
