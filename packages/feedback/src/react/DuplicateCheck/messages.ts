import { defineFeedbackMessages } from '../messages';

export const duplicateCheckMessages = defineFeedbackMessages(
  'feedback.duplicates.',
  {
    title: 'Có phản ánh tương tự đang được xử lý',
    lead: 'Gần nơi này đã có phản ánh cùng loại với nội dung giống vậy. Nếu đó cũng là vấn đề đang gặp, vui lòng bấm “Tôi cũng gặp” thay vì gửi thêm: cơ quan biết thêm người bị ảnh hưởng, và sẽ báo khi có trả lời.',
    code: 'Mã phản ánh',
    sentOn: 'Gửi ngày {date}',
    supporters: '{count} người cũng gặp',
    noSupporters: 'Chưa có ai cùng theo dõi',
    photo: 'Ảnh của phản ánh {code}',
    support: 'Tôi cũng gặp',
    supportFor: 'vấn đề của phản ánh {code}',
    supporting: 'Đang ghi nhận…',
    fileNew: 'Không, gửi phản ánh mới',
    fileNewHint:
      'Nếu vấn đề khác với các phản ánh trên, phản ánh đã nhập sẽ được gửi như bình thường.',
    signedOut: 'Vui lòng đăng nhập để cùng theo dõi phản ánh này.',
  },
  {
    title: 'Similar reports are being handled',
    lead: 'There are reports of the same kind nearby with a similar description. If one of them is the same problem, please press “Me too” instead of sending another: the office learns how many people are affected, and tells everyone when it answers.',
    code: 'Report code',
    sentOn: 'Sent on {date}',
    supporters: '{count} people have the same problem',
    noSupporters: 'Nobody else is following it yet',
    photo: 'Photo of report {code}',
    support: 'Me too',
    supportFor: 'the problem of report {code}',
    supporting: 'Recording…',
    fileNew: 'No, send a new report',
    fileNewHint:
      'If the problem is different from the reports above, the report entered is sent as usual.',
    signedOut: 'Please sign in to follow this report.',
  },
);
