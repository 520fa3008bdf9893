// Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam (judicial record certificate), at the
// Department of Justice of the fictional Tỉnh Mẫu. Law on Judicial Records 2009 (Art. 44–48:
// who issues, the form, 10 working days; a No. 2 certificate cannot be requested through an
// authorised person). Fees as set by the Ministry of Finance when written (200,000 đ; 100,000 đ
// for students, people with meritorious service and martyrs' relatives; 5,000 đ per copy from
// the third): a province must check them against the circular in force before publishing.
import type { ProcedureDefinition } from '../core/definition/types';
import {
  ETHNICITY_OPTIONS,
  FULL_NAME_PATTERN,
  SCAN_ACCEPT,
  SEX_OPTIONS,
  TINH_MAU,
  text,
} from './shared';

const certificateIs = (kind: string) => ({ eq: [{ var: 'certificateType' }, kind] }) as const;
const reducedFee = { in: [{ var: 'feeGroup' }, ['uu-dai', 'mien']] } as const;

export const judicialRecord: ProcedureDefinition = {
  schemaVersion: 1,
  id: 'cap-phieu-ly-lich-tu-phap',
  version: 1,
  title: text('Cấp Phiếu lý lịch tư pháp', 'Judicial record certificate'),
  summary: text(
    'Cấp Phiếu lý lịch tư pháp số 1 hoặc số 2 cho công dân Việt Nam thường trú hoặc tạm trú tại Tỉnh Mẫu, để xin việc, đi học, xuất cảnh hoặc làm thủ tục khác.',
    'Issue a No. 1 or No. 2 judicial record certificate to a Vietnamese citizen living in Mẫu Province, for a job, studies, travel abroad or another procedure.',
  ),
  sector: text('Lý lịch tư pháp', 'Judicial records'),
  agency: {
    name: text('Sở Tư pháp Tỉnh Mẫu', 'Department of Justice of Mẫu Province'),
    unitCode: TINH_MAU.units.justiceDepartment,
  },
  fee: {
    kind: 'byChoice',
    fieldId: 'feeGroup',
    amounts: { 'thong-thuong': 200_000, 'uu-dai': 100_000, mien: 0 },
    // Paid by transfer (a VietQR code on the dossier). A made-up account of the fictional
    // province: a real one goes here before publishing.
    account: {
      bankBin: '970415',
      accountNumber: '113000012345',
      accountName: 'SO TU PHAP TINH MAU',
    },
    note: text(
      'Từ phiếu thứ 3 trở đi trong một lần yêu cầu, thu thêm 5.000 đồng mỗi phiếu.',
      'From the third copy in one request, 5,000 đồng more per copy.',
    ),
  },
  processingDays: 10,
  legalBasis: [
    text('Luật Lý lịch tư pháp số 28/2009/QH12', 'Law on Judicial Records No. 28/2009/QH12'),
    text(
      'Nghị định số 111/2010/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp',
      'Decree No. 111/2010/NĐ-CP detailing the Law on Judicial Records',
    ),
    text(
      'Thông tư của Bộ Tư pháp ban hành biểu mẫu và mẫu sổ lý lịch tư pháp',
      'The Ministry of Justice circular on judicial record forms and registers',
    ),
    text(
      'Thông tư của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp',
      'The Ministry of Finance circular on the fee for judicial record information',
    ),
  ],
  eligibility: [
    text(
      'Công dân Việt Nam thường trú hoặc tạm trú tại Tỉnh Mẫu.',
      'Vietnamese citizens with permanent or temporary residence in Mẫu Province.',
    ),
    text(
      'Phiếu số 2 chỉ cấp theo yêu cầu của chính người được cấp phiếu.',
      'A No. 2 certificate is issued only at the request of the person it is about.',
    ),
  ],
  documents: [
    {
      id: 'to-khai',
      title: text(
        'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
        'Application form for a judicial record certificate',
      ),
      required: true,
      note: text(
        'Được lập từ thông tin khai trên ứng dụng.',
        'Made from the answers given in the app.',
      ),
    },
    {
      id: 'can-cuoc',
      title: text(
        'Thẻ căn cước của người được cấp phiếu',
        'Citizen ID card of the person the certificate is about',
      ),
      copies: 1,
      required: true,
    },
    {
      id: 'giay-to-uu-dai',
      title: text(
        'Giấy tờ chứng minh thuộc diện giảm hoặc miễn phí',
        'Proof of a fee reduction or exemption',
      ),
      copies: 1,
      required: reducedFee,
      note: text(
        'Ví dụ thẻ sinh viên, giấy chứng nhận người có công, giấy chứng nhận hộ nghèo.',
        'For example a student card, a certificate of meritorious service, a poor-household certificate.',
      ),
    },
    {
      id: 'van-ban-uy-quyen',
      title: text('Văn bản ủy quyền', 'Letter of authorisation'),
      originals: 1,
      required: false,
      note: text(
        'Chỉ cần khi người khác làm thủ tục thay (Phiếu số 1). Cha, mẹ, vợ, chồng, con của người được cấp phiếu không cần văn bản ủy quyền.',
        'Needed only when someone else applies (No. 1 certificate). A parent, spouse or child of the person does not need one.',
      ),
    },
  ],
  onBehalf: {
    allowed: true,
    relationships: [
      {
        value: 'cha-me-vo-chong-con',
        label: text('Cha, mẹ, vợ, chồng hoặc con', 'Parent, spouse or child'),
        hint: text('Không cần văn bản ủy quyền.', 'No letter of authorisation needed.'),
      },
      {
        value: 'uy-quyen',
        label: text('Người được ủy quyền', 'Authorised person'),
        hint: text(
          'Cần văn bản ủy quyền; chỉ với Phiếu số 1.',
          'Needs a letter of authorisation; No. 1 certificates only.',
        ),
      },
    ],
  },
  declaration: text(
    'Tôi xin cam đoan những lời khai trên là đúng sự thật và chịu trách nhiệm về lời khai của mình.',
    'I declare that the statements above are true, and I take responsibility for them.',
  ),
  resultDelivery: ['in_person', 'post', 'online'],
  nextSteps: text(
    'Sở Tư pháp tra cứu thông tin lý lịch tư pháp và cấp phiếu trong 10 ngày làm việc. Ngày hẹn trả kết quả được gửi qua Zalo. Khi nhận phiếu, vui lòng mang theo thẻ căn cước.',
    'The Department of Justice checks the records and issues the certificate within 10 working days. The collection date is sent through Zalo. Bring your citizen ID card when collecting it.',
  ),
  pages: [
    {
      id: 'loai-phieu',
      title: text('Loại phiếu', 'Type of certificate'),
      fields: [
        {
          id: 'certificateType',
          type: 'radio',
          label: text('Cần cấp loại phiếu nào?', 'Which certificate is needed?'),
          required: true,
          options: [
            {
              value: 'so-1',
              label: text('Phiếu lý lịch tư pháp số 1', 'Judicial record certificate No. 1'),
              hint: text(
                'Dùng cho hầu hết hồ sơ xin việc, đi học. Chỉ ghi án tích chưa được xóa.',
                'For most job and study applications. Shows only convictions not yet expunged.',
              ),
            },
            {
              value: 'so-2',
              label: text('Phiếu lý lịch tư pháp số 2', 'Judicial record certificate No. 2'),
              hint: text(
                'Ghi đầy đủ án tích, kể cả án tích đã được xóa.',
                'Shows every conviction, including expunged ones.',
              ),
            },
          ],
        },
        {
          id: 'noAuthorisationNotice',
          type: 'info',
          label: text('Phải tự làm thủ tục', 'Apply in person'),
          body: text(
            'Phiếu số 2 phải do chính người được cấp phiếu yêu cầu, không được ủy quyền cho người khác.',
            'A No. 2 certificate must be requested by the person it is about; it cannot be requested through someone else.',
          ),
          tone: 'warning',
          visibleWhen: certificateIs('so-2'),
        },
        {
          id: 'confirmBans',
          type: 'yesNo',
          label: text(
            'Có cần xác nhận về việc bị cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã không?',
            'Is confirmation of any ban on holding office or founding or managing a company or cooperative needed?',
          ),
          hint: text(
            'Thường cần khi đăng ký thành lập doanh nghiệp.',
            'Usually needed to register a company.',
          ),
          required: true,
          visibleWhen: certificateIs('so-1'),
        },
      ],
    },
    {
      id: 'nguoi-duoc-cap',
      title: text('Người được cấp phiếu', 'The person the certificate is about'),
      fields: [
        {
          id: 'fullName',
          type: 'text',
          label: text('Họ và tên', 'Full name'),
          required: true,
          maxLength: 100,
          pattern: FULL_NAME_PATTERN,
          prefill: 'chip.fullName',
          autocomplete: 'name',
        },
        {
          id: 'formerNames',
          type: 'text',
          label: text('Họ tên gọi khác', 'Other names used'),
          hint: text(
            'Tên đã dùng trước đây hoặc tên thường gọi; cách nhau bằng dấu phẩy.',
            'Earlier or usual names, separated by commas.',
          ),
          maxLength: 200,
        },
        {
          id: 'sex',
          type: 'radio',
          label: text('Giới tính', 'Sex'),
          required: true,
          options: SEX_OPTIONS,
          prefill: 'chip.sex',
        },
        {
          id: 'dateOfBirth',
          type: 'date',
          label: text('Ngày sinh', 'Date of birth'),
          required: true,
          max: 'today',
          prefill: 'chip.dateOfBirth',
          autocomplete: 'bday',
        },
        {
          id: 'placeOfBirth',
          type: 'text',
          label: text('Nơi sinh', 'Place of birth'),
          hint: text('Ghi theo giấy khai sinh.', 'As on the birth certificate.'),
          required: true,
          maxLength: 200,
        },
        {
          id: 'ethnicity',
          type: 'select',
          label: text('Dân tộc', 'Ethnic group'),
          required: true,
          options: ETHNICITY_OPTIONS,
        },
        {
          id: 'cccd',
          type: 'cccd',
          label: text('Số căn cước', 'Citizen ID number'),
          required: true,
          prefill: 'chip.cccd',
          crossCheck: { dateOfBirth: 'dateOfBirth', sex: 'sex' },
        },
        {
          id: 'phone',
          type: 'phone',
          label: text('Số điện thoại di động', 'Mobile phone number'),
          required: true,
          mobileOnly: true,
          prefill: 'profile.phone',
          autocomplete: 'tel',
        },
        {
          id: 'email',
          type: 'email',
          label: text('Email', 'Email'),
          autocomplete: 'email',
        },
      ],
    },
    {
      id: 'noi-cu-tru',
      title: text('Nơi cư trú hiện nay', 'Current residence'),
      fields: [
        {
          id: 'permanentResidence',
          type: 'address',
          label: text('Nơi thường trú', 'Permanent residence'),
          required: true,
        },
        {
          id: 'hasTemporaryResidence',
          type: 'yesNo',
          label: text(
            'Có nơi tạm trú khác nơi thường trú không?',
            'Is there a temporary residence elsewhere?',
          ),
          required: true,
        },
        {
          id: 'temporaryResidence',
          type: 'address',
          label: text('Nơi tạm trú', 'Temporary residence'),
          required: true,
          visibleWhen: { eq: [{ var: 'hasTemporaryResidence' }, true] },
        },
      ],
    },
    {
      id: 'gia-dinh',
      title: text('Cha, mẹ, vợ hoặc chồng', 'Parents and spouse'),
      fields: [
        {
          id: 'fatherName',
          type: 'text',
          label: text('Họ và tên cha', 'Father’s full name'),
          hint: text('Để trống nếu không có thông tin.', 'Leave empty if unknown.'),
          maxLength: 100,
          pattern: FULL_NAME_PATTERN,
        },
        {
          id: 'motherName',
          type: 'text',
          label: text('Họ và tên mẹ', 'Mother’s full name'),
          hint: text('Để trống nếu không có thông tin.', 'Leave empty if unknown.'),
          maxLength: 100,
          pattern: FULL_NAME_PATTERN,
        },
        {
          id: 'spouseName',
          type: 'text',
          label: text('Họ và tên vợ hoặc chồng', 'Spouse’s full name'),
          maxLength: 100,
          pattern: FULL_NAME_PATTERN,
        },
      ],
    },
    {
      id: 'qua-trinh-cu-tru',
      title: text('Quá trình cư trú', 'Places lived'),
      description: text(
        'Nơi đã sống từ khi đủ 14 tuổi đến nay, mỗi nơi một giai đoạn, theo thứ tự thời gian.',
        'Where the person has lived since the age of 14, one period per place, in order.',
      ),
      fields: [
        {
          id: 'residenceHistory',
          type: 'group',
          label: text('Quá trình cư trú', 'Places lived'),
          required: true,
          minItems: 1,
          maxItems: 30,
          itemLabel: text('Giai đoạn {n}', 'Period {n}'),
          addLabel: text('Thêm giai đoạn cư trú', 'Add a period'),
          fields: [
            {
              id: 'from',
              type: 'date',
              label: text('Từ ngày', 'From'),
              required: true,
              max: 'today',
            },
            {
              id: 'untilNow',
              type: 'yesNo',
              label: text('Vẫn sống ở đây đến nay?', 'Still living there?'),
              required: true,
            },
            {
              id: 'to',
              type: 'date',
              label: text('Đến ngày', 'Until'),
              required: true,
              max: 'today',
              visibleWhen: { eq: [{ var: 'untilNow' }, false] },
            },
            {
              id: 'place',
              type: 'text',
              label: text('Nơi cư trú', 'Place of residence'),
              hint: text(
                'Ví dụ: Xã Hòa An, Tỉnh Mẫu.',
                'For example: Hòa An Commune, Mẫu Province.',
              ),
              required: true,
              maxLength: 200,
            },
            {
              id: 'occupation',
              type: 'text',
              label: text('Nghề nghiệp, nơi làm việc', 'Occupation and workplace'),
              hint: text(
                'Ví dụ: Học sinh, Trường THPT Hòa An.',
                'For example: Pupil, Hòa An High School.',
              ),
              required: true,
              maxLength: 200,
            },
          ],
          rules: [
            {
              id: 'den-sau-tu',
              assert: { gte: [{ var: 'to' }, { var: 'from' }] },
              fields: ['to'],
              message: text(
                'Ngày kết thúc phải sau ngày bắt đầu của giai đoạn này.',
                'The end date must be after the start date of this period.',
              ),
            },
          ],
        },
      ],
    },
    {
      id: 'muc-dich',
      title: text('Mục đích và số lượng phiếu', 'Purpose and number of copies'),
      fields: [
        {
          id: 'purpose',
          type: 'textarea',
          label: text('Mục đích sử dụng phiếu', 'What the certificate is for'),
          hint: text('Ví dụ: bổ sung hồ sơ xin việc.', 'For example: a job application.'),
          required: true,
          maxLength: 300,
        },
        {
          id: 'copies',
          type: 'number',
          label: text('Số lượng phiếu cần cấp', 'Number of copies'),
          hint: text(
            'Từ phiếu thứ 3 trở đi thu thêm 5.000 đồng mỗi phiếu.',
            'From the third copy, 5,000 đồng more each.',
          ),
          required: true,
          integer: true,
          min: 1,
          max: 10,
          unit: text('phiếu', 'copies'),
        },
      ],
    },
    {
      id: 'phi',
      title: text('Phí cung cấp thông tin lý lịch tư pháp', 'Judicial record fee'),
      fields: [
        {
          id: 'feeGroup',
          type: 'radio',
          label: text(
            'Người được cấp phiếu thuộc trường hợp nào?',
            'Which case applies to the person?',
          ),
          required: true,
          options: [
            {
              value: 'thong-thuong',
              label: text(
                'Không thuộc diện giảm, miễn phí: 200.000 đồng',
                'No reduction: 200,000 đồng',
              ),
            },
            {
              value: 'uu-dai',
              label: text(
                'Sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng',
                'Student, person with meritorious service, martyr’s relative: 100,000 đồng',
              ),
            },
            {
              value: 'mien',
              label: text('Được miễn phí: 0 đồng', 'Exempt: 0 đồng'),
              hint: text(
                'Trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo, người cư trú tại xã đặc biệt khó khăn.',
                'Children, older people, people with disabilities, poor households, residents of communes with special difficulties.',
              ),
            },
          ],
        },
        {
          id: 'feeProofScan',
          type: 'file',
          label: text(
            'Giấy tờ chứng minh diện giảm hoặc miễn phí',
            'Proof of the reduction or exemption',
          ),
          required: true,
          maxFiles: 3,
          accept: SCAN_ACCEPT,
          documentId: 'giay-to-uu-dai',
          visibleWhen: reducedFee,
        },
      ],
    },
    {
      id: 'giay-to',
      title: text('Ảnh thẻ căn cước', 'Photo of the citizen ID card'),
      fields: [
        {
          id: 'cccdPhotos',
          type: 'photo',
          label: text('Ảnh hai mặt thẻ căn cước', 'Photos of both sides of the citizen ID card'),
          hint: text(
            'Chụp mặt trước và mặt sau, rõ chữ, không bị lóa.',
            'The front and the back, readable, without glare.',
          ),
          required: true,
          minFiles: 2,
          maxFiles: 2,
          documentId: 'can-cuoc',
        },
      ],
    },
  ],
};
