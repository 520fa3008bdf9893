import { defineFeedbackMessages } from '../messages';

export const duplicateCheckMessages = /* @__PURE__ */ defineFeedbackMessages(
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
);
