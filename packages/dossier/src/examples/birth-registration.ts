// Đăng ký khai sinh (mã TTHC 1.001193), at a commune People's Committee of the fictional Tỉnh
// Mẫu. Rules from the Law on Civil Status 2014 (Art. 15–16: who registers, within 60 days,
// birth certificate or a witness's statement or a written commitment) and Decree
// 123/2015/NĐ-CP (authorisation). Fee-free when on time (Law on Civil Status, Art. 11).
import type { Field, ProcedureDefinition } from '../core/definition/types';
import {
  ETHNICITY_OPTIONS,
  FULL_NAME_PATTERN,
  SCAN_ACCEPT,
  SEX_OPTIONS,
  TINH_MAU,
  text,
} from './shared';

const fatherKnown = { eq: [{ var: 'fatherKnown' }, true] } as const;
const married = { eq: [{ var: 'parentsMarried' }, 'da-dang-ky'] } as const;
const proofIs = (kind: string) => ({ eq: [{ var: 'birthProofKind' }, kind] }) as const;

/** Name, date of birth, ethnicity, CCCD and residence of a parent: the same questions twice. */
function parentFields(who: 'mother' | 'father', vi: string, en: string): Field[] {
  return [
    {
      id: `${who}FullName`,
      type: 'text',
      label: text(`Họ, chữ đệm và tên của ${vi}`, `${en}'s full name`),
      required: true,
      maxLength: 100,
      pattern: FULL_NAME_PATTERN,
      autocomplete: 'off',
    },
    {
      id: `${who}DateOfBirth`,
      type: 'date',
      label: text(`Ngày sinh của ${vi}`, `${en}'s date of birth`),
      required: true,
      max: 'today',
    },
    {
      id: `${who}Ethnicity`,
      type: 'select',
      label: text(`Dân tộc của ${vi}`, `${en}'s ethnic group`),
      required: true,
      options: ETHNICITY_OPTIONS,
    },
    {
      id: `${who}Cccd`,
      type: 'cccd',
      label: text(`Số căn cước của ${vi}`, `${en}'s citizen ID number`),
      hint: text(
        '12 chữ số in trên thẻ căn cước.',
        'The 12 digits printed on the citizen ID card.',
      ),
      required: true,
      crossCheck: { dateOfBirth: `${who}DateOfBirth` },
    },
    {
      id: `${who}Residence`,
      type: 'address',
      label: text(`Nơi cư trú của ${vi}`, `${en}'s place of residence`),
      required: true,
    },
  ];
}

export const birthRegistration: ProcedureDefinition = {
  schemaVersion: 1,
  id: 'dang-ky-khai-sinh',
  version: 1,
  nationalCode: '1.001193',
  title: text('Đăng ký khai sinh', 'Birth registration'),
  summary: text(
    'Đăng ký khai sinh cho trẻ sinh ra tại Việt Nam có cha, mẹ là công dân Việt Nam. Trẻ được cấp Giấy khai sinh và số định danh cá nhân.',
    'Register the birth of a child born in Viet Nam to Vietnamese parents. The child gets a birth certificate and a personal identification number.',
  ),
  sector: text('Hộ tịch', 'Civil status'),
  agency: {
    name: text(
      'Ủy ban nhân dân xã Hòa An, Tỉnh Mẫu',
      'People’s Committee of Hòa An Commune, Mẫu Province',
    ),
    unitCode: TINH_MAU.units.communeHoaAn,
  },
  fee: {
    kind: 'fixed',
    amount: 0,
    note: text(
      'Miễn lệ phí khi đăng ký đúng hạn, trong 60 ngày kể từ ngày sinh. Đăng ký quá hạn nộp lệ phí theo mức do Hội đồng nhân dân tỉnh quy định.',
      'Free when registered within 60 days of the birth. Late registration pays the fee set by the Provincial People’s Council.',
    ),
  },
  processingDays: 0,
  legalBasis: [
    text('Luật Hộ tịch số 60/2014/QH13', 'Law on Civil Status No. 60/2014/QH13'),
    text(
      'Nghị định số 123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
      'Decree No. 123/2015/NĐ-CP detailing the Law on Civil Status',
    ),
    text(
      'Nghị định số 87/2020/NĐ-CP quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến',
      'Decree No. 87/2020/NĐ-CP on the electronic civil status database and online registration',
    ),
    text(
      'Thông tư số 04/2020/TT-BTP quy định chi tiết thi hành Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
      'Circular No. 04/2020/TT-BTP detailing the Law on Civil Status and Decree No. 123/2015/NĐ-CP',
    ),
  ],
  eligibility: [
    text('Cha hoặc mẹ của trẻ.', 'The child’s father or mother.'),
    text(
      'Ông, bà hoặc người thân thích khác khi cha, mẹ không thể đi đăng ký; cá nhân, tổ chức đang nuôi dưỡng trẻ.',
      'A grandparent or other relative when the parents cannot register; a person or organisation raising the child.',
    ),
    text(
      'Người được cha hoặc mẹ ủy quyền bằng văn bản.',
      'A person authorised in writing by a parent.',
    ),
  ],
  documents: [
    {
      id: 'to-khai',
      title: text('Tờ khai đăng ký khai sinh', 'Birth registration form'),
      required: true,
      note: text(
        'Được lập từ thông tin khai trên ứng dụng.',
        'Made from the answers given in the app.',
      ),
    },
    {
      id: 'giay-chung-sinh',
      title: text('Giấy chứng sinh', 'Certificate of birth from the health facility'),
      originals: 1,
      required: proofIs('giay-chung-sinh'),
    },
    {
      id: 'van-ban-lam-chung',
      title: text(
        'Văn bản của người làm chứng xác nhận về việc sinh',
        'Written statement of a witness to the birth',
      ),
      originals: 1,
      required: proofIs('van-ban-lam-chung'),
    },
    {
      id: 'giay-cam-doan',
      title: text('Giấy cam đoan về việc sinh', 'Written commitment about the birth'),
      originals: 1,
      required: proofIs('giay-cam-doan'),
    },
    {
      id: 'chung-cu-cha-con',
      title: text(
        'Chứng cứ chứng minh quan hệ cha, con',
        'Evidence of the father–child relationship',
      ),
      required: { and: [fatherKnown, { eq: [{ var: 'parentsMarried' }, 'chua-dang-ky'] }] },
      note: text(
        'Khi cha, mẹ chưa đăng ký kết hôn: khai sinh kết hợp với nhận cha, con.',
        'When the parents are not married: the birth is registered together with the recognition of the father.',
      ),
    },
    {
      id: 'giay-chung-nhan-ket-hon',
      title: text('Giấy chứng nhận kết hôn của cha, mẹ', 'The parents’ marriage certificate'),
      copies: 1,
      required: false,
      note: text(
        'Không phải nộp nếu thông tin kết hôn đã có trong Cơ sở dữ liệu hộ tịch điện tử.',
        'Not needed when the marriage is already in the electronic civil status database.',
      ),
    },
    {
      id: 'van-ban-uy-quyen',
      title: text('Văn bản ủy quyền có chứng thực', 'Certified letter of authorisation'),
      originals: 1,
      required: { eq: [{ var: 'applicantRelationship' }, 'uy-quyen'] },
    },
  ],
  declaration: text(
    'Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.',
    'I declare that the information above is true, and I take legal responsibility for this declaration.',
  ),
  resultDelivery: ['in_person', 'post', 'online'],
  nextSteps: text(
    'Công chức tư pháp - hộ tịch kiểm tra hồ sơ. Hồ sơ đầy đủ được giải quyết ngay trong ngày; hồ sơ nhận sau 15 giờ được trả trong ngày làm việc tiếp theo. Khi nhận Giấy khai sinh, vui lòng mang theo bản chính các giấy tờ đã tải lên để đối chiếu.',
    'The civil status officer checks the application. A complete one is decided the same day; one received after 3 p.m. the next working day. When collecting the birth certificate, bring the originals of the documents uploaded.',
  ),
  pages: [
    {
      id: 'nguoi-yeu-cau',
      title: text('Người đi đăng ký khai sinh', 'Who is registering the birth'),
      fields: [
        {
          id: 'applicantRelationship',
          type: 'radio',
          label: text('Quan hệ với trẻ', 'Relationship to the child'),
          required: true,
          options: [
            { value: 'cha', label: text('Cha', 'Father') },
            { value: 'me', label: text('Mẹ', 'Mother') },
            { value: 'ong-ba', label: text('Ông, bà', 'Grandparent') },
            {
              value: 'nguoi-than',
              label: text('Người thân thích khác', 'Other relative'),
              hint: text(
                'Anh, chị, cô, dì, chú, bác… của trẻ.',
                'Sibling, aunt, uncle… of the child.',
              ),
            },
            {
              value: 'uy-quyen',
              label: text('Người được cha hoặc mẹ ủy quyền', 'Authorised by a parent'),
            },
          ],
        },
        {
          id: 'authorisationNotice',
          type: 'info',
          label: text('Cần văn bản ủy quyền', 'A letter of authorisation is needed'),
          body: text(
            'Người được ủy quyền cần văn bản ủy quyền có chứng thực của cha hoặc mẹ và tải lên ở bước Giấy tờ.',
            'An authorised person needs a certified letter of authorisation from a parent, uploaded at the Documents step.',
          ),
          tone: 'warning',
          visibleWhen: { eq: [{ var: 'applicantRelationship' }, 'uy-quyen'] },
        },
        {
          id: 'applicantName',
          type: 'text',
          label: text('Họ và tên người đi đăng ký', 'Full name of the person registering'),
          required: true,
          maxLength: 100,
          pattern: FULL_NAME_PATTERN,
          prefill: 'profile.name',
          autocomplete: 'name',
        },
        {
          id: 'applicantCccd',
          type: 'cccd',
          label: text(
            'Số căn cước của người đi đăng ký',
            'Citizen ID number of the person registering',
          ),
          required: true,
          prefill: 'chip.cccd',
        },
        {
          id: 'applicantPhone',
          type: 'phone',
          label: text('Số điện thoại di động', 'Mobile phone number'),
          hint: text('Để cơ quan báo kết quả.', 'So that the office can tell you the result.'),
          required: true,
          mobileOnly: true,
          prefill: 'profile.phone',
          autocomplete: 'tel',
        },
      ],
    },
    {
      id: 'tre-em',
      title: text('Thông tin của trẻ', 'About the child'),
      fields: [
        {
          id: 'childFullName',
          type: 'text',
          label: text('Họ, chữ đệm và tên của trẻ', 'Child’s full name'),
          hint: text(
            'Viết đầy đủ, có dấu, ví dụ Nguyễn Thị Mai Anh.',
            'In full, with diacritics, like Nguyễn Thị Mai Anh.',
          ),
          required: true,
          maxLength: 100,
          pattern: FULL_NAME_PATTERN,
          autocomplete: 'off',
        },
        {
          id: 'childSex',
          type: 'radio',
          label: text('Giới tính của trẻ', 'Child’s sex'),
          required: true,
          options: SEX_OPTIONS,
        },
        {
          id: 'childDateOfBirth',
          type: 'date',
          label: text('Ngày sinh của trẻ', 'Child’s date of birth'),
          required: true,
          max: 'today',
          showLunar: true,
        },
        {
          id: 'lateNotice',
          type: 'info',
          label: text('Đăng ký quá hạn', 'Late registration'),
          body: text(
            'Đã quá 60 ngày kể từ ngày sinh. Vẫn đăng ký được; cơ quan có thể thu lệ phí đăng ký quá hạn theo quy định của tỉnh.',
            'More than 60 days have passed since the birth. Registration is still possible; the office may charge the late registration fee set by the province.',
          ),
          tone: 'warning',
          visibleWhen: { lt: [{ var: 'childDateOfBirth' }, { today: { offsetDays: -60 } }] },
        },
        {
          id: 'childEthnicity',
          type: 'select',
          label: text('Dân tộc của trẻ', 'Child’s ethnic group'),
          hint: text(
            'Theo dân tộc của cha hoặc mẹ.',
            'The ethnic group of the father or the mother.',
          ),
          required: true,
          options: ETHNICITY_OPTIONS,
        },
        {
          id: 'childHometown',
          type: 'text',
          label: text('Quê quán của trẻ', 'Child’s home town'),
          hint: text(
            'Theo quê quán của cha hoặc mẹ, ví dụ Xã Hòa An, Tỉnh Mẫu.',
            'The home town of the father or the mother, like Hòa An Commune, Mẫu Province.',
          ),
          required: true,
          maxLength: 200,
        },
      ],
    },
    {
      id: 'noi-sinh',
      title: text('Nơi sinh của trẻ', 'Where the child was born'),
      fields: [
        {
          id: 'placeOfBirthKind',
          type: 'radio',
          label: text('Trẻ được sinh ở đâu?', 'Where was the child born?'),
          required: true,
          options: [
            {
              value: 'co-so-y-te',
              label: text(
                'Tại bệnh viện, trạm y tế hoặc cơ sở y tế khác',
                'At a hospital, health station or other health facility',
              ),
            },
            {
              value: 'noi-khac',
              label: text('Nơi khác, ví dụ tại nhà', 'Somewhere else, for example at home'),
            },
          ],
        },
        {
          id: 'birthFacility',
          type: 'text',
          label: text('Tên cơ sở y tế', 'Name of the health facility'),
          hint: text(
            'Ví dụ: Bệnh viện Đa khoa Tỉnh Mẫu.',
            'For example: Mẫu Province General Hospital.',
          ),
          required: true,
          maxLength: 200,
          visibleWhen: { eq: [{ var: 'placeOfBirthKind' }, 'co-so-y-te'] },
        },
        {
          id: 'placeOfBirth',
          type: 'address',
          label: text('Xã, phường và tỉnh, thành phố nơi sinh', 'Commune and province of birth'),
          required: true,
          street: false,
        },
      ],
    },
    {
      id: 'me',
      title: text('Thông tin của người mẹ', 'About the mother'),
      fields: parentFields('mother', 'mẹ', 'Mother'),
    },
    {
      id: 'cha-xac-dinh',
      fields: [
        {
          id: 'fatherKnown',
          type: 'yesNo',
          label: text('Đã xác định được người cha của trẻ chưa?', 'Is the child’s father known?'),
          hint: text(
            'Chọn Không nếu chưa xác định được cha: phần thông tin về cha trên Giấy khai sinh để trống.',
            'Choose No if the father is not known: the father’s part of the birth certificate stays empty.',
          ),
          required: true,
        },
      ],
    },
    {
      id: 'cha',
      title: text('Thông tin của người cha', 'About the father'),
      visibleWhen: fatherKnown,
      fields: parentFields('father', 'cha', 'Father'),
    },
    {
      id: 'hon-nhan',
      visibleWhen: fatherKnown,
      fields: [
        {
          id: 'parentsMarried',
          type: 'radio',
          label: text(
            'Cha, mẹ của trẻ đã đăng ký kết hôn chưa?',
            'Are the child’s parents married?',
          ),
          required: true,
          options: [
            {
              value: 'da-dang-ky',
              label: text('Đã đăng ký kết hôn', 'Yes, they registered their marriage'),
            },
            {
              value: 'chua-dang-ky',
              label: text('Chưa đăng ký kết hôn', 'No, their marriage is not registered'),
              hint: text(
                'Khai sinh kết hợp với nhận cha, con.',
                'The father recognises the child at the same time.',
              ),
            },
          ],
        },
      ],
    },
    {
      id: 'giay-to',
      title: text('Giấy tờ', 'Documents'),
      description: text(
        'Chụp rõ từng trang, đủ bốn góc, không bị lóa.',
        'Photograph each page clearly, with all four corners and no glare.',
      ),
      fields: [
        {
          id: 'birthProofKind',
          type: 'radio',
          label: text('Giấy tờ chứng minh việc sinh', 'Proof of the birth'),
          required: true,
          options: [
            {
              value: 'giay-chung-sinh',
              label: text('Giấy chứng sinh', 'Certificate of birth from the health facility'),
            },
            {
              value: 'van-ban-lam-chung',
              label: text('Văn bản của người làm chứng', 'Statement of a witness'),
              hint: text('Khi không có giấy chứng sinh.', 'When there is no certificate of birth.'),
            },
            {
              value: 'giay-cam-doan',
              label: text('Giấy cam đoan về việc sinh', 'Written commitment about the birth'),
              hint: text(
                'Khi không có giấy chứng sinh và người làm chứng.',
                'When there is neither a certificate nor a witness.',
              ),
            },
          ],
        },
        {
          id: 'birthCertificateScan',
          type: 'file',
          label: text('Giấy chứng sinh', 'Certificate of birth'),
          required: true,
          maxFiles: 2,
          accept: SCAN_ACCEPT,
          documentId: 'giay-chung-sinh',
          visibleWhen: proofIs('giay-chung-sinh'),
        },
        {
          id: 'witnessStatementScan',
          type: 'file',
          label: text('Văn bản của người làm chứng', 'Statement of the witness'),
          required: true,
          maxFiles: 3,
          accept: SCAN_ACCEPT,
          documentId: 'van-ban-lam-chung',
          visibleWhen: proofIs('van-ban-lam-chung'),
        },
        {
          id: 'commitmentScan',
          type: 'file',
          label: text('Giấy cam đoan về việc sinh', 'Written commitment about the birth'),
          required: true,
          maxFiles: 3,
          accept: SCAN_ACCEPT,
          documentId: 'giay-cam-doan',
          visibleWhen: proofIs('giay-cam-doan'),
        },
        {
          id: 'paternityEvidenceScan',
          type: 'file',
          label: text(
            'Chứng cứ chứng minh quan hệ cha, con',
            'Evidence of the father–child relationship',
          ),
          hint: text('Ví dụ kết quả xét nghiệm ADN.', 'For example a DNA test result.'),
          required: true,
          maxFiles: 5,
          accept: SCAN_ACCEPT,
          documentId: 'chung-cu-cha-con',
          visibleWhen: { and: [fatherKnown, { eq: [{ var: 'parentsMarried' }, 'chua-dang-ky'] }] },
        },
        {
          id: 'marriageCertificateScan',
          type: 'file',
          label: text('Giấy chứng nhận kết hôn của cha, mẹ', 'The parents’ marriage certificate'),
          hint: text(
            'Cần khi việc kết hôn chưa có trong Cơ sở dữ liệu hộ tịch điện tử.',
            'Needed when the marriage is not yet in the electronic civil status database.',
          ),
          maxFiles: 2,
          accept: SCAN_ACCEPT,
          documentId: 'giay-chung-nhan-ket-hon',
          visibleWhen: { and: [fatherKnown, married] },
        },
        {
          id: 'authorisationScan',
          type: 'file',
          label: text('Văn bản ủy quyền có chứng thực', 'Certified letter of authorisation'),
          required: true,
          maxFiles: 3,
          accept: SCAN_ACCEPT,
          documentId: 'van-ban-uy-quyen',
          visibleWhen: { eq: [{ var: 'applicantRelationship' }, 'uy-quyen'] },
        },
        {
          id: 'extractCopies',
          type: 'number',
          label: text(
            'Số bản sao Trích lục khai sinh cần cấp',
            'Copies of the birth extract wanted',
          ),
          hint: text(
            'Bản sao có thu phí theo quy định; có thể để 0.',
            'Copies are charged as regulated; 0 is fine.',
          ),
          integer: true,
          min: 0,
          max: 10,
          unit: text('bản', 'copies'),
        },
      ],
    },
  ],
  rules: [
    {
      id: 'me-sinh-truoc-con',
      assert: { lt: [{ var: 'motherDateOfBirth' }, { var: 'childDateOfBirth' }] },
      fields: ['motherDateOfBirth'],
      message: text(
        'Ngày sinh của người mẹ phải trước ngày sinh của trẻ. Vui lòng kiểm tra lại.',
        'The mother’s date of birth must be before the child’s. Check it.',
      ),
    },
    {
      id: 'cha-sinh-truoc-con',
      assert: { lt: [{ var: 'fatherDateOfBirth' }, { var: 'childDateOfBirth' }] },
      fields: ['fatherDateOfBirth'],
      message: text(
        'Ngày sinh của người cha phải trước ngày sinh của trẻ. Vui lòng kiểm tra lại.',
        'The father’s date of birth must be before the child’s. Check it.',
      ),
    },
    {
      id: 'cha-du-tuoi-ket-hon',
      when: married,
      assert: { gte: [{ yearsSince: { var: 'fatherDateOfBirth' } }, 20] },
      fields: ['fatherDateOfBirth'],
      message: text(
        'Nam chỉ được kết hôn khi đủ 20 tuổi (Luật Hôn nhân và gia đình). Vui lòng kiểm tra lại ngày sinh của người cha hoặc việc cha, mẹ đã đăng ký kết hôn.',
        'A man may marry only from the age of 20 (Law on Marriage and Family). Check the father’s date of birth, or whether the parents are married.',
      ),
    },
    {
      id: 'me-du-tuoi-ket-hon',
      when: { and: [fatherKnown, married] },
      assert: { gte: [{ yearsSince: { var: 'motherDateOfBirth' } }, 18] },
      fields: ['motherDateOfBirth'],
      message: text(
        'Nữ chỉ được kết hôn khi đủ 18 tuổi (Luật Hôn nhân và gia đình). Vui lòng kiểm tra lại ngày sinh của người mẹ hoặc việc cha, mẹ đã đăng ký kết hôn.',
        'A woman may marry only from the age of 18 (Law on Marriage and Family). Check the mother’s date of birth, or whether the parents are married.',
      ),
    },
  ],
};
