// What Tỉnh Mẫu lets citizens report, as a province's configuration would say it: the kinds of
// problem (with the package's icons), which agency handles each, and how many working days it
// has to answer. Tỉnh Mẫu is fictional; its reports sit in Hà Nội's real 2025 communes, where
// the simulated phone is (src/platform.ts: the simulator's default location is in Ba Đình).
import type { FeedbackCategory } from '@govmini/feedback';

/** The province whose communes reports are placed in (Hà Nội's code in the 2025 units). */
export const SAMPLE_PROVINCE_CODE = '01';

const SO_XAY_DUNG = {
  id: 'so-xay-dung',
  name: { vi: 'Sở Xây dựng', en: 'Department of Construction' },
} as const;
const SO_NONG_NGHIEP_MOI_TRUONG = {
  id: 'so-nong-nghiep-moi-truong',
  name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' },
} as const;
const VAN_PHONG_UBND = {
  id: 'van-phong-ubnd-tinh',
  name: { vi: 'Văn phòng UBND tỉnh', en: 'Office of the Provincial People’s Committee' },
} as const;

export const sampleCategories: readonly FeedbackCategory[] = [
  {
    id: 'ha-tang-giao-thong',
    title: { vi: 'Hạ tầng giao thông', en: 'Roads and pavements' },
    description: {
      vi: 'Ổ gà, sụt lún, hư hỏng mặt đường, vỉa hè, cầu, biển báo',
      en: 'Potholes, subsidence, damaged roads, pavements, bridges and signs',
    },
    icon: 'road',
    agency: SO_XAY_DUNG,
    answerDays: 5,
  },
  {
    id: 'ngap-ung',
    title: { vi: 'Ngập úng, thoát nước', en: 'Flooding and drainage' },
    description: {
      vi: 'Ngập sau mưa, cống tắc, nắp cống hỏng hoặc mất',
      en: 'Flooding after rain, blocked drains, broken or missing drain covers',
    },
    icon: 'flood',
    agency: {
      id: 'cong-ty-thoat-nuoc',
      name: { vi: 'Công ty Thoát nước đô thị tỉnh', en: 'Provincial Urban Drainage Company' },
    },
    answerDays: 3,
    notice: {
      vi: 'Trường hợp khẩn cấp gây nguy hiểm đến tính mạng, vui lòng gọi ngay 114.',
      en: 'If lives are in danger, please call 114 at once.',
    },
  },
  {
    id: 'rac-thai',
    title: { vi: 'Rác thải, vệ sinh môi trường', en: 'Rubbish and cleanliness' },
    description: {
      vi: 'Rác không được thu gom, đổ trộm phế thải, nước thải, mùi hôi',
      en: 'Rubbish not collected, illegal dumping, waste water, bad smells',
    },
    icon: 'rubbish',
    agency: SO_NONG_NGHIEP_MOI_TRUONG,
    answerDays: 5,
  },
  {
    id: 'chieu-sang',
    title: { vi: 'Chiếu sáng công cộng', en: 'Street lighting' },
    description: {
      vi: 'Đèn đường hỏng, không sáng, sáng cả ban ngày, cột đèn nghiêng',
      en: 'Street lights broken, unlit or on by day, leaning lamp posts',
    },
    icon: 'light',
    agency: SO_XAY_DUNG,
    answerDays: 3,
  },
  {
    id: 'cay-xanh',
    title: { vi: 'Cây xanh', en: 'Trees' },
    description: {
      vi: 'Cây gãy đổ, cành khô có nguy cơ rơi, cây chết, cần cắt tỉa',
      en: 'Fallen trees, dead branches that may fall, dead trees, pruning needed',
    },
    icon: 'tree',
    agency: SO_XAY_DUNG,
    answerDays: 3,
    notice: {
      vi: 'Cây đổ chắn đường hoặc đè lên người, xe: vui lòng gọi ngay 114.',
      en: 'A tree blocking the road or fallen on people or vehicles: please call 114 at once.',
    },
  },
  {
    id: 'trat-tu-do-thi',
    title: { vi: 'Trật tự đô thị', en: 'Street order and building' },
    description: {
      vi: 'Lấn chiếm vỉa hè, lòng đường, xây dựng không phép, quảng cáo rao vặt trái phép',
      en: 'Pavements or roads taken over, building without a permit, illegal posters',
    },
    icon: 'building',
    agency: {
      id: 'ubnd-xa-phuong',
      name: { vi: 'UBND xã, phường nơi có vấn đề', en: 'People’s Committee of the commune' },
    },
    answerDays: 7,
  },
  {
    id: 'cap-nuoc',
    title: { vi: 'Cấp nước sạch', en: 'Water supply' },
    description: {
      vi: 'Mất nước, nước yếu, nước đục, vỡ đường ống',
      en: 'No water, low pressure, dirty water, burst pipes',
    },
    icon: 'water',
    agency: {
      id: 'cong-ty-cap-nuoc',
      name: { vi: 'Công ty Cấp nước tỉnh', en: 'Provincial Water Supply Company' },
    },
    answerDays: 3,
  },
  {
    id: 'thu-tuc-hanh-chinh',
    title: { vi: 'Thủ tục hành chính, thái độ cán bộ', en: 'Public offices and procedures' },
    description: {
      vi: 'Hồ sơ chậm giải quyết, yêu cầu giấy tờ ngoài quy định, thái độ phục vụ',
      en: 'Applications handled late, papers asked for beyond the rules, staff behaviour',
    },
    icon: 'office',
    agency: VAN_PHONG_UBND,
    answerDays: 10,
  },
  {
    id: 'khac',
    title: { vi: 'Vấn đề khác', en: 'Something else' },
    description: {
      vi: 'Những vấn đề không thuộc các loại trên',
      en: 'Problems that fit none of the kinds above',
    },
    icon: 'other',
    agency: VAN_PHONG_UBND,
    answerDays: 10,
  },
];
