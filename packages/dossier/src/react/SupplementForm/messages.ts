// Answering a "Yêu cầu bổ sung": the words (Vietnamese; English in src/locales/en.ts).
// Full keys `dossier.supplement.<key>`.
import { defineDossierMessages } from '../messages';

export const supplementFormMessages = /* @__PURE__ */ defineDossierMessages('dossier.supplement.', {
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
});
