// Answering a "Yêu cầu bổ sung": the words, Vietnamese first, English second.
// Full keys `dossier.supplement.<key>`.
import { defineDossierMessages } from '../messages';

export const supplementFormMessages = defineDossierMessages(
  'dossier.supplement.',
  {
    title: 'Gửi giấy tờ bổ sung',
    photos: 'Ảnh chụp giấy tờ bổ sung',
    photosHint: 'Vui lòng chụp rõ từng trang, thấy đủ bốn góc giấy.',
    note: 'Ghi chú cho cán bộ',
    noteHint: 'Ví dụ: giấy tờ nào đã gửi, hoặc vì sao chưa có.',
    nothing: 'Vui lòng chụp ảnh giấy tờ cần bổ sung hoặc ghi chú cho cán bộ.',
    tooLong: 'Ghi chú dài hơn {max} ký tự. Vui lòng rút gọn.',
    send: 'Gửi bổ sung',
    uploading: 'Đang gửi ảnh {done}/{total}…',
    sending: 'Đang gửi bổ sung…',
    failed: 'Chưa gửi được bổ sung',
    done: 'Đã gửi bổ sung',
    doneBody: 'Giấy tờ bổ sung đã được gửi. Hồ sơ được chuyển lại để tiếp tục xử lý.',
  },
  {
    title: 'Send the extra documents',
    photos: 'Photos of the extra documents',
    photosHint: 'Please photograph each page clearly, with all four corners visible.',
    note: 'Note for the officer',
    noteHint: 'For example: which documents are sent, or why one is not available.',
    nothing: 'Please add photos of the documents asked for, or a note for the officer.',
    tooLong: 'The note is longer than {max} characters. Please shorten it.',
    send: 'Send documents',
    uploading: 'Sending photo {done} of {total}…',
    sending: 'Sending…',
    failed: 'The documents could not be sent',
    done: 'Documents sent',
    doneBody: 'The extra documents have been sent. The application goes back to processing.',
  },
);
