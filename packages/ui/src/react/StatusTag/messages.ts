import { defineMessages } from '../internal/messages';

// The 10 standard dossier statuses (TrangThaiHoSoId of the provincial one-stop systems), in
// plain words a citizen understands, and a long form saying what happens next.
export const statusTagMessages = defineMessages(
  {
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
    'statusTag.10.description':
      'Kết quả đã được trả. Vui lòng đánh giá mức độ hài lòng với dịch vụ.',
  },
  {
    'statusTag.1': 'Submitted, waiting to be accepted',
    'statusTag.1.description':
      'The application has been sent. The office will check and accept it.',
    'statusTag.2': 'Accepted',
    'statusTag.2.description':
      'The office has accepted the application and will pass it to the department handling it.',
    'statusTag.3': 'Not accepted',
    'statusTag.3.description':
      'The application was not accepted. Please read the reason and apply again if needed.',
    'statusTag.4': 'Being processed',
    'statusTag.4.description':
      'The application is being processed. The result is expected by the appointment date.',
    'statusTag.5': 'More documents needed',
    'statusTag.5.description':
      'The application needs more documents. Please read what is asked and send them before the deadline.',
    'statusTag.6': 'Fees to pay',
    'statusTag.6.description': 'Please pay the fees so that processing can continue.',
    'statusTag.7': 'Withdrawn',
    'statusTag.7.description':
      'The application was withdrawn on request and is no longer being processed.',
    'statusTag.8': 'Processing stopped',
    'statusTag.8.description':
      'Processing stopped because the conditions are not met. Please read the reason in the office’s notice.',
    'statusTag.9': 'Result ready, waiting to be delivered',
    'statusTag.9.description':
      'The result is ready. Please collect it in the way chosen when applying.',
    'statusTag.10': 'Result delivered',
    'statusTag.10.description':
      'The result has been delivered. Please rate how satisfied you are with the service.',
  },
);
