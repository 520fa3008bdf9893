// This screen's words, Vietnamese first, English second. Full keys are `auth.<ns>.<key>`:
// an app overrides any of them through <GovMiniProvider messages={{ 'auth.…': '…' }}>.
import { defineAuthMessages } from '../messages';

export const consentMessages = defineAuthMessages(
  'auth.consent.',
  {
    title: 'Đồng ý sử dụng dữ liệu cá nhân',
    lead: 'Vui lòng đọc từng mục rồi chọn “Đồng ý” hoặc “Không đồng ý”. Mục chưa chọn không được tính là đồng ý.',
    requiredHeading: 'Bắt buộc để dùng dịch vụ',
    requiredHint: 'Thiếu các mục này thì dịch vụ không xử lý được hồ sơ.',
    optionalHeading: 'Không bắt buộc',
    optionalHint:
      'Không đồng ý thì vẫn dùng được dịch vụ. Mục đã đồng ý có thể rút lại bất cứ lúc nào.',
    question: 'Có đồng ý với mục “{title}” không?',
    grant: 'Đồng ý',
    refuse: 'Không đồng ý',
    submit: 'Xác nhận lựa chọn',
    cancel: 'Không dùng dịch vụ lúc này',
    undecided: 'Vui lòng chọn “Đồng ý” hoặc “Không đồng ý” cho mục “{title}”',
    requiredRefused:
      'Không thể dùng dịch vụ khi không đồng ý mục “{title}”. Vui lòng chọn “Đồng ý” để tiếp tục',
    requiredHelp:
      'Các mục bắt buộc là dữ liệu tối thiểu để cơ quan nhà nước xử lý hồ sơ. Nếu không muốn chia sẻ, vẫn có thể làm thủ tục trực tiếp tại bộ phận một cửa; khi đó, vui lòng chọn “Không dùng dịch vụ lúc này”.',
    empty: 'Không có mục nào cần đồng ý.',
  },
  {
    title: 'Agree to the use of your personal data',
    lead: 'Please read each item, then choose “Agree” or “Do not agree”. An item left unanswered does not count as agreement.',
    requiredHeading: 'Required to use the service',
    requiredHint: 'Without these the service cannot process your application.',
    optionalHeading: 'Optional',
    optionalHint:
      'You can use the service without agreeing. You can withdraw an agreement at any time.',
    question: 'Do you agree to “{title}”?',
    grant: 'Agree',
    refuse: 'Do not agree',
    submit: 'Confirm my choices',
    cancel: 'Do not use the service now',
    undecided: 'Please choose “Agree” or “Do not agree” for “{title}”',
    requiredRefused:
      'The service cannot be used without agreeing to “{title}”. Please choose “Agree” to continue',
    requiredHelp:
      'Required items are the minimum data a public office needs to process an application. If you prefer not to share it, you can still apply in person at the one-stop office; in that case, choose “Do not use the service now”.',
    empty: 'There is nothing to agree to.',
  },
);

export const purposeMessages = defineAuthMessages(
  'auth.consent.',
  {
    data: 'Dữ liệu được dùng',
    why: 'Để làm gì',
    processor: 'Cơ quan xử lý',
    retention: 'Thời gian lưu giữ',
  },
  {
    data: 'Data used',
    why: 'What for',
    processor: 'Processed by',
    retention: 'Kept for',
  },
);
