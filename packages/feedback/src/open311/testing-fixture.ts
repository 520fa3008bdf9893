// The services the test GeoReport v2 server offers by default: one of each kind the spec
// names (realtime, batch, blackbox), with and without a service definition, one with a
// required attribute (so a client must either answer it or leave the service out).

export interface GeoReportServiceFixture {
  readonly service_code: string;
  readonly service_name: string;
  readonly description: string;
  readonly metadata: boolean;
  readonly type: 'realtime' | 'batch' | 'blackbox';
  readonly keywords: string;
  readonly group: string;
}

export interface GeoReportAttributeFixture {
  readonly variable: boolean;
  readonly code: string;
  readonly datatype:
    | 'string'
    | 'number'
    | 'datetime'
    | 'text'
    | 'singlevaluelist'
    | 'multivaluelist';
  readonly required: boolean;
  readonly datatype_description: string | null;
  readonly order: number;
  readonly description: string;
  readonly values?: readonly { readonly key: string; readonly name: string }[];
}

export const GEOREPORT_SERVICES: readonly GeoReportServiceFixture[] = [
  {
    service_code: 'o-ga',
    service_name: 'Ổ gà, hư hỏng mặt đường',
    description: 'Ổ gà, sụt lún, nứt vỡ mặt đường và vỉa hè',
    metadata: false,
    type: 'realtime',
    keywords: 'đường, ổ gà, sụt lún, vỉa hè',
    group: 'Hạ tầng',
  },
  {
    service_code: 'ngap-ung',
    service_name: 'Ngập úng',
    description: 'Đường ngập sau mưa, cống thoát nước tắc',
    metadata: true,
    type: 'realtime',
    keywords: 'ngập, thoát nước',
    group: 'Môi trường',
  },
  {
    service_code: 'rac-thai',
    service_name: 'Rác thải, vệ sinh môi trường',
    description: 'Rác tồn đọng, đổ rác không đúng nơi quy định',
    metadata: false,
    type: 'batch',
    keywords: 'rác, vệ sinh',
    group: 'Môi trường',
  },
  {
    service_code: 'den-duong',
    service_name: 'Đèn đường hỏng',
    description: 'Đèn chiếu sáng công cộng không sáng',
    metadata: true,
    type: 'realtime',
    keywords: 'đèn đường, chiếu sáng',
    group: 'Hạ tầng',
  },
  {
    service_code: 'gop-y',
    service_name: 'Góp ý chung',
    description: 'Ý kiến về thủ tục, thái độ phục vụ',
    metadata: false,
    type: 'blackbox',
    keywords: '',
    group: '',
  },
];

export const GEOREPORT_DEFINITIONS: Readonly<Record<string, readonly GeoReportAttributeFixture[]>> =
  {
    'ngap-ung': [
      {
        variable: false,
        code: 'khan-cap',
        datatype: 'string',
        required: false,
        datatype_description: null,
        order: 1,
        description: 'Trường hợp khẩn cấp, vui lòng gọi 114.',
      },
      {
        variable: true,
        code: 'muc-do',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: null,
        order: 2,
        description: 'Nước ngập đến đâu?',
        values: [
          { key: 'mat-ca', name: 'Mắt cá chân' },
          { key: 'dau-goi', name: 'Đầu gối' },
        ],
      },
      {
        variable: true,
        code: 'thoi-diem',
        datatype: 'multivaluelist',
        required: false,
        datatype_description: null,
        order: 3,
        description: 'Ngập vào lúc nào?',
        values: [
          { key: 'sang', name: 'Buổi sáng' },
          { key: 'chieu', name: 'Buổi chiều' },
          { key: 'dem', name: 'Ban đêm' },
        ],
      },
    ],
    'den-duong': [
      {
        variable: true,
        code: 'so-cot',
        datatype: 'string',
        required: true,
        datatype_description: 'Số ghi trên cột đèn',
        order: 1,
        description: 'Số hiệu cột đèn?',
      },
    ],
  };
