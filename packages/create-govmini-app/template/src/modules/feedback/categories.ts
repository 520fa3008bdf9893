// What citizens can report, which agency handles each kind and how many working days it has to
// answer. A starting point: replace the agencies and times with the province's own (the same
// list goes to the province backend, which routes each report).
import type { FeedbackCategory } from '@govmini/feedback';

const SO_XAY_DUNG = {
  id: 'so-xay-dung',
  name: { vi: 'Sở Xây dựng {{provinceFullName}}', en: 'Department of Construction' },
} as const;

export const categories: readonly FeedbackCategory[] = [
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
    agency: SO_XAY_DUNG,
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
    agency: {
      id: 'so-nong-nghiep-moi-truong',
      name: {
        vi: 'Sở Nông nghiệp và Môi trường {{provinceFullName}}',
        en: 'Department of Agriculture and Environment',
      },
    },
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
    id: 'khac',
    title: { vi: 'Việc khác', en: 'Something else' },
    description: {
      vi: 'Thủ tục hành chính, thái độ phục vụ, các việc khác',
      en: 'Administrative procedures, service, anything else',
    },
    icon: 'other',
    agency: {
      id: 'van-phong-ubnd',
      name: {
        vi: 'Văn phòng Ủy ban nhân dân {{provinceFullName}}',
        en: 'Office of the People’s Committee',
      },
    },
    answerDays: 10,
  },
];
