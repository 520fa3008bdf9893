// Đặt lịch đăng kiểm xe cơ giới (booking a motor-vehicle inspection) at the inspection centre of
// the fictional Tỉnh Mẫu. Not a procedure with a national code: a service that books a slot, so
// the fee is paid at the centre (set by vehicle type) and the result is the inspection itself.
import type { ProcedureDefinition } from '../core/definition/types';
import { FULL_NAME_PATTERN, SCAN_ACCEPT, TINH_MAU, text } from './shared';

const modified = { eq: [{ var: 'inspectionType' }, 'sau-cai-tao'] } as const;

export const vehicleInspection: ProcedureDefinition = {
  schemaVersion: 1,
  id: 'dat-lich-dang-kiem',
  version: 1,
  title: text('Đặt lịch đăng kiểm xe cơ giới', 'Book a motor vehicle inspection'),
  summary: text(
    'Chọn ngày giờ đưa xe ô tô, rơ moóc đến kiểm định an toàn kỹ thuật và bảo vệ môi trường, để không phải xếp hàng chờ.',
    'Choose when to bring a car, truck or trailer for its safety and emissions inspection, so there is no queue.',
  ),
  sector: text('Đăng kiểm', 'Vehicle inspection'),
  agency: {
    name: text(
      'Trung tâm Đăng kiểm xe cơ giới Tỉnh Mẫu',
      'Mẫu Province Motor Vehicle Inspection Centre',
    ),
    unitCode: TINH_MAU.units.inspectionCentre,
  },
  fee: {
    kind: 'assessed',
    note: text(
      'Giá dịch vụ kiểm định và lệ phí cấp giấy chứng nhận theo loại xe, nộp tại trung tâm khi kiểm định.',
      'The inspection price and certificate fee depend on the vehicle type and are paid at the centre.',
    ),
  },
  processingDays: 0,
  legalBasis: [
    text(
      'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15',
      'Law on Road Traffic Order and Safety No. 36/2024/QH15',
    ),
    text(
      'Thông tư số 47/2024/TT-BGTVT quy định trình tự, thủ tục kiểm định xe cơ giới',
      'Circular No. 47/2024/TT-BGTVT on motor vehicle inspection procedures',
    ),
  ],
  eligibility: [
    text(
      'Chủ xe hoặc người được chủ xe giao đưa xe đến kiểm định.',
      'The owner, or the person the owner sends with the vehicle.',
    ),
  ],
  documents: [
    {
      id: 'giay-dang-ky-xe',
      title: text('Giấy chứng nhận đăng ký xe', 'Vehicle registration certificate'),
      originals: 1,
      required: true,
      note: text(
        'Mang bản chính khi đưa xe đến; có thể thay bằng giấy hẹn cấp đăng ký xe.',
        'Bring the original with the vehicle; a registration appointment slip is also accepted.',
      ),
    },
    {
      id: 'giay-chung-nhan-cai-tao',
      title: text(
        'Giấy chứng nhận chất lượng an toàn kỹ thuật và bảo vệ môi trường xe cơ giới cải tạo',
        'Certificate for the modified vehicle',
      ),
      originals: 1,
      required: modified,
    },
  ],
  onBehalf: {
    allowed: true,
    relationships: [
      { value: 'nguoi-than', label: text('Người thân của chủ xe', 'A relative of the owner') },
      {
        value: 'lai-xe',
        label: text(
          'Người lái xe hoặc nhân viên của chủ xe',
          'The driver or an employee of the owner',
        ),
      },
    ],
  },
  declaration: text(
    'Tôi cam đoan thông tin về xe và chủ xe nêu trên là đúng sự thật.',
    'I declare that the information about the vehicle and its owner is true.',
  ),
  resultDelivery: ['in_person'],
  cancellable: true,
  nextSteps: text(
    'Trung tâm gửi xác nhận lịch hẹn qua Zalo. Vui lòng đưa xe đến trước giờ hẹn 15 phút, mang theo giấy đăng ký xe bản chính và thẻ căn cước của người đưa xe đến. Nếu không đến được, vui lòng hủy lịch để nhường chỗ cho người khác.',
    'The centre confirms the booking through Zalo. Arrive 15 minutes early with the original registration certificate and the ID card of the person bringing the vehicle. If you cannot come, cancel the booking so that someone else can have the slot.',
  ),
  pages: [
    {
      id: 'xe',
      title: text('Thông tin xe', 'The vehicle'),
      fields: [
        {
          id: 'plate',
          type: 'plate',
          label: text('Biển số xe', 'Number plate'),
          hint: text('Ví dụ: 99A-123.45.', 'For example: 99A-123.45.'),
          required: true,
        },
        {
          id: 'vehicleType',
          type: 'select',
          label: text('Loại xe', 'Vehicle type'),
          required: true,
          options: [
            {
              value: 'o-to-con',
              label: text(
                'Ô tô chở người đến 9 chỗ (kể cả người lái)',
                'Passenger car, up to 9 seats (driver included)',
              ),
            },
            {
              value: 'o-to-khach',
              label: text('Ô tô chở người trên 9 chỗ', 'Bus or coach, more than 9 seats'),
            },
            {
              value: 'o-to-tai',
              label: text('Ô tô tải, ô tô chuyên dùng', 'Truck or special-purpose vehicle'),
            },
            { value: 'dau-keo', label: text('Ô tô đầu kéo', 'Tractor unit') },
            { value: 'ro-moc', label: text('Rơ moóc, sơ mi rơ moóc', 'Trailer or semi-trailer') },
          ],
        },
        {
          id: 'inspectionType',
          type: 'radio',
          label: text('Loại kiểm định', 'Type of inspection'),
          required: true,
          options: [
            { value: 'dinh-ky', label: text('Kiểm định định kỳ', 'Periodic inspection') },
            {
              value: 'lan-dau',
              label: text('Kiểm định lần đầu', 'First inspection'),
              hint: text(
                'Xe mới đăng ký hoặc chưa từng kiểm định.',
                'A newly registered or never inspected vehicle.',
              ),
            },
            {
              value: 'sau-cai-tao',
              label: text('Kiểm định sau cải tạo', 'Inspection after modification'),
            },
          ],
        },
        {
          id: 'commercialTransport',
          type: 'yesNo',
          label: text(
            'Xe có dùng để kinh doanh vận tải không?',
            'Is the vehicle used for commercial transport?',
          ),
          required: true,
        },
      ],
    },
    {
      id: 'chu-xe',
      title: text('Chủ xe', 'The owner'),
      fields: [
        {
          id: 'ownerName',
          type: 'text',
          label: text('Họ và tên chủ xe', 'Owner’s full name'),
          hint: text('Như trên giấy đăng ký xe.', 'As on the registration certificate.'),
          required: true,
          maxLength: 100,
          pattern: FULL_NAME_PATTERN,
          prefill: 'chip.fullName',
          autocomplete: 'name',
        },
        {
          id: 'ownerCccd',
          type: 'cccd',
          label: text('Số căn cước của chủ xe', 'Owner’s citizen ID number'),
          required: true,
          prefill: 'chip.cccd',
        },
        {
          id: 'ownerPhone',
          type: 'phone',
          label: text('Số điện thoại di động', 'Mobile phone number'),
          hint: text(
            'Để trung tâm báo khi lịch hẹn thay đổi.',
            'So that the centre can tell you about changes.',
          ),
          required: true,
          mobileOnly: true,
          prefill: 'profile.phone',
          autocomplete: 'tel',
        },
      ],
    },
    {
      id: 'lich-hen',
      title: text('Lịch hẹn', 'Appointment'),
      fields: [
        {
          id: 'slot',
          type: 'appointment',
          label: text('Ngày giờ đưa xe đến', 'When to bring the vehicle'),
          required: true,
          horizonDays: 30,
        },
        {
          id: 'note',
          type: 'textarea',
          label: text('Ghi chú cho trung tâm', 'Note for the centre'),
          maxLength: 500,
        },
      ],
    },
    {
      id: 'giay-to',
      title: text('Giấy tờ', 'Documents'),
      fields: [
        {
          id: 'registrationPhotos',
          type: 'photo',
          label: text('Ảnh giấy đăng ký xe', 'Photo of the registration certificate'),
          hint: text(
            'Giúp trung tâm chuẩn bị trước; vẫn cần mang bản chính.',
            'Helps the centre prepare; still bring the original.',
          ),
          maxFiles: 2,
          documentId: 'giay-dang-ky-xe',
        },
        {
          id: 'modificationCertificate',
          type: 'file',
          label: text('Giấy chứng nhận xe cải tạo', 'Certificate for the modified vehicle'),
          required: true,
          maxFiles: 3,
          accept: SCAN_ACCEPT,
          documentId: 'giay-chung-nhan-cai-tao',
          visibleWhen: modified,
        },
      ],
    },
  ],
};
