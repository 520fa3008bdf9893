// The words of the appointment answer (AppointmentAnswer, AppointmentSlots), in its chunk (see messages.ts).
import { defineDossierMessages } from '../messages';

export const slotMessages = /* @__PURE__ */ defineDossierMessages('dossier.fields.', {
  'slot.loading': 'Đang tải lịch hẹn…',
  'slot.failed': 'Chưa tải được lịch hẹn. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
  'slot.retry': 'Tải lại lịch hẹn',
  'slot.none': 'Chưa có lịch hẹn còn trống trong {days} ngày tới. Vui lòng quay lại sau.',
  'slot.time': '{start} – {end}',
  'slot.left': 'Còn {count} chỗ',
  'slot.full': 'Đã hết chỗ',
  'slot.chosen': 'Đã chọn: {when}',
  'slot.day': 'Ngày',
  'slot.dayName': '{weekday}, {date}',
  'slot.moreDays': 'Xem thêm {count} ngày',
  'slot.times': 'Giờ hẹn',
});
